/**
 * The rows of a matrix (contract §3, §8): every row below the header (and its sub-column row) to
 * the end of the used range, skipping blank ones (nothing in the row-label column and no month cell
 * filled; a `0` or a not-applicable mark such as `-` does not count as filled) and section headings.
 */
import { colorMarksOfRow } from "./colorMarks";
import type { CellValue, SheetGrid } from "./grid";
import { findHeader, type HeaderSearch, type MatrixHeader } from "./header";
import { classifyMark, type MarkClass } from "./marks";
import { columnMergeOwners, valueAt, type CellPos } from "./merges";
import { cellText, normalizeText } from "./text";

export interface MatrixRow {
  /** 0-based sheet row. */
  row: number;
  /** The row label's text, "" when the row has months but no label. */
  text: string;
  /** `text` through `normalizeText`, computed once for mapping and duplicate checks. */
  textKey: string;
  /** The objective column's value for this row (a merged cell's value counts for its area); null without one. */
  objectiveValue: CellValue;
  /** Where that value sits (the merged area's top-left), null without an objective column. */
  objectiveCell: CellPos | null;
  /** Month 0…11 → the mark of its cell (empty where the header lacks the month). */
  marks: MarkClass[];
  /** Month 0…11 → whether the (empty) cell is scheduled by its colour alone (§8); null when none is. */
  colorMarks: boolean[] | null;
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
  const section = sectionRule(header);
  for (let r = header.dataRow; r < sheet.values.length; r++) {
    const line = sheet.values[r];
    if (!line) continue;
    const text = cellText(line[header.resultColumn] ?? null);
    // Arrays only for rows that are not blank: most of a used range past the data often is.
    const marks: MarkClass[] = new Array<MarkClass>(12);
    const months: boolean[] = new Array<boolean>(12);
    let filled = false;
    let anyValue = false;
    for (let m = 0; m < 12; m++) {
      const c = header.monthColumns[m];
      const v = c === null ? null : (line[c] ?? null);
      const mark = classifyMark(v);
      marks[m] = mark;
      months[m] = mark.scheduled;
      if (mark.kind !== "empty") anyValue = true;
      // A 0 or N/A placeholder does not make a row without a label worth reporting (template rows
      // pre-filled with dashes are common); a mark or anything unreadable does.
      if (mark.kind !== "empty" && mark.kind !== "zero" && mark.kind !== "notApplicable") filled = true;
    }
    if (text === "" && !filled) continue;
    const colorMarks = text === "" ? null : colorMarksOfRow(line, sheet.fills?.[r], header.monthColumns, header.resultColumn);
    if (colorMarks) for (let m = 0; m < 12; m++) if (colorMarks[m]) months[m] = true;
    if (!anyValue && !colorMarks && section && section(r, line)) continue;
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
      colorMarks,
      cells: line,
      months,
    });
  }
  return rows;
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
