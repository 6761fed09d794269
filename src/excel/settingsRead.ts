import { parseCell } from "../core/address";
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { isMonitoringSheetName } from "../core/locate";
import { findSettings, readsToday, SETTINGS_REGION, type SettingCell } from "../core/monitoring/settings";
import { toCellValue } from "./cellValues";
import { trySync } from "./readInParts";
import { syncWithTimeout, type SyncOptions } from "./syncWithTimeout";

/**
 * Seguimiento's settings (contract §9: the corte cell and the semáforo's thresholds), fetched so the core
 * finds them as from the whole workbook (core/monitoring/settings.ts: by their labels in the first rows and
 * columns of any sheet), and knows which corte cell is a formula of today's date (the scaffold's default,
 * `todayFormulas`) rather than a month the planner typed. Values alone cannot tell: Excel answers the
 * formula's result.
 * - A seguimiento sheet (by its name) brings its region's formulas with the sync that reads it: the
 *   scaffold's workbook needs nothing more. Formulas are asked for there only, since `formulas` answers
 *   every constant too and a matrix's first rows can be long texts.
 * - Where the sheets read hold no setting and some sheets were left out (a named sheet is validated),
 *   their regions (about 360 cells each) come in one more sync.
 * - A corte cell whose formula is still unknown (settings on a sheet of another name, or right of a label
 *   merged wide) has its formula fetched alone, in one more sync.
 */

export interface QueuedSettings {
  name: string;
  range: Excel.Range;
  /** The sheet's cells are not read otherwise: the region's values are wanted too. */
  withValues: boolean;
}

function queueRegion(worksheets: Excel.WorksheetCollection, name: string, withValues: boolean): QueuedSettings {
  const { top, left, bottom, right } = SETTINGS_REGION;
  const range = worksheets.getItem(name).getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  if (withValues) range.load("values, formulas");
  else range.load("formulas");
  return { name, range, withValues };
}

/** The formulas of the settings region of each seguimiento sheet among those read, to queue with their values. */
export function queueMonitoringFormulas(worksheets: Excel.WorksheetCollection, read: readonly string[]): QueuedSettings[] {
  return read.filter(isMonitoringSheetName).map((name) => queueRegion(worksheets, name, false));
}

/** The cells of `formulas` (anchored at `top`, `left`) whose formula reads today's date. */
function todayCells(formulas: unknown[][], top: number, left: number): [number, number][] {
  const cells: [number, number][] = [];
  formulas.forEach((line, r) => line.forEach((f, c) => typeof f === "string" && f.startsWith("=") && readsToday(f) && cells.push([top + r, left + c])));
  return cells;
}

function addTodayCells(grid: SheetGrid, cells: [number, number][]): void {
  if (cells.length === 0) return;
  const known = new Set((grid.todayFormulas ?? []).map(([r, c]) => `${r}:${c}`));
  grid.todayFormulas = [...(grid.todayFormulas ?? []), ...cells.filter(([r, c]) => !known.has(`${r}:${c}`))];
}

/**
 * Puts fetched regions into the book: the formulas reading today, and — on a sheet not otherwise read —
 * the region's values, only where they hold a setting's label (every other sheet still reaches the core
 * with no cells). Returns the sheets whose region formulas are now known.
 */
export function applySettingsRegions(book: WorkbookGrid, queued: readonly QueuedSettings[]): string[] {
  const { top, left } = SETTINGS_REGION;
  const known: string[] = [];
  for (const q of queued) {
    const grid = book.sheets.find((s) => s.name === q.name);
    if (!grid) continue;
    known.push(q.name);
    if (q.withValues) {
      const values = q.range.values.map((line) => line.map((v) => toCellValue(v, undefined)));
      if (Object.keys(findSettings({ sheets: [{ name: grid.name, values }] })).length === 0) continue;
      grid.values = values;
    }
    addTodayCells(grid, todayCells(q.range.formulas, top, left));
  }
  return known;
}

function inRegion(cell: SettingCell): boolean {
  const { row, col } = parseCell(cell.cell);
  const { top, left, bottom, right } = SETTINGS_REGION;
  return row >= top && row <= bottom && col >= left && col <= right;
}

/**
 * After the read: the regions of the sheets left out when the sheets read hold no setting, then the
 * corte cell's formula where it is not known yet (see above). Nothing for a workbook whose settings are
 * on its seguimiento sheet, or that has none.
 */
export async function readSettingsElsewhere(
  context: Excel.RequestContext,
  sync: SyncOptions,
  book: WorkbookGrid,
  options: { unread: readonly string[]; formulasKnown: readonly string[] },
): Promise<void> {
  const known = new Set(options.formulasKnown);
  const worksheets = context.workbook.worksheets;
  if (Object.keys(findSettings(book)).length === 0 && options.unread.length > 0) {
    let queued = options.unread.map((name) => queueRegion(worksheets, name, true));
    if ((await trySync(context, sync, false)) === "tooLarge") {
      // Long texts in those first rows: one sheet at a time, leaving out one that alone is too large (no settings sheet is).
      const answered: QueuedSettings[] = [];
      for (const name of options.unread) {
        const one = queueRegion(worksheets, name, true);
        if ((await trySync(context, sync, false)) === "answered") answered.push(one);
      }
      queued = answered;
    }
    for (const name of applySettingsRegions(book, queued)) known.add(name);
  }
  const corte = findSettings(book).corte;
  if (!corte || corte.value === null || (known.has(corte.sheet) && inRegion(corte))) return;
  const range = worksheets.getItem(corte.sheet).getRange(corte.cell).load("formulas");
  await syncWithTimeout(context, sync);
  const { row, col } = parseCell(corte.cell);
  const grid = book.sheets.find((s) => s.name === corte.sheet);
  if (grid) addTodayCells(grid, todayCells(range.formulas, row, col));
}
