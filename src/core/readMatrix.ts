/**
 * The rows of a matrix (contract §3, §8): in each block, every row below the header (and its sub-column
 * row) to the block's end (blocks.ts: the next block's title, a signature footer, or the used range's
 * end), skipping blank ones (nothing in the row-label column and no month cell filled; a `0` or a
 * not-applicable mark such as `-` does not count as filled), section headings and totals rows; rows of
 * a higher level with no month are kept, marked as hierarchy rows (hierarchy.ts).
 */
import { colorMarksOfRow } from "./colorMarks";
import type { CellValue, SheetGrid } from "./grid";
import type { RowLevel } from "./model";
import type { MatrixHeader } from "./header";
import { markHierarchy } from "./hierarchy";
import { firstMonthColumn } from "./monthLayout";
import { locateMatrix, type MatrixBlock } from "./locate";
import { classifyMark, type MarkClass } from "./marks";
import { isTotalWord } from "./rowScan";
import type { RowMapping } from "./mapping";
import { columnMergeOwners, valueAt, type CellPos } from "./merges";
import { cellText, normalizeText } from "./text";

export interface MatrixRow {
  /** 0-based sheet row. */
  row: number;
  /** The header of the row's block (one per block of a stacked form). */
  header: MatrixHeader;
  /** The row label's text (spaces collapsed), "" when the row has months but no label. */
  text: string;
  /** `text` through `normalizeText`: what DUPLICATE_RESULT compares and the wording inference reads (§5, §6). */
  textKey: string;
  /** The objective column's value for this row (a merged cell's value counts for its area); null without one. */
  objectiveValue: CellValue;
  /** Where that value sits (the merged area's top-left), null without an objective column. */
  objectiveCell: CellPos | null;
  /** Month 0…11 → the mark of its cell (§4; empty where the header lacks the month). */
  marks: MarkClass[];
  /** Month 0…11 → whether the (empty) cell is scheduled by its colour alone (§8); null when none is. */
  colorMarks: boolean[] | null;
  /** The row's cells as the grid holds them (not a copy), to quote a month cell in a message. */
  cells: readonly CellValue[];
  /** Month 0…11 → scheduled (by a mark or a colour). Shared between rows with the same schedule, frozen: read only. */
  months: boolean[];
  /** Whether any month is scheduled (by a mark or a colour). */
  scheduled: boolean;
  /** The row's objective, set by the mapping step (validate.ts); null until then. */
  mapping: RowMapping | null;
  /** A higher-level row with no month (§8 v2), kept for context and never asked for months. */
  hierarchy?: boolean;
  /** The nearest higher-level rows above (hierarchy.ts), nearest first, each with its level cell's text (`Producto Final 2`) and the level it names. */
  parents?: { row: MatrixRow; label: string; level: RowLevel }[];
}

export interface MatrixRead {
  header: MatrixHeader;
  rows: MatrixRow[];
}

/** The matrix of one sheet, every block's rows in sheet order; null when the sheet holds none. */
export function readMatrix(sheet: SheetGrid): MatrixRead | null {
  const located = locateMatrix([sheet], { sheet: sheet.name });
  if (!located.found) return null;
  const { blocks } = located.location;
  return { header: blocks[0].header, rows: readBlocks(sheet, blocks) };
}

/** Every block's rows, in sheet order. */
export function readBlocks(sheet: SheetGrid, blocks: readonly MatrixBlock[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const block of blocks) {
    const own = readRows(sheet, block.header, block.end);
    markHierarchy(sheet, block.header, own);
    for (const r of own) rows.push(r);
  }
  return rows;
}

/** The rows of one block: from its header's first data row to `end` (exclusive). */
export function readRows(sheet: SheetGrid, header: MatrixHeader, end: number = sheet.values.length): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const objectiveOwners = header.objectiveColumn === null ? null : columnMergeOwners(sheet, header.objectiveColumn);
  const section = sectionRule(header);
  const totals = totalsRule(header);
  const last = Math.min(end, sheet.values.length);
  for (let r = header.dataRow; r < last; r++) {
    const line = sheet.values[r];
    if (!line) continue;
    const text = cellText(line[header.resultColumn]);
    if ((text === "" || isTotalWord(text)) && totals(line)) continue;
    const marks: MarkClass[] = [];
    let scheduledBits = 0;
    let anyValue = false;
    let filled = false;
    for (let m = 0; m < 12; m++) {
      const c = header.monthColumns[m];
      const mark = classifyMark(c === null ? null : (line[c] ?? null));
      marks.push(mark);
      if (mark.scheduled) scheduledBits |= 1 << m;
      if (mark.kind === "empty") continue;
      anyValue = true;
      // A 0 or N/A placeholder does not make a row without a label worth reporting (template rows
      // pre-filled with dashes are common); a mark or anything unreadable does.
      if (mark.kind !== "zero" && mark.kind !== "notApplicable") filled = true;
    }
    if (text === "" && !filled) continue;
    const colorMarks = text === "" || !sheet.fills ? null : colorMarksOfRow(line, sheet.fills[r], header.monthColumns, header.resultColumn);
    if (colorMarks) for (let m = 0; m < 12; m++) if (colorMarks[m]) scheduledBits |= 1 << m;
    if (!anyValue && !colorMarks && section && section(r, line)) continue;
    let objectiveCell: CellPos | null = null;
    let objectiveValue: CellValue = null;
    if (header.objectiveColumn !== null && objectiveOwners) {
      objectiveCell = objectiveOwners.get(r) ?? { row: r, col: header.objectiveColumn };
      objectiveValue = valueAt(sheet, objectiveCell.row, objectiveCell.col);
    }
    rows.push({
      row: r,
      header,
      text,
      textKey: normalizeText(text),
      objectiveValue,
      objectiveCell,
      marks,
      colorMarks,
      cells: line,
      months: monthsOf(scheduledBits),
      scheduled: scheduledBits !== 0,
      mapping: null,
    });
  }
  return rows;
}

/**
 * Twelve booleans from a bit per month. Rows with the same schedule share one frozen array (a plan
 * has a few dozen schedules over thousands of rows): the report is read, never written.
 */
function monthsOf(bits: number): boolean[] {
  let months = MONTHS_BY_BITS.get(bits);
  if (!months) {
    months = Object.freeze(Array.from({ length: 12 }, (_, m) => (bits & (1 << m)) !== 0)) as boolean[];
    MONTHS_BY_BITS.set(bits, months);
  }
  return months;
}
const MONTHS_BY_BITS = new Map<number, boolean[]>();

/**
 * Totals rows (the contract is silent; a planner would not call them rows): a row whose first text
 * left of the months is `Total`, `Subtotal`, `Total general`… sums the rows above, as each block of
 * the Bolivian form ends. Only asked of rows whose label is empty or such a word.
 */
function totalsRule(header: MatrixHeader): (line: readonly CellValue[]) => boolean {
  const firstMonth = firstMonthColumn(header.monthColumns);
  return (line) => {
    for (let c = 0; c < Math.min(firstMonth, line.length); c++) {
      const v = line[c];
      if (typeof v !== "string" || v.trim() === "") continue;
      return isTotalWord(v);
    }
    return false;
  };
}

/**
 * Section rows (§8): a label alone (no other cell filled among the columns before the months, a
 * merged cell from above aside), no month, and no number in the `N°` column, such as
 * `Actividades no planificadas`. Only where the matrix numbers its rows: without an `N°` column a
 * lone label is a row with no month scheduled (§6), as in the seed.
 */
function sectionRule(header: MatrixHeader): ((r: number, line: readonly CellValue[]) => boolean) | null {
  const numberCol = header.numberColumn;
  if (numberCol === null) return null;
  const firstMonth = firstMonthColumn(header.monthColumns);
  return (r, line) => {
    const n = line[numberCol];
    if (typeof n === "number" || (typeof n === "string" && /\d/.test(n))) return false;
    for (let c = 0; c < Math.min(firstMonth, line.length); c++) {
      if (c === header.resultColumn) continue;
      const v = line[c];
      if (v !== null && v !== undefined && cellText(v) !== "") return false;
    }
    // A merged cell of another column reaching into the row (a project over its activities) is
    // context, not content of this row: only the row's own cells are looked at.
    return true;
  };
}
