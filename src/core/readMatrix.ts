/**
 * The rows of a matrix (contract §3): every row below the header to the end of the used range,
 * skipping blank ones (nothing in the result column and no month cell filled).
 */
import type { CellValue, SheetGrid } from "./grid";
import { findHeader, type HeaderSearch, type MatrixHeader } from "./header";
import { classifyMark, type MarkClass } from "./marks";
import { columnMergeOwners, valueAt, type CellPos } from "./merges";
import { cellText } from "./text";

export interface MatrixRow {
  /** 0-based sheet row. */
  row: number;
  /** The result's text, "" when the row has months but no result. */
  text: string;
  /** The objective column's value for this row (a merged cell's value counts for its area); null without one. */
  objectiveValue: CellValue;
  /** Where that value sits (the merged area's top-left), null without an objective column. */
  objectiveCell: CellPos | null;
  /** Month 0…11 → the mark of its cell (empty where the header lacks the month). */
  marks: MarkClass[];
  /** Month 0…11 → the raw cell value, for messages. */
  values: CellValue[];
  months: boolean[];
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
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const line = sheet.values[r];
    if (!line) continue;
    const text = cellText(line[header.resultColumn] ?? null);
    const values: CellValue[] = header.monthColumns.map((c) => (c === null ? null : (line[c] ?? null)));
    const marks = values.map(classifyMark);
    if (text === "" && marks.every((m) => m.kind === "empty")) continue;
    let objectiveCell: CellPos | null = null;
    let objectiveValue: CellValue = null;
    if (header.objectiveColumn !== null && objectiveOwners) {
      objectiveCell = objectiveOwners.get(r) ?? { row: r, col: header.objectiveColumn };
      objectiveValue = valueAt(sheet, objectiveCell.row, objectiveCell.col);
    }
    rows.push({ row: r, text, objectiveValue, objectiveCell, marks, values, months: marks.map((m) => m.scheduled) });
  }
  return rows;
}
