import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from "../core/grid";
import type { Lang } from "../core/model";
import { shellText } from "./messages";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";

export interface ReadWorkbookOptions {
  lang: Lang;
  timeoutMs: number;
  /** Read only this sheet (and the catalog sheet); the others appear with no cells. */
  sheet?: string;
  /** ExcelApi 1.9: read fill colours (contract §8, months marked by colour). */
  fills: boolean;
  /** ExcelApi 1.13: read merged areas. */
  merges: boolean;
}

export interface ReadWorkbookResult {
  book: WorkbookGrid;
  /** Planner-facing notes on what could not be read (fills), in the planner's language. */
  notes: string[];
}

const CATALOG_SHEETS = new Set(["OBJETIVOS", "OBJECTIVES"]);
const ERROR_VALUES = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#BUSY!"]);

/**
 * The workbook as a `WorkbookGrid` in two syncs: the sheet names, then for every sheet read its
 * used range's values and number formats (dates), and — with ExcelApi 1.9 — its fills in the same sync.
 * Should the fills make the answer too large for Excel on the web, the read is redone without them
 * (a third sync) and a note says so.
 */
export async function readWorkbook(options: ReadWorkbookOptions): Promise<ReadWorkbookResult> {
  const t = shellText(options.lang);
  const sync = { lang: options.lang, timeoutMs: options.timeoutMs };
  return runExcel(options.lang, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await syncWithTimeout(context, sync);
    const names = sheets.items.map((s) => s.name);
    const wanted = options.sheet === undefined ? null : options.sheet.trim().toUpperCase();
    const read = names.filter((n) => wanted === null || n.trim().toUpperCase() === wanted || CATALOG_SHEETS.has(n.trim().toUpperCase()));

    const notes: string[] = [];
    let fills = options.fills;
    if (!fills) notes.push(t.fillsUnsupported);
    let grids: Map<string, SheetGrid>;
    try {
      grids = await readSheets(context, read, fills, options.merges, sync);
    } catch (error) {
      if (!fills || (error as { officeCode?: string }).officeCode !== "ResponsePayloadSizeLimitExceeded") throw error;
      fills = false;
      notes.push(t.fillsTooLarge);
      grids = await readSheets(context, read, false, options.merges, sync);
    }
    return { book: { sheets: names.map((name) => grids.get(name) ?? { name, values: [] }) }, notes };
  });
}

async function readSheets(context: Excel.RequestContext, names: string[], fills: boolean, merges: boolean, sync: { lang: Lang; timeoutMs: number }): Promise<Map<string, SheetGrid>> {
  const queued = names.map((name) => {
    // Values only: formatting that runs down a whole column must not make the read huge.
    const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
    used.load("values, numberFormat, rowIndex, columnIndex");
    const fill = fills ? used.getCellProperties({ format: { fill: { color: true } } }) : null;
    const merged = merges ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { name, used, fill, merged };
  });
  await syncWithTimeout(context, sync);
  const out = new Map<string, SheetGrid>();
  for (const q of queued) {
    const grid: SheetGrid = { name: q.name, values: anchor(q.used.rowIndex, q.used.columnIndex, toCellValues(q.used.values, q.used.numberFormat), null) };
    if (q.fill) grid.fills = anchor(q.used.rowIndex, q.used.columnIndex, q.fill.value.map((line) => line.map((p) => fillColour(p.format?.fill?.color))), null);
    if (q.merged && !q.merged.isNullObject) grid.merges = parseAreas(q.merged.address);
    out.set(q.name, grid);
  }
  return out;
}

/** Grids are anchored at A1 (grid.ts): pad the used range's offset with empty rows and leading nulls. */
function anchor<T>(rowIndex: number, columnIndex: number, rows: T[][], empty: T): T[][] {
  const lead = new Array<T>(columnIndex).fill(empty);
  const out: T[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push([]);
  for (const line of rows) out.push(columnIndex > 0 ? [...lead, ...line] : line);
  return out;
}

function toCellValues(values: unknown[][], formats: unknown[][]): CellValue[][] {
  return values.map((line, r) => line.map((v, c) => toCellValue(v, formats[r]?.[c])));
}

function toCellValue(v: unknown, format: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return ERROR_VALUES.has(v) ? { error: v } : v;
  if (typeof v === "number") return typeof format === "string" && isDateFormat(format) ? serialToDate(v) : v;
  if (typeof v === "boolean") return v;
  return String(v);
}

/** A number format that shows a date: day, month or year codes outside quotes, brackets and escapes. */
export function isDateFormat(format: string): boolean {
  if (format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dmy]/i.test(bare);
}

/** Excel's serial day (1900 system) to a UTC date. */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

/** Excel gives `#FFFFFF` for no fill as for white: both mean "not marked" (contract §8). */
function fillColour(colour: unknown): string | null {
  if (typeof colour !== "string") return null;
  const hex = colour.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) && hex !== "FFFFFF" ? hex : null;
}

function parseAreas(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
    if (!m) continue;
    const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const top = Number(m[2]) - 1;
    const left = col(m[1]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left });
  }
  return out;
}
