/**
 * Finding a matrix on a sheet by its header (contract §3, widened by §8): the first row within the
 * first 200 holding at least ten of the twelve months (names, dates, or 1…12 in order), each in its
 * own cell; the row-label column (`Resultado`, `Actividad`, `Meta`…, the most specific winning; v2:
 * budget lines' `Ítem`, `Partida`, `Rubro`, `Descripción` last, a column of bare codes never while a
 * column with words exists, and with no label header the column with the most text) labelled on that
 * row, the row above, or the sub-column row below; optionally an objective column and an `N°` column
 * found the same way.
 */
import type { SheetGrid } from "./grid";
import { chooseLabel, LABEL_SAMPLE_ROWS, type LabelCell } from "./labelChoice";
import type { RowLevel } from "./model";
import { valueAt } from "./merges";
import { MIN_MONTHS, monthCellsOfRow, monthSpans, pickExecutedBlock, pickPlannedBlock } from "./monthLayout";
import { parseObjectiveId } from "./objectiveId";
import { isNumberLabel, LEADING_NUMBERING, rowLevelOfLabel } from "./rowLabel";
import { footerRow, lastMarkedRow, nextMonthsRow } from "./rowScan";
import { cellKey, cellText } from "./text";
import { yearInText } from "./year";

/** How far down a sheet a header is looked for: the matrix's (§3 v2: real forms put a 30-row block above it) and the catalog's. */
export const HEADER_SEARCH_ROWS = 200;
export { MIN_MONTHS };

/** A label column above the row labels (a project or goal), shown as the row's context. */
export interface ContextColumn {
  col: number;
  level: RowLevel;
  /** The header label as written. */
  label: string;
}

export interface MatrixHeader {
  /** 0-based row holding the month labels. */
  row: number;
  /** 0-based first data row: after the month row, or after its sub-column row (`Programado`…). */
  dataRow: number;
  /** Column (0-based) read for each month 0…11 (its planned sub-column), null when the header lacks it. */
  monthColumns: (number | null)[];
  /**
   * Seguimiento (§9): the column of each month's Realizado (its `Realizado` sub-column, or the month in
   * a second block of twelve under `Realizado`/`advanced`…), null for a month without one; null when
   * the block has no Realizado at all.
   */
  executedColumns: (number | null)[] | null;
  /** The row-label column (contract §3 "result column"; §8 any level). */
  resultColumn: number;
  /** The row the row label was found on. */
  resultLabelRow: number;
  /** The kind of label matched (§8). */
  level: RowLevel;
  /** Less specific label columns (project, target…) and code columns, most specific first. */
  contextColumns: ContextColumn[];
  objectiveColumn: number | null;
  /** The `N°` column, null when none (§8 section rows). */
  numberColumn: number | null;
}

export type HeaderSearch =
  | { found: true; header: MatrixHeader }
  /** `monthsRow`: a row that had the months but no row-label column, to say so in the message. */
  | { found: false; monthsRow: number | null };

const ID_ALONE = { allowTrailingText: false } as const;
const OBJECTIVE_PREFIXES = ["objetivo", "objective", "oe", "o.e"];

export function findHeader(sheet: SheetGrid): HeaderSearch {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  let monthsRow: number | null = null;
  for (let r = 0; r < limit; r++) {
    const cells = monthCellsOfRow(sheet.values[r] ?? []);
    if (!cells) continue;
    if (monthsRow === null) monthsRow = r;
    const header = headerOfRow(sheet, r, cells);
    if (header) return { found: true, header };
  }
  return { found: false, monthsRow };
}

/**
 * The header standing on row `r`, whose months are `cells` (monthCellsOfRow), or null when no column
 * labels its rows. Used for the first header and for each block of a stacked form (blocks.ts), where a
 * block whose header labels no column keeps the previous block's columns (`inherit`) with its own months.
 */
export function headerOfRow(sheet: SheetGrid, r: number, cells: number[][], inherit?: MatrixHeader): MatrixHeader | null {
  const planned = pickPlannedBlock(sheet, r, cells);
  const layout = monthSpans(sheet, r, planned);
  const executedColumns = layout.executed ?? pickExecutedBlock(sheet, r, cells, planned);
  // No label is looked for inside the months' own columns (sub-column titles such as `Meta`).
  const taken = new Set<number>();
  for (const block of cells) for (const c of block) taken.add(c);
  for (const span of layout.spans) if (span) for (let c = span[0]; c <= span[1]; c++) taken.add(c);
  const labelRows = layout.subRow === null ? [r, r - 1] : [r, r - 1, layout.subRow];
  const cands = labelCells(sheet, labelRows, taken);
  const dataRow = (layout.subRow ?? r) + 1;
  // A column is judged by its own block's rows: up to the next block's title (a stacked form), or a footer.
  const window = Math.min(sheet.values.length, dataRow + LABEL_SAMPLE_ROWS);
  const next = nextMonthsRow(sheet, dataRow, window);
  const sampleEnd = next ? lastMarkedRow(sheet, layout.columns, dataRow, next.row) + 1 : footerRow(sheet, dataRow, window);
  const objectiveCands = cands.filter((c) => c.objective);
  const numberCands = cands.filter((c) => c.number);
  const label = chooseLabel(sheet, { row: r, dataRow, sampleEnd, monthColumns: layout.columns, candidates: cands, taken, labelRows });
  if (!label) return inherit ? { ...inherit, row: r, dataRow, monthColumns: layout.columns, executedColumns, resultLabelRow: r } : null;
  const objectives = objectiveCands.filter((c) => c.col !== label.col);
  const objectiveColumn = objectives.length === 0 ? null : pickObjectiveColumn(sheet, dataRow, objectives);
  const number = numberCands.find((c) => c.col !== label.col && c.col !== objectiveColumn);
  return {
    row: r,
    dataRow,
    monthColumns: layout.columns,
    executedColumns,
    resultColumn: label.col,
    resultLabelRow: label.row,
    level: label.level,
    contextColumns: label.context,
    objectiveColumn,
    numberColumn: number ? number.col : null,
  };
}

/**
 * The months of a row when it holds at least ten of them (names, dates or 1…12 in order), one
 * column each: the planned block's where they appear twice, else null.
 */
export function monthColumnsOfRow(sheet: SheetGrid, r: number): (number | null)[] | null {
  const cells = monthCellsOfRow(sheet.values[r] ?? []);
  return cells ? pickPlannedBlock(sheet, r, cells) : null;
}

/**
 * The header labels of a column on the given rows, the first row that labels a column winning.
 * A label in a merged area counts where the area reaches these rows, at the area's left column.
 */
function labelCells(sheet: SheetGrid, rows: number[], exclude: ReadonlySet<number>): LabelCell[] {
  const found = new Map<number, LabelCell>();
  const check = (labelRow: number, col: number) => {
    if (exclude.has(col) || found.has(col)) return;
    const value = valueAt(sheet, labelRow, col);
    if (typeof value !== "string") return;
    const text = cellText(value);
    if (text === "") return;
    const key = cellKey(value).replace(LEADING_NUMBERING, "");
    const objective = OBJECTIVE_PREFIXES.some((p) => key.startsWith(p));
    // A title over the header ("POA 2024 — Actividades") names no column: it carries a year.
    const level = objective || yearInText(text) !== null ? null : rowLevelOfLabel(text);
    const number = isNumberLabel(text);
    if (level !== null || objective || number) found.set(col, { row: labelRow, col, text, level, objective, number });
  };
  for (const r of rows) {
    if (r < 0) continue;
    const width = (sheet.values[r] ?? []).length;
    for (let c = 0; c < width; c++) check(r, c);
    // Labels whose merged area reaches down into this row from higher up.
    for (const m of sheet.merges ?? []) {
      if (m.top >= 0 && m.top < r && m.bottom >= r) check(m.top, m.left);
    }
  }
  return [...found.values()].sort((a, b) => a.col - b.col);
}

/**
 * Among several objective columns, the one holding ids (`OE3`, `3`) wins over one holding text
 * (§3); with no data to tell them apart, the leftmost (the scaffold puts the id first).
 */
function pickObjectiveColumn(sheet: SheetGrid, dataRow: number, candidates: LabelCell[]): number {
  if (candidates.length === 1) return candidates[0].col;
  let best = candidates[0].col;
  let bestIds = -1;
  // A column repeats a handful of values down its rows: each distinct one is parsed once.
  const isId = new Map<string, boolean>();
  const holdsId = (text: string) => {
    let known = isId.get(text);
    if (known === undefined) isId.set(text, (known = parseObjectiveId(text, ID_ALONE) !== null));
    return known;
  };
  for (const cand of candidates) {
    let ids = 0;
    const end = sheet.values.length;
    for (let r = dataRow; r < end; r++) {
      // A column that can no longer hold more ids than the best so far cannot win: its count is
      // not needed (only a winner's is compared later, and a winner is always counted whole).
      if (ids + (end - r) <= bestIds) break;
      const v = valueAt(sheet, r, cand.col);
      // A text's id is the same collapsed or not (normalising collapses it anyway): no copy per row.
      const text = typeof v === "string" ? v : cellText(v);
      if (text !== "" && holdsId(text)) ids++;
    }
    if (ids > bestIds) {
      best = cand.col;
      bestIds = ids;
    }
  }
  return best;
}
