/**
 * Finding a matrix on a sheet by its header (contract §3, widened by §8): the first row within the
 * first 30 holding at least ten of the twelve months (names, dates, or 1…12 in order), each in its
 * own cell; the row-label column (`Resultado`, `Actividad`, `Meta`…, the most specific winning)
 * labelled on that row, the row above, or the sub-column row below; optionally an objective column
 * and an `N°` column found the same way.
 */
import type { SheetGrid } from "./grid";
import type { RowLevel } from "./model";
import { valueAt } from "./merges";
import { MIN_MONTHS, monthCellsOfRow, monthSpans, pickPlannedBlock } from "./monthLayout";
import { parseObjectiveId } from "./objectiveId";
import { isNumberLabel, LEADING_NUMBERING, LEVEL_RANK, rowLevelOfLabel } from "./rowLabel";
import { cellKey, cellText } from "./text";
import { yearInText } from "./year";

/** How far down a sheet a header is looked for: the matrix's (§3) and the catalog's. */
export const HEADER_SEARCH_ROWS = 30;
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
  /** The row-label column (contract §3 "result column"; §8 any level). */
  resultColumn: number;
  /** The row the row label was found on. */
  resultLabelRow: number;
  /** The kind of label matched (§8). */
  level: RowLevel;
  /** Less specific label columns (project, target…), most specific first. */
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
    const planned = pickPlannedBlock(sheet, r, cells);
    const layout = monthSpans(sheet, r, planned);
    // No label is looked for inside the months' own columns (sub-column titles such as `Meta`).
    const taken = new Set<number>();
    for (const block of cells) for (const c of block) taken.add(c);
    for (const span of layout.spans) if (span) for (let c = span[0]; c <= span[1]; c++) taken.add(c);
    const labelRows = layout.subRow === null ? [r, r - 1] : [r, r - 1, layout.subRow];
    const cands = labelCells(sheet, labelRows, taken);

    const rowLabels = cands.filter((c) => c.level !== null) as (LabelCell & { level: RowLevel })[];
    if (rowLabels.length === 0) continue;
    const bestRank = Math.min(...rowLabels.map((c) => LEVEL_RANK[c.level]));
    const dataRow = (layout.subRow ?? r) + 1;
    const label = pickByTextCount(sheet, dataRow, rowLabels.filter((c) => LEVEL_RANK[c.level] === bestRank));
    const contextColumns: ContextColumn[] = rowLabels
      .filter((c) => LEVEL_RANK[c.level] > bestRank)
      .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.col - b.col)
      .map((c) => ({ col: c.col, level: c.level, label: c.text }));

    const objectiveCands = cands.filter((c) => c.objective && c.col !== label.col);
    const objectiveColumn = objectiveCands.length === 0 ? null : pickObjectiveColumn(sheet, dataRow, objectiveCands);
    const number = cands.find((c) => c.number && c.col !== label.col && c.col !== objectiveColumn);
    return {
      found: true,
      header: {
        row: r,
        dataRow,
        monthColumns: layout.columns,
        resultColumn: label.col,
        resultLabelRow: label.row,
        level: label.level,
        contextColumns,
        objectiveColumn,
        numberColumn: number ? number.col : null,
      },
    };
  }
  return { found: false, monthsRow };
}

/**
 * The months of a row when it holds at least ten of them (names, dates or 1…12 in order), one
 * column each: the planned block's where they appear twice, else null.
 */
export function monthColumnsOfRow(sheet: SheetGrid, r: number): (number | null)[] | null {
  const cells = monthCellsOfRow(sheet.values[r] ?? []);
  return cells ? pickPlannedBlock(sheet, r, cells) : null;
}

interface LabelCell {
  row: number;
  col: number;
  text: string;
  level: RowLevel | null;
  objective: boolean;
  number: boolean;
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

/** Among label columns of one rank, the one holding the most text below the header; ties: leftmost. */
function pickByTextCount<T extends LabelCell>(sheet: SheetGrid, dataRow: number, candidates: T[]): T {
  if (candidates.length === 1) return candidates[0];
  let best = candidates[0];
  let bestCount = -1;
  for (const cand of candidates) {
    let count = 0;
    for (let r = dataRow; r < sheet.values.length; r++) {
      const v = valueAt(sheet, r, cand.col);
      if (typeof v === "string" && cellText(v) !== "") count++;
    }
    if (count > bestCount) {
      best = cand;
      bestCount = count;
    }
  }
  return best;
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
