/**
 * The rows of a matrix (contract §3): every row below the header to the end of the used range,
 * skipping blank ones (nothing in the result column and no month cell filled; a `0` or a
 * not-applicable mark such as `-` does not count as filled).
 */
import type { CellValue, SheetGrid } from "./grid";
import { findHeader, type HeaderSearch, type MatrixHeader } from "./header";
import { classifyMark, type MarkClass } from "./marks";
import { columnMergeOwners, valueAt, type CellPos } from "./merges";
import { cellText, normalizeText } from "./text";

export interface MatrixRow {
  /** 0-based sheet row. */
  row: number;
  /** The result's text, "" when the row has months but no result. */
  text: string;
  /** `text` through `normalizeText`, computed once for mapping and duplicate checks. */
  textKey: string;
  /** The objective column's value for this row (a merged cell's value counts for its area); null without one. */
  objectiveValue: CellValue;
  /** Where that value sits (the merged area's top-left), null without an objective column. */
  objectiveCell: CellPos | null;
  /** Month 0…11 → the mark of its cell (empty where the header lacks the month). */
  marks: MarkClass[];
  /** The row's cells as the grid holds them (not a copy), to quote a month cell in a message. */
  cells: readonly CellValue[];
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
    // Arrays only for rows that are not blank: most of a used range past the data often is.
    const marks: MarkClass[] = new Array<MarkClass>(12);
    const months: boolean[] = new Array<boolean>(12);
    let filled = false;
    for (let m = 0; m < 12; m++) {
      const c = header.monthColumns[m];
      const v = c === null ? null : (line[c] ?? null);
      const mark = classifyMark(v);
      marks[m] = mark;
      months[m] = mark.scheduled;
      // A 0 or N/A placeholder does not make a row without a result worth reporting (template rows
      // pre-filled with dashes are common); a mark or anything unreadable does.
      if (mark.kind !== "empty" && mark.kind !== "zero" && mark.kind !== "notApplicable") filled = true;
    }
    if (text === "" && !filled) continue;
    let objectiveCell: CellPos | null = null;
    let objectiveValue: CellValue = null;
    if (header.objectiveColumn !== null && objectiveOwners) {
      objectiveCell = objectiveOwners.get(r) ?? { row: r, col: header.objectiveColumn };
      objectiveValue = valueAt(sheet, objectiveCell.row, objectiveCell.col);
    }
    rows.push({
      row: r,
      text,
      textKey: normalizeText(text),
      objectiveValue,
      objectiveCell,
      marks,
      cells: line,
      months,
    });
  }
  return rows;
}
