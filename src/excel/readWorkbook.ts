import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import { HEADER_SEARCH_ROWS } from "../core/header";
import type { Lang } from "../core/model";
import { anchor, fillColour, parseAreas, toCellValue } from "./cellValues";
import { fillBatches, fillRects, halveBatch, matrixOf, notCovered, sheetNamed, type CellRect } from "./fillPlan";
import { shellText } from "./messages";
import { runExcel, syncWithTimeout, type SyncOptions } from "./syncWithTimeout";

export interface ReadWorkbookOptions {
  lang: Lang;
  timeoutMs: number;
  /** Read only this sheet (and the catalog sheet); the others appear with no cells. */
  sheet?: string;
  /** Read only the sheet the planner is on (and the catalog sheet), in the same two syncs; overrides `sheet`. */
  activeSheet?: boolean;
  /** ExcelApi 1.9: read fill colours (contract §8, months marked by colour). */
  fills: boolean;
  /** ExcelApi 1.13: read merged areas. */
  merges: boolean;
}

export interface ReadWorkbookResult {
  book: WorkbookGrid;
  /** Planner-facing notes on what could not be read (fills), in the planner's language. */
  notes: string[];
  /** The name of the sheet the planner is on. */
  activeSheet: string;
}

const CATALOG_SHEETS = new Set(["OBJETIVOS", "OBJECTIVES"]);

/** A sheet's used range as queued: values, where it sits, and its merged areas. */
interface QueuedSheet {
  name: string;
  used: Excel.Range;
  /** Number formats of the whole range (small sheets) or of the header rows only (the active sheet). */
  formats: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

/** A used range once read: its values and where they sit (0-based), whether read at once or by rows. */
interface RawSheet {
  name: string;
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
  /** Number formats of the whole range (`all`), as `values`. */
  numberFormat?: unknown[][];
  /** Number formats of the header rows (the active sheet). */
  formats: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

/** Excel on the web refuses an answer over 5 MB; a sheet read by rows aims each answer at 4 MB. */
const ANSWER_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows of an over-cap sheet read with its size, in the sync after the refused one. */
const FIRST_ROWS = 2000;

interface QueuedFills {
  rect: CellRect;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/**
 * The workbook as a `WorkbookGrid` in two syncs, fills included, also at 5,000 rows:
 * 1. the sheet names, and — needing no name — the active sheet's values (usually the matrix: the
 *    scaffold activates it and planners validate what they look at), with the number formats of the
 *    rows where a header can be;
 * 2. the other sheets' values, the active sheet's number formats where it holds numbers, and fill
 *    colours only where the core reads them (label and month columns of the matrix's data rows, found
 *    by the core's own header search on what sync 1 brought).
 * A third sync reads fills only when the matrix is not the active sheet (or a sheet before it also
 * holds one), or when the fills alone are too large for one answer. The core gets the same grid as
 * from reading everything: fills elsewhere are never looked at.
 * When sync 1's answer is refused as over Excel on the web's 5 MB (a 5,000-row plan of 1,000-character
 * results), the active sheet is read again by rows (readActiveByRows): its size and first rows, then
 * spans under the cap. Only such sheets pay the refused sync and the extra ones (4 syncs in all there).
 * Sync 2 refused likewise (the big matrix is not the active sheet) reads the other sheets one per sync,
 * by rows where one alone is over the cap (readApart).
 */
export async function readWorkbook(options: ReadWorkbookOptions): Promise<ReadWorkbookResult> {
  const t = shellText(options.lang);
  const sync: SyncOptions = { lang: options.lang, timeoutMs: options.timeoutMs };
  return runExcel(options.lang, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const activeSheet = worksheets.getActiveWorksheet();
    activeSheet.load("name");
    const queued = queueSheet(activeSheet, "", options.merges, "header");
    let names: string[];
    let active: RawSheet;
    try {
      await syncWithTimeout(context, sync);
      names = worksheets.items.map((s) => s.name);
      // Loaded above and synced by syncWithTimeout (context.sync() with a time limit), which the rules cannot see.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      active = rawOf(queued, activeSheet.name);
    } catch (error) {
      if (!isAnswerTooLarge(error)) throw error;
      // The active sheet alone is over the cap (e.g. 5,000 results of 1,000 characters): read it by rows.
      ({ names, active } = await readActiveByRows(context, sync, options.merges, (name, all) => readsSheet(options, name, all)));
    }

    if (options.activeSheet) options = { ...options, sheet: active.name };
    const wanted = options.sheet === undefined ? null : sheetNamed(names.map((name) => ({ name })), options.sheet)?.name ?? null;
    const read = names.filter((n) => options.sheet === undefined || n === wanted || CATALOG_SHEETS.has(n.trim().toUpperCase()));
    const grids = new Map<string, SheetGrid>();
    const activeRaw = read.includes(active.name) ? active : null;
    if (activeRaw) grids.set(active.name, gridOf(activeRaw, "header"));

    const notes: string[] = [];
    if (!options.fills) notes.push(t.fillsUnsupported);
    // Where fills are wanted, judged from the active sheet alone; checked again once all is read.
    const guess = options.fills && activeRaw && (options.sheet === undefined || wanted === active.name) ? matrixOf([grids.get(active.name)!]) : null;
    const guessed = guess ? { sheet: guess.sheet.name, rects: fillRects(guess.sheet, guess.header) } : null;
    const batches = guessed ? fillBatches(guessed.rects) : [];

    const queueRest = () => ({
      others: read.filter((n) => n !== active.name).map((n) => queueSheet(worksheets.getItem(n), n, options.merges, "all")),
      activeFormats: activeRaw ? queueNumberFormats(activeSheet, grids.get(active.name)!) : [],
    });
    let rest = queueRest();
    let readFills = batches.length > 0 ? queueFills(activeSheet, batches[0]) : [];
    let laterBatches = batches.slice(1);
    let others: RawSheet[] | null = null;
    if (!(await syncFits(context, sync))) {
      readFills = [];
      laterBatches = batches;
      // The other sheets and the fills together are too large for one answer: the sheets now, the fills after.
      const sheetsFit = batches.length > 0 && ((rest = queueRest()), await syncFits(context, sync));
      // The other sheets alone are too large (a big matrix while the planner is on another sheet): one at a time.
      if (!sheetsFit) {
        const queueFormats = () => (activeRaw ? queueNumberFormats(activeSheet, grids.get(active.name)!) : []);
        ({ others, activeFormats: rest.activeFormats } = await readApart(context, sync, options.merges, rest.others.map((q) => q.name), queueFormats));
      }
    }
    for (const raw of others ?? rest.others.map((q) => rawOf(q, q.name))) grids.set(raw.name, gridOf(raw, "all"));
    if (activeRaw) applyNumberFormats(grids.get(active.name)!, activeRaw, rest.activeFormats);

    const book: WorkbookGrid = { sheets: names.map((name) => grids.get(name) ?? { name, values: [] }) };
    // The core's own choice, now that every sheet is read: fills of any other region are read now.
    const matrix = options.fills ? matrixOf(book.sheets, options.sheet) : null;
    if (matrix) {
      const fillsGrid: (string | null)[][] = [];
      matrix.sheet.fills = fillsGrid;
      const sameSheet = guessed?.sheet === matrix.sheet.name;
      const missing = notCovered(fillRects(matrix.sheet, matrix.header), sameSheet ? guessed.rects : []);
      if (!sameSheet) {
        readFills = [];
        laterBatches = [];
      }
      laterBatches.push(...fillBatches(missing));
      try {
        for (const q of readFills) putFills(fillsGrid, q);
        const sheet = worksheets.getItem(matrix.sheet.name);
        // One sync per batch, on purpose: each batch is what one answer can carry under the cap; a batch
        // refused all the same (the answer larger than estimated) is read again in halves.
        const pending = [...laterBatches];
        for (let batch = pending.shift(); batch !== undefined; batch = pending.shift()) {
          const queued = queueFills(sheet, batch);
          if (await syncFits(context, sync)) {
            for (const q of queued) putFills(fillsGrid, q);
            continue;
          }
          const halves = halveBatch(batch);
          if (!halves) throw new FillsTooLarge();
          pending.unshift(...halves);
        }
      } catch (error) {
        if (!(error instanceof FillsTooLarge) && !isAnswerTooLarge(error)) throw error;
        delete matrix.sheet.fills;
        notes.push(t.fillsTooLarge);
      }
    }
    return { book, notes, activeSheet: active.name };
  });
}

function isAnswerTooLarge(error: unknown): boolean {
  return (error as { officeCode?: string }).officeCode === "ResponsePayloadSizeLimitExceeded";
}

/** Fills that no cut makes small enough for one answer: the reading goes on without them. */
class FillsTooLarge extends Error {}

/** Syncs what is queued: false when Excel refused the answer as over its cap (nothing of it is readable). */
async function syncFits(context: Excel.RequestContext, sync: SyncOptions): Promise<boolean> {
  try {
    await syncWithTimeout(context, sync);
    return true;
  } catch (error) {
    if (!isAnswerTooLarge(error)) throw error;
    return false;
  }
}

/** Whether the reading keeps that sheet's cells (as `read` in readWorkbook decides it). */
function readsSheet(options: ReadWorkbookOptions, name: string, names: string[]): boolean {
  if (options.activeSheet || options.sheet === undefined || CATALOG_SHEETS.has(name.trim().toUpperCase())) return true;
  return sheetNamed(names.map((n) => ({ name: n })), options.sheet)?.name === name;
}

/** The active sheet when its used range does not fit one answer (readByRows). */
async function readActiveByRows(
  context: Excel.RequestContext,
  sync: SyncOptions,
  merges: boolean,
  needed: (name: string, names: string[]) => boolean,
): Promise<{ names: string[]; active: RawSheet }> {
  const { names, raw } = await readByRows(context, sync, merges, null, needed);
  return { names, active: raw };
}

/**
 * The sheets the second sync could not carry together, once the first reading failed on the answer cap:
 * each in its own sync (with the active sheet's number formats in the first), and by rows when alone
 * over the cap. Only workbooks whose other sheets outgrow one answer pay these syncs.
 */
async function readApart(
  context: Excel.RequestContext,
  sync: SyncOptions,
  merges: boolean,
  names: string[],
  queueActiveFormats: () => QueuedFormats[],
): Promise<{ others: RawSheet[]; activeFormats: QueuedFormats[] }> {
  const others: RawSheet[] = [];
  let activeFormats = queueActiveFormats();
  let formatsPending = true;
  for (const name of names) {
    const queued = queueSheet(context.workbook.worksheets.getItem(name), name, merges, "all");
    // One sync per sheet, on purpose: together they were refused as over the cap.
    if (await syncFits(context, sync)) others.push(rawOf(queued, name));
    else {
      if (formatsPending) activeFormats = queueActiveFormats();
      others.push((await readByRows(context, sync, merges, name, () => true)).raw);
    }
    formatsPending = false;
  }
  if (formatsPending) await syncWithTimeout(context, sync);
  return { others, activeFormats };
}

/**
 * A sheet (the active one when `name` is null) whose used range does not fit one answer: one sync for the
 * names, the range's size, formats, merged areas and its first rows; then the other rows in spans sized
 * from the bytes per row seen so far to stay under the budget (a span refused all the same is halved).
 * The active sheet brings the number formats of its header rows; a named sheet those of every cell, with
 * its values (as `queueSheet`'s "all").
 */
async function readByRows(
  context: Excel.RequestContext,
  sync: SyncOptions,
  merges: boolean,
  name: string | null,
  needed: (name: string, names: string[]) => boolean,
): Promise<{ names: string[]; raw: RawSheet }> {
  const sheet = name === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
  const all = name !== null;
  let firstRows = FIRST_ROWS;
  let queued = queueSized(context, sheet, merges, all, firstRows);
  for (;;) {
    try {
      await syncWithTimeout(context, sync);
      break;
    } catch (error) {
      if (!isAnswerTooLarge(error) || firstRows === 0) throw error;
      firstRows = Math.floor(firstRows / 8);
      queued = queueSized(context, sheet, merges, all, firstRows);
    }
  }
  const size = sizeOf(queued);
  const raw: RawSheet = { name: size.name, values: [], rowIndex: size.rowIndex, columnIndex: size.columnIndex, formats: all ? null : queued.formats, merged: queued.merged };
  if (all) raw.numberFormat = [];
  if (!needed(size.name, size.names)) return { names: size.names, raw };
  const end = size.rowIndex + size.rowCount;
  let next = size.rowIndex;
  const take = (span: { values: unknown[][]; numberFormat: unknown[][] | null }): number => {
    raw.values.push(...span.values);
    if (span.numberFormat) raw.numberFormat?.push(...span.numberFormat);
    next += span.values.length;
    return (answerBytes(span.values) + (span.numberFormat ? answerBytes(span.numberFormat) : 0)) / span.values.length;
  };
  // Bytes per row: from the first rows, else the least the refused answer implies.
  let perRow = ANSWER_BUDGET_BYTES / Math.max(1, size.rowCount);
  if (size.first.values.length > 0) perRow = Math.max(perRow, take(size.first));
  while (next < end) {
    let rows = Math.max(1, Math.min(end - next, Math.floor(ANSWER_BUDGET_BYTES / perRow)));
    for (;;) {
      const span = queueRows(sheet, next, rows, size, all);
      try {
        // One sync per span, on purpose: each is what one answer can carry under the cap.
        await syncWithTimeout(context, sync);
      } catch (error) {
        if (!isAnswerTooLarge(error) || rows === 1) throw error;
        rows = Math.floor(rows / 2);
        continue;
      }
      perRow = Math.max(perRow, take(spanOf(span, all)));
      break;
    }
  }
  return { names: size.names, raw };
}

interface QueuedSized {
  worksheets: Excel.WorksheetCollection;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  formats: Excel.Range;
  merged: Excel.RangeAreas | null;
  first: Excel.Range | null;
  all: boolean;
}

/** The names, the sheet's used range's size, header formats, merged areas, and its first rows (used rows above `firstRows`). */
function queueSized(context: Excel.RequestContext, sheet: Excel.Worksheet, merges: boolean, all: boolean, firstRows: number): QueuedSized {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const formats = used.getIntersectionOrNullObject(`1:${HEADER_SEARCH_ROWS}`);
  formats.load("numberFormat, rowIndex, columnIndex");
  const merged = merges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const first = firstRows > 0 ? used.getIntersectionOrNullObject(`1:${firstRows}`) : null;
  first?.load(all ? "values, numberFormat" : "values");
  return { worksheets, sheet, used, formats, merged, first, all };
}

/** What `queueSized` loaded, once synced; the first rows start at the used range's top (it starts above them). */
function sizeOf(q: QueuedSized) {
  return {
    names: q.worksheets.items.map((s) => s.name),
    name: q.sheet.name,
    rowIndex: q.used.rowIndex,
    columnIndex: q.used.columnIndex,
    rowCount: q.used.rowCount,
    columnCount: q.used.columnCount,
    first: q.first && !q.first.isNullObject ? spanOf(q.first, q.all) : { values: [], numberFormat: null },
  };
}

function queueRows(sheet: Excel.Worksheet, top: number, rows: number, size: { columnIndex: number; columnCount: number }, all: boolean): Excel.Range {
  return sheet.getRangeByIndexes(top, size.columnIndex, rows, size.columnCount).load(all ? "values, numberFormat" : "values");
}

function spanOf(range: Excel.Range, all: boolean): { values: unknown[][]; numberFormat: unknown[][] | null } {
  return { values: range.values, numberFormat: all ? (range.numberFormat as unknown[][]) : null };
}

/** The UTF-8 size of an answer carrying these values (as JSON, like Office.js's own). */
function answerBytes(values: unknown[][]): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}

function rawOf(q: QueuedSheet, name: string): RawSheet {
  const { used } = q;
  return {
    name,
    values: used.values,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    numberFormat: q.formats === null ? (used.numberFormat as unknown[][]) : undefined,
    formats: q.formats,
    merged: q.merged,
  };
}

function queueSheet(sheet: Excel.Worksheet, name: string, merges: boolean, formats: "header" | "all"): QueuedSheet {
  // Values only: formatting that runs down a whole column must not make the read huge.
  const used = sheet.getUsedRange(true);
  used.load("values, rowIndex, columnIndex");
  if (formats === "all") used.load("numberFormat");
  // A date in a header row (months written as dates) must be known before looking for the matrix.
  const headerFormats = formats === "header" ? used.getIntersectionOrNullObject(`1:${HEADER_SEARCH_ROWS}`) : null;
  headerFormats?.load("numberFormat, rowIndex, columnIndex");
  const merged = merges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  return { name, used, formats: headerFormats, merged };
}

function gridOf(q: RawSheet, formats: "header" | "all"): SheetGrid {
  let values: CellValue[][];
  if (formats === "all") values = q.values.map((line, r) => line.map((v, c) => toCellValue(v, q.numberFormat?.[r]?.[c])));
  else {
    const head = q.formats && !q.formats.isNullObject ? q.formats : null;
    const headRows = head ? head.rowIndex - q.rowIndex + (head.numberFormat.length as number) : 0;
    values = q.values.map((line, r) => line.map((v, c) => toCellValue(v, r < headRows && head ? head.numberFormat[r]?.[c] : undefined)));
  }
  const grid: SheetGrid = { name: q.name, values: anchor(q.rowIndex, q.columnIndex, values, null) };
  if (q.merged && !q.merged.isNullObject) grid.merges = parseAreas(q.merged.address);
  return grid;
}

/** A column's number formats, from its first to its last number below the header rows (dates in the data). */
interface QueuedFormats {
  column: number;
  range: Excel.Range;
}

function queueNumberFormats(sheet: Excel.Worksheet, grid: SheetGrid): QueuedFormats[] {
  const spans = new Map<number, { top: number; bottom: number }>();
  for (let r = HEADER_SEARCH_ROWS; r < grid.values.length; r++) {
    const line = grid.values[r];
    for (let c = 0; c < line.length; c++) {
      if (typeof line[c] !== "number") continue;
      const span = spans.get(c);
      if (span) span.bottom = r;
      else spans.set(c, { top: r, bottom: r });
    }
  }
  return [...spans].map(([column, { top, bottom }]) => ({ column, range: sheet.getRangeByIndexes(top, column, bottom - top + 1, 1).load("numberFormat, rowIndex") }));
}

function applyNumberFormats(grid: SheetGrid, raw: RawSheet, formats: QueuedFormats[]): void {
  for (const f of formats) {
    const top = f.range.rowIndex;
    f.range.numberFormat.forEach((line, i) => {
      const r = top + i;
      const v = raw.values[r - raw.rowIndex]?.[f.column - raw.columnIndex];
      if (typeof v === "number") grid.values[r][f.column] = toCellValue(v, line[0]);
    });
  }
}

function queueFills(sheet: Excel.Worksheet, rects: CellRect[]): QueuedFills[] {
  return rects.map((rect) => ({
    rect,
    result: sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1).getCellProperties({ format: { fill: { color: true } } }),
  }));
}

/** Fills into the A1-anchored grid, null where not read. */
function putFills(grid: (string | null)[][], q: QueuedFills): void {
  q.result.value.forEach((line, i) => {
    const r = q.rect.top + i;
    while (grid.length <= r) grid.push([]);
    const row = grid[r];
    while (row.length <= q.rect.right) row.push(null);
    line.forEach((p, j) => (row[q.rect.left + j] = fillColour(p.format?.fill?.color)));
  });
}
