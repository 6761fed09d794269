import { parseCell } from "../core/address";
import type { CellValue } from "../core/grid";
import { seenValue } from "../core/fixSeen";
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
 * Whether a fix may still be written. A cell that is now a formula is left alone. A fix that carries
 * what the report saw (`seen`) is written only while the cell still holds exactly that, read back the
 * way the report's grid was read (`values` with the number format, through the core's `seenValue`):
 * any later edit of the planner's wins, even one that looks as wrong. A fix without `seen` falls back
 * to the mark's class: written over an empty cell or a mark the core found wanting.
 */
export function stillNeedsFix(formula: unknown, fix: Fix, numberFormat?: unknown, value: unknown = formula): boolean {
  if (typeof formula === "string" && formula.startsWith("=")) return false;
  // A date typed as a mark is a serial number with a date format: the report saw a date, not a quantity.
  const current: CellValue = toCellValue(value, numberFormat);
  if (seenValue(current) === fix.value) return false;
  if (fix.seen !== undefined) return seenValue(current) === fix.seen;
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
      const ranges = list.map((f) => context.workbook.worksheets.getItem(f.sheet).getRange(f.cell).load("values, formulas, numberFormat"));
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
    const todo = candidates.filter((fix, i) => stillNeedsFix(ranges[i].formulas[0]?.[0], fix, ranges[i].numberFormat[0]?.[0], ranges[i].values[0]?.[0]));
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
