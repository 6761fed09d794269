/**
 * The one place that decides where things are (contract §3, §8 v2): which sheet holds the matrix, its
 * blocks (each with its header: label, month and sub-columns, objective and `N°` columns, and where its
 * rows end), which sheets the catalog may come from, and where fill colours are worth reading. Every
 * shell asks here: the CLI and the add-in read what it names and nothing else, the report reads the
 * rows it names, so a choice is never made twice in two ways.
 */
import { isCatalogSheetName } from "./catalog";
import type { CellRect, SheetGrid } from "./grid";
import { findHeader } from "./header";
import { matrixBlocks, type MatrixBlock } from "./blocks";
import type { NotFoundParams } from "./messages";
import type { NotFound } from "./model";
import { unreadGrid } from "./refusals";
import { cellText, normalizeText } from "./text";

export type { MatrixBlock };

export interface MatrixLocation {
  sheet: SheetGrid;
  /** The sheet is hidden in the workbook: the report says so (§3 v2). */
  hidden: boolean;
  /** The matrix's blocks in sheet order: one, or one per header of a stacked form (§8 v2). */
  blocks: MatrixBlock[];
}

export type Located = { found: true; location: MatrixLocation } | { found: false; reason: NotFound["reason"]; params: NotFoundParams };

export interface LocateOptions {
  /** The sheet the user names (`--sheet`), hidden or not; no other is read. */
  sheet?: string;
  /** The sheet to read first when it holds a matrix (the add-in: the sheet the planner is on, §3 v2). */
  prefer?: string;
}

/** The sheet of that name; failing an exact match, the one equal up to case, accents and spacing. */
export function findSheet<T extends { name: string }>(sheets: readonly T[], name: string): T | undefined {
  const exact = sheets.find((s) => s.name === name);
  if (exact) return exact;
  const key = normalizeText(name);
  return sheets.find((s) => normalizeText(s.name) === key);
}

/**
 * Which sheet (§3 v2): the one named, else the preferred one when it holds a matrix, else the first
 * visible sheet in workbook order holding one, else the first hidden one.
 */
export function locateMatrix(sheets: readonly SheetGrid[], options: LocateOptions = {}): Located {
  if (sheets.length === 0) return { found: false, reason: "NO_SHEETS", params: {} };
  if (options.sheet !== undefined) {
    const sheet = findSheet(sheets, options.sheet);
    if (!sheet) return { found: false, reason: "SHEET_NOT_FOUND", params: { sheet: options.sheet, sheets: sheets.map((s) => s.name) } };
    const location = locateOn(sheet);
    return location ? { found: true, location } : notFound([sheet], sheet.name);
  }
  const preferred = options.prefer === undefined ? undefined : findSheet(sheets, options.prefer);
  const order = [...(preferred ? [preferred] : []), ...sheets.filter((s) => !s.hidden && s !== preferred), ...sheets.filter((s) => s.hidden && s !== preferred)];
  for (const sheet of order) {
    const location = locateOn(sheet);
    if (location) return { found: true, location };
  }
  return notFound(order);
}

function locateOn(sheet: SheetGrid): MatrixLocation | null {
  const search = findHeader(sheet);
  if (!search.found) return null;
  return { sheet, hidden: sheet.hidden === true, blocks: matrixBlocks(sheet, search.header) };
}

/**
 * Why no sheet holds a matrix, with what the message needs: a grid the reader recognises but does not
 * read (months in another language, quarters only: §8 v2), else the first sheet that had the months but
 * no row label, else nothing found at all.
 */
function notFound(sheets: readonly SheetGrid[], named?: string): Located {
  for (const sheet of sheets) {
    const unread = unreadGrid(sheet);
    if (unread) return { found: false, reason: unread.reason, params: { sheet: sheet.name, monthsRow: unread.row + 1, language: unread.language } };
  }
  for (const sheet of sheets) {
    const search = findHeader(sheet);
    if (!search.found && search.monthsRow !== null) return { found: false, reason: "NO_MATRIX", params: { sheet: sheet.name, monthsRow: search.monthsRow + 1 } };
  }
  return { found: false, reason: "NO_MATRIX", params: { sheet: named, monthsRow: null } };
}

/**
 * The sheets whose cells the core reads: every sheet, or the named one (as `findSheet` finds it), any
 * catalog sheet (§3 rule 1, by the same name rule the catalog reader uses) and any seguimiento sheet
 * (its corte and thresholds, §9: a name starting `Seguimiento` or `Monitoring`, as the scaffold's and the
 * names the planner picks after a conflict do).
 */
export function sheetsToRead(names: readonly string[], sheet: string | undefined): string[] {
  if (sheet === undefined) return [...names];
  const wanted = findSheet(
    names.map((name) => ({ name })),
    sheet,
  )?.name;
  return names.filter((name) => name === wanted || isCatalogSheetName(name) || isMonitoringSheetName(name));
}

export function isMonitoringSheetName(name: string): boolean {
  const key = normalizeText(name);
  return key.startsWith("seguimiento") || key.startsWith("monitoring");
}

/**
 * Where the core looks at fill colours (§8, months marked by colour): in each block's rows up to its
 * last one with a row label (colour counts only on labelled rows), the label and month columns, as runs
 * of adjacent columns. Reading fills there and nowhere else keeps a big validation within one answer.
 */
export function fillRegions(location: MatrixLocation): CellRect[] {
  const rects: CellRect[] = [];
  for (const { header, end } of location.blocks) {
    let bottom = -1;
    for (let r = end - 1; r >= header.dataRow; r--) {
      if (cellText(location.sheet.values[r]?.[header.resultColumn] ?? null) !== "") {
        bottom = r;
        break;
      }
    }
    if (bottom < header.dataRow) continue;
    const columns = [...new Set([header.resultColumn, ...header.monthColumns.filter((c): c is number => c !== null)])].sort((a, b) => a - b);
    const blockRects: CellRect[] = [];
    for (const c of columns) {
      const last = blockRects[blockRects.length - 1];
      if (last && last.right === c - 1) last.right = c;
      else blockRects.push({ top: header.dataRow, left: c, bottom, right: c });
    }
    rects.push(...blockRects);
  }
  return rects;
}
