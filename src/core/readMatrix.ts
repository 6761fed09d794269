/**
 * The rows of a matrix (contract §3, §8): every row below the header (and its sub-column row) to
 * the end of the used range, skipping blank ones (nothing in the row-label column and no month cell
 * filled; a `0` or a not-applicable mark such as `-` does not count as filled) and section headings.
 */
import { colorMarksOfRow } from "./colorMarks";
import type { CellValue, SheetGrid } from "./grid";
import { findHeader, type HeaderSearch, type MatrixHeader } from "./header";
import { classifyMark, type MarkClass } from "./marks";
import type { RowMapping } from "./mapping";
import { columnMergeOwners, valueAt, type CellPos } from "./merges";
import { cellText, collapseSpaces, normalizedHash, normalizeText, scanText, type TextScan } from "./text";

export interface MatrixRow {
  /** 0-based sheet row. */
  row: number;
  /** The row label's text, "" when the row has months but no label. */
  text: string;
  /**
   * `text` through `normalizeText`, computed on demand (`textKeyOf`): only inference and the rare
   * duplicate need it, and a 100k-row sheet should not build 100k keys for nothing.
   */
  textKey: string | undefined;
  /** `normalizedHash(text)`, taken in the same pass that reads the label (for DUPLICATE_RESULT). */
  textHash: number;
  /** The objective column's value for this row (a merged cell's value counts for its area); null without one. */
  objectiveValue: CellValue;
  /** Where that value sits (the merged area's top-left), null without an objective column. */
  readonly objectiveCell: CellPos | null;
  /**
   * Month 0…11 → the mark of its cell (empty where the header lacks the month); null when no month
   * holds an invalid or non-standard mark (nothing to report: the usual row allocates nothing).
   */
  marks: MarkClass[] | null;
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
}

/** The row's `textKey`, computed once. */
export function textKeyOf(r: MatrixRow): string {
  return (r.textKey ??= normalizeText(r.text));
}

export interface MatrixRead {
  header: MatrixHeader;
  rows: MatrixRow[];
}

export function readMatrix(sheet: SheetGrid): MatrixRead | null {
  const search: HeaderSearch = findHeader(sheet);
  if (!search.found) return null;
  return { header: search.header, rows: readRows(sheet, search.header) };
}

export function readRows(sheet: SheetGrid, header: MatrixHeader): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const objectiveOwners = header.objectiveColumn === null ? null : columnMergeOwners(sheet, header.objectiveColumn);
  const section = sectionRule(header);
  // -1 where the header lacks the month.
  const monthCols = new Int32Array(12);
  for (let m = 0; m < 12; m++) monthCols[m] = header.monthColumns[m] ?? -1;
  const resultColumn = header.resultColumn;
  const fills = sheet.fills;
  const values = sheet.values;
  const scan: TextScan = { hash: 0, tidy: false };
  for (let r = header.dataRow; r < values.length; r++) {
    const line = values[r];
    if (!line) continue;
    const label = line[resultColumn];
    let text = "";
    let textHash = 0;
    if (typeof label === "string") {
      // One pass over the label: whether it is tidy, and its key's hash.
      scanText(label, scan);
      text = scan.tidy ? label : collapseSpaces(label);
      textHash = scan.hash;
    } else if (label !== undefined && label !== null) {
      text = cellText(label);
      textHash = normalizedHash(text);
    }
    let marks: MarkClass[] | null = null;
    let filled = false;
    let anyValue = false;
    let scheduledBits = 0;
    for (let m = 0; m < 12; m++) {
      const c = monthCols[m];
      const v = c < 0 ? null : line[c];
      // The usual cells (empty, `X`) need no classification.
      if (v === null || v === undefined) continue;
      if (v === "X") {
        scheduledBits |= 1 << m;
        anyValue = filled = true;
        continue;
      }
      const mark = classifyMark(v);
      if (mark.scheduled) scheduledBits |= 1 << m;
      if (mark.kind === "empty") continue;
      anyValue = true;
      // A 0 or N/A placeholder does not make a row without a label worth reporting (template rows
      // pre-filled with dashes are common); a mark or anything unreadable does.
      if (mark.kind !== "zero" && mark.kind !== "notApplicable") filled = true;
      if (mark.kind === "invalid" || mark.kind === "nonstandard") {
        if (marks === null) {
          marks = new Array<MarkClass>(12);
          for (let k = 0; k < 12; k++) marks[k] = classifyMark(monthCols[k] < 0 ? null : (line[monthCols[k]] ?? null));
        }
      }
    }
    if (text === "" && !filled) continue;
    const colorMarks = text === "" || !fills ? null : colorMarksOfRow(line, fills[r], header.monthColumns, resultColumn);
    if (colorMarks) for (let m = 0; m < 12; m++) if (colorMarks[m]) scheduledBits |= 1 << m;
    if (!anyValue && !colorMarks && section && section(r, line)) continue;
    let objectiveRow = -1;
    let objectiveCol = -1;
    let objectiveValue: CellValue = null;
    if (header.objectiveColumn !== null && objectiveOwners) {
      const owner = objectiveOwners.size === 0 ? undefined : objectiveOwners.get(r);
      objectiveRow = owner ? owner.row : r;
      objectiveCol = owner ? owner.col : header.objectiveColumn;
      objectiveValue = valueAt(sheet, objectiveRow, objectiveCol);
    }
    rows.push(new ReadRow(r, text, textHash, objectiveValue, objectiveRow, objectiveCol, marks, colorMarks, line, monthsOf(scheduledBits), scheduledBits !== 0));
  }
  return rows;
}

/** A read row: fields set once, the objective cell's position as numbers (an object only when asked for). */
class ReadRow implements MatrixRow {
  textKey: string | undefined = undefined;
  mapping: RowMapping | null = null;
  constructor(
    public row: number,
    public text: string,
    public textHash: number,
    public objectiveValue: CellValue,
    private readonly objectiveRow: number,
    private readonly objectiveCol: number,
    public marks: MarkClass[] | null,
    public colorMarks: boolean[] | null,
    public cells: readonly CellValue[],
    public months: boolean[],
    public scheduled: boolean,
  ) {}

  get objectiveCell(): CellPos | null {
    return this.objectiveCol < 0 ? null : { row: this.objectiveRow, col: this.objectiveCol };
  }
}

/**
 * Twelve booleans from a bit per month. Rows with the same schedule share one frozen array (a plan
 * has a few dozen schedules over thousands of rows): the report is read, never written, and a
 * 100k-row sheet need not keep 100k copies.
 */
function monthsOf(bits: number): boolean[] {
  // No closure over `bits` here: V8 would allocate its context on every call, cache hit or not.
  return MONTHS_BY_BITS[bits] ?? newMonths(bits);
}
function newMonths(bits: number): boolean[] {
  const months: boolean[] = [];
  for (let m = 0; m < 12; m++) months.push((bits & (1 << m)) !== 0);
  return (MONTHS_BY_BITS[bits] = Object.freeze(months) as boolean[]);
}
const MONTHS_BY_BITS: (boolean[] | undefined)[] = new Array<boolean[] | undefined>(4096).fill(undefined);

/**
 * Section rows (§8): a label alone (no other cell filled among the columns before the months, a
 * merged cell from above aside), no month, and no number in the `N°` column, such as
 * `Actividades no planificadas`. Only where the matrix numbers its rows: without an `N°` column a
 * lone label is a row with no month scheduled (§6), as in the seed.
 */
function sectionRule(header: MatrixHeader): ((r: number, line: readonly CellValue[]) => boolean) | null {
  const numberCol = header.numberColumn;
  if (numberCol === null) return null;
  const months = header.monthColumns.filter((c): c is number => c !== null);
  const firstMonth = Math.min(...months);
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
