import { parseCell } from "../core/address";
import type { CellValue } from "../core/grid";
import { classifyMark } from "../core/marks";
import type { Fix, Lang } from "../core/model";
import { toCellValue } from "./cellValues";
import { mustStayText, TEXT_FORMAT } from "./literalText";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";
import type { WriteGuard } from "./writeGuard";

export interface ApplyFixesOptions {
  lang: Lang;
  timeoutMs: number;
  guard: WriteGuard;
}

/**
 * A cell still holds what the report saw if it is not a formula, differs from the fix, and is empty or
 * holds a mark the core found wanting (non-standard or invalid). A cell the planner has since filled
 * with a valid value (`X`, a quantity, `0`, `N/A`) or a formula is left alone.
 */
export function stillNeedsFix(formula: unknown, fix: Fix, numberFormat?: unknown): boolean {
  if (typeof formula === "string" && formula.startsWith("=")) return false;
  // A date typed as a mark is a serial number with a date format: the report saw a date, not a quantity.
  const current: CellValue = typeof formula === "number" ? toCellValue(formula, numberFormat) : formula === "" || formula === undefined ? null : (formula as CellValue);
  if (current === fix.value || (current === null && fix.value === null)) return false;
  const kind = classifyMark(current).kind;
  return kind === "empty" || kind === "nonstandard" || kind === "invalid";
}

/**
 * Writes the fixes' values: one sync reads every target cell (so a cell changed since the report is
 * skipped, not overwritten), one sync writes. Fixes on a sheet that no longer exists are skipped: the
 * first read fails with ItemNotFound, the names are read, and the cells read again without them.
 */
export async function applyFixes(fixes: Fix[], options: ApplyFixesOptions): Promise<{ applied: number; skipped: number }> {
  if (fixes.length === 0) return { applied: 0, skipped: 0 };
  const sync = { lang: options.lang, timeoutMs: options.timeoutMs };
  return runExcel(options.lang, async (context) => {
    const readCells = async (list: Fix[]) => {
      const ranges = list.map((f) => context.workbook.worksheets.getItem(f.sheet).getRange(f.cell).load("formulas, numberFormat"));
      await syncWithTimeout(context, sync);
      return ranges;
    };
    let candidates = fixes.filter((f) => isCell(f.cell));
    let ranges: Excel.Range[];
    try {
      ranges = await readCells(candidates);
    } catch (error) {
      if ((error as { officeCode?: string }).officeCode !== "ItemNotFound") throw error;
      const sheets = context.workbook.worksheets.load("items/name");
      await syncWithTimeout(context, sync);
      const names = new Set(sheets.items.map((s) => s.name.toUpperCase()));
      candidates = candidates.filter((f) => names.has(f.sheet.toUpperCase()));
      ranges = await readCells(candidates);
    }
    const todo = candidates.filter((fix, i) => stillNeedsFix(ranges[i].formulas[0]?.[0], fix, ranges[i].numberFormat[0]?.[0]));
    if (todo.length === 0) return { applied: 0, skipped: fixes.length };
    await options.guard.run(async () => {
      for (const fix of todo) {
        const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
        if (fix.value !== null && mustStayText(fix.value)) range.numberFormat = [[TEXT_FORMAT]];
        range.values = [[fix.value ?? ""]];
      }
      await syncWithTimeout(context, sync);
    });
    return { applied: todo.length, skipped: fixes.length - todo.length };
  });
}

function isCell(address: string): boolean {
  try {
    parseCell(address);
    return true;
  } catch {
    return false;
  }
}
