/**
 * Which sheet the reader reads (contract §3): the one the planner names, else the first, in workbook
 * order, on which a matrix is found. The one owner of that choice: the report, and the add-in's
 * shell deciding where fill colours are worth reading, both ask here.
 */
import type { SheetGrid } from "./grid";
import { findHeader, type MatrixHeader } from "./header";
import type { NotFoundParams } from "./messages";
import type { NotFound } from "./model";
import { normalizeText } from "./text";

export type MatrixChoice =
  | { found: true; sheet: SheetGrid; header: MatrixHeader }
  | { found: false; reason: NotFound["reason"]; params: NotFoundParams };

/** The sheet of that name; failing an exact match, the one equal up to case, accents and spacing. */
export function findSheet<T extends { name: string }>(sheets: readonly T[], name: string): T | undefined {
  const exact = sheets.find((s) => s.name === name);
  if (exact) return exact;
  const key = normalizeText(name);
  return sheets.find((s) => normalizeText(s.name) === key);
}

/** The matrix's sheet and header, or why there is none (with what the message needs to say so). */
export function chooseMatrix(sheets: readonly SheetGrid[], name?: string): MatrixChoice {
  if (sheets.length === 0) return { found: false, reason: "NO_SHEETS", params: {} };
  if (name !== undefined) {
    const sheet = findSheet(sheets, name);
    if (!sheet) return { found: false, reason: "SHEET_NOT_FOUND", params: { sheet: name, sheets: sheets.map((s) => s.name) } };
    const search = findHeader(sheet);
    if (!search.found) return { found: false, reason: "NO_MATRIX", params: { sheet: sheet.name, monthsRow: search.monthsRow === null ? null : search.monthsRow + 1 } };
    return { found: true, sheet, header: search.header };
  }
  // No matrix anywhere: the message names the first sheet that had the months but no row label.
  let firstMonths: NotFoundParams = { sheet: undefined, monthsRow: null };
  for (const sheet of sheets) {
    const search = findHeader(sheet);
    if (search.found) return { found: true, sheet, header: search.header };
    if (search.monthsRow !== null && firstMonths.monthsRow === null) firstMonths = { sheet: sheet.name, monthsRow: search.monthsRow + 1 };
  }
  return { found: false, reason: "NO_MATRIX", params: firstMonths };
}
