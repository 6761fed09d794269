import { columnIndex, MAX_COLUMN_COUNT, MAX_ROW_COUNT } from "../core/address";
import { filledRows, matrixColumns, type MatrixColumns, type TableSnapshot } from "./consistency";
import type { SheetRect } from "./echoes";

/**
 * What the watch reads of a managed table, kept to what keeping it consistent needs so that an edit
 * costs the same on a 7-row plan as on a 5,000-row one with long results (Excel on the web refuses an
 * answer over 5 MB): the `N°` column, whether each row holds something (`valueTypes`, a few bytes a cell
 * however long the text), and the month and Realizado cells' contents only for the rows the planner changed.
 * A result's text is never read.
 */

/** Where a managed table is and what its header says. */
export interface TablePlace {
  /** 0-based sheet row of the header and column of the first column. */
  top: number;
  left: number;
  /** Rows including the header, and columns. */
  rows: number;
  width: number;
  header: unknown[];
  cols: MatrixColumns;
}

export function placeOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }, header: unknown[]): TablePlace {
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, width: range.columnCount, header, cols: matrixColumns(header) };
}

export function samePlace(a: TablePlace, b: TablePlace): boolean {
  return a.top === b.top && a.left === b.left && a.rows === b.rows && a.width === b.width && JSON.stringify(a.header) === JSON.stringify(b.header);
}

/** Body rows of the table, 0-based sheet rows (first > last when it has none). */
export function bodyRows(place: TablePlace): { first: number; last: number } {
  return { first: place.top + 1, last: place.top + place.rows - 1 };
}

/** Rows `first…last` as read: loads queued, readable after the next sync. */
export interface RowsRead {
  first: number;
  count: number;
  numbers: Excel.Range | null;
  result: Excel.Range | null;
  /** The span of columns from the first month to the last (contiguous in the layout). */
  months: Excel.Range | null;
  monthSpan: { from: number; to: number };
  /** The Realizado block's contents (seguimiento), read with the marks; null without one. */
  executed: Excel.Range | null;
  executedFrom: number;
  withMarks: boolean;
}

export function queueRowsRead(sheet: Excel.Worksheet, place: TablePlace, first: number, last: number, withMarks: boolean): RowsRead {
  const count = Math.max(0, last - first + 1);
  const { number, result, months, executed } = place.cols;
  const monthSpan = { from: Math.min(...months), to: Math.max(...months) };
  const executedFrom = Math.min(...executed);
  const column = (c: number, width: number, what: string) => (count === 0 ? null : sheet.getRangeByIndexes(first, place.left + c, count, width).load(what));
  return {
    first,
    count,
    numbers: number === null ? null : column(number, 1, "formulas"),
    result: result === null ? null : column(result, 1, "valueTypes"),
    months: months.length === 0 ? null : column(monthSpan.from, monthSpan.to - monthSpan.from + 1, withMarks ? "formulas, valueTypes" : "valueTypes"),
    monthSpan,
    executed: withMarks && executed.length > 0 ? column(executedFrom, Math.max(...executed) - executedFrom + 1, "formulas") : null,
    executedFrom,
    withMarks,
  };
}

export interface RowsState {
  first: number;
  numbers: unknown[];
  filled: boolean[];
}

export function rowsState(read: RowsRead, place: TablePlace): RowsState {
  if (read.count === 0) return { first: read.first, numbers: [], filled: [] };
  const monthTypes = (read.months?.valueTypes ?? []).map((line) => place.cols.months.map((c) => line[c - read.monthSpan.from]));
  const types = Array.from({ length: read.count }, (_, r) => [read.result?.valueTypes[r]?.[0] ?? "Empty", ...(monthTypes[r] ?? [])]);
  return { first: read.first, numbers: read.numbers ? read.numbers.formulas.map((line) => line[0]) : [], filled: filledRows(types) };
}

/** The rows read as a table snapshot for `normaliseMarks` and `normaliseExecuted`: the header, then each row with only its month and Realizado cells. */
export function marksSnapshot(read: RowsRead, place: TablePlace): TableSnapshot {
  const rows: unknown[][] = [place.header];
  const formulas = read.months && read.withMarks ? read.months.formulas : [];
  const executed = read.executed ? read.executed.formulas : [];
  for (let r = 0; r < read.count; r++) {
    const line: unknown[] = new Array(place.width).fill("");
    for (const c of place.cols.months) line[c] = formulas[r]?.[c - read.monthSpan.from] ?? "";
    for (const c of place.cols.executed) line[c] = executed[r]?.[c - read.executedFrom] ?? "";
    rows.push(line);
  }
  return { top: read.first - 1, left: place.left, rows };
}

/**
 * The event's address (`E8`, `E8:F9`, whole columns `E:E`, whole rows `8:9`) as a 0-based rect; null
 * when it can't be read.
 */
export function eventRect(address: string): SheetRect | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const parts = local.split(":");
  if (parts.length > 2) return null;
  const refs = parts.map((p) => /^([A-Za-z]{1,3})?(\d+)?$/.exec(p));
  if (refs.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b = a] = refs as RegExpExecArray[];
  const col = (m: RegExpExecArray, whole: number) => (m[1] ? columnIndex(m[1]) : whole);
  const row = (m: RegExpExecArray, whole: number) => (m[2] ? Number(m[2]) - 1 : whole);
  const rect = { top: row(a, 0), left: col(a, 0), bottom: row(b, MAX_ROW_COUNT - 1), right: col(b, MAX_COLUMN_COUNT - 1) };
  if (parts.length === 1 && (!a[1] || !a[2])) return null;
  return {
    top: Math.min(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    bottom: Math.max(rect.top, rect.bottom),
    right: Math.max(rect.left, rect.right),
  };
}
