import { halveBatch, type CellRect } from "./fillPlan";
import { ShellError, toShellError } from "./messages";
import { ANSWER_BUDGET_BYTES, jsonLength } from "./payload";
import { queueFills, queueHeaderFormats, queueMergeBands, queueMergedAreas, queueSheet, rawOf, type MergeReading, type QueuedFills, type RawSheet } from "./sheetRead";
import { syncWithTimeout, type SyncOptions } from "./syncWithTimeout";

/**
 * Reading what Excel will not answer in one go, so that any workbook gives the core the grid a single
 * unlimited answer would:
 * - Excel on the web refuses an answer over 5 MB (the whole answer, nothing of it readable): a sheet
 *   too large is read by rows, sheets too large together one at a time, fills in halves;
 * - a merged-area read fails past 512 areas (readPlan.ts): a sheet with more is read again with its
 *   merged areas asked in bands.
 * Only workbooks that meet a limit pay the refused sync and the extra ones.
 */

/** Rows of an over-cap sheet read with its size, in the sync after the refused one. */
const FIRST_ROWS = 2000;

/** What became of a sync: answered, refused as over the answer cap, or failed where a merged-area read was asked for. */
export type SyncOutcome = "answered" | "tooLarge" | "tooManyMerges";

/**
 * Syncs what is queued. Excel documents no error code for a merged-area read past 512 areas, so any
 * Excel error not otherwise known, in a sync that asked for a whole range's merged areas, is taken for
 * it: the caller reads again with merged areas in bands, and a failure for another cause comes back then.
 */
export async function trySync(context: Excel.RequestContext, sync: SyncOptions, askedMerges: boolean): Promise<SyncOutcome> {
  try {
    await syncWithTimeout(context, sync);
    return "answered";
  } catch (error) {
    if (isAnswerTooLarge(error)) return "tooLarge";
    if (askedMerges && error instanceof ShellError && error.code === "EXCEL_ERROR") return "tooManyMerges";
    throw error;
  }
}

export function isAnswerTooLarge(error: unknown): boolean {
  return (error as { officeCode?: string }).officeCode === "ResponsePayloadSizeLimitExceeded";
}

/**
 * A sheet (the active one when `name` is null) whose used range does not fit one answer, or whose merged
 * areas do not fit one read: one sync for the names, the range's size, header formats, merged areas
 * (whole, unless asked in bands) and its first rows; then the other rows in spans sized from the bytes per
 * row seen so far to stay under the budget (a span refused all the same is halved), with the merged areas
 * of the rows read so far in bands. The active sheet brings the number formats of its header rows; a
 * named sheet those of every cell, with its values.
 */
export async function readByRows(
  context: Excel.RequestContext,
  sync: SyncOptions,
  name: string | null,
  merges: MergeReading,
  needed: (name: string, names: string[]) => boolean,
): Promise<{ names: string[]; hidden: string[]; raw: RawSheet }> {
  const sheet = name === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
  const all = name !== null;
  let firstRows = FIRST_ROWS;
  let queued = queueSized(context, sheet, merges, all, firstRows);
  for (;;) {
    const outcome = await trySync(context, sync, merges === "whole");
    if (outcome === "answered") break;
    if (outcome === "tooManyMerges") merges = "banded";
    else if (firstRows === 0) throw toShellError({ code: "ResponsePayloadSizeLimitExceeded" }, sync.lang);
    else firstRows = Math.floor(firstRows / 8);
    queued = queueSized(context, sheet, merges, all, firstRows);
  }
  const size = sizeOf(queued);
  const raw: RawSheet = {
    name: size.name,
    values: [],
    rowIndex: size.rowIndex,
    columnIndex: size.columnIndex,
    formats: all ? null : queued.formats,
    merged: queued.merged ? [queued.merged] : [],
  };
  if (all) raw.numberFormat = [];
  if (!needed(size.name, size.names)) return { names: size.names, hidden: size.hidden, raw };
  const end = size.rowIndex + size.rowCount;
  let next = size.rowIndex;
  // Rows whose merged areas are still to read: all of them when asked in bands, else none.
  let mergesFrom = merges === "banded" ? size.rowIndex : end;
  const take = (span: { values: unknown[][]; numberFormat: unknown[][] | null }): number => {
    raw.values.push(...span.values);
    if (span.numberFormat) raw.numberFormat?.push(...span.numberFormat);
    next += span.values.length;
    return (jsonLength(span.values) + (span.numberFormat ? jsonLength(span.numberFormat) : 0)) / span.values.length;
  };
  // Bytes per row: from the first rows, else the least the refused answer implies.
  let perRow = ANSWER_BUDGET_BYTES / Math.max(1, size.rowCount);
  if (size.first.values.length > 0) perRow = Math.max(perRow, take(size.first));
  while (next < end || mergesFrom < end) {
    let rows = Math.min(end - next, Math.max(1, Math.floor(ANSWER_BUDGET_BYTES / perRow)));
    for (;;) {
      // The span's values, and the merged areas of every row up to its end not read yet.
      const span = rows > 0 ? queueRows(sheet, next, rows, size, all) : null;
      const mergesTo = rows > 0 ? next + rows : end;
      const bands = mergesFrom < mergesTo ? queueMergeBands(sheet, mergesFrom, mergesTo - mergesFrom, size.columnIndex, size.columnCount) : [];
      // One sync per span, on purpose: each is what one answer can carry under the cap.
      if ((await trySync(context, sync, false)) === "tooLarge") {
        if (rows <= 1) throw toShellError({ code: "ResponsePayloadSizeLimitExceeded" }, sync.lang);
        rows = Math.floor(rows / 2);
        continue;
      }
      if (span) perRow = Math.max(perRow, take(spanOf(span, all)));
      raw.merged.push(...bands);
      mergesFrom = Math.max(mergesFrom, mergesTo);
      break;
    }
  }
  return { names: size.names, hidden: size.hidden, raw };
}

/**
 * The sheets a sync could not carry together: each in its own sync (with what `queueFirst` queues, in the
 * first sync that answers), and by rows when alone over the cap or past the merged-area limit.
 */
export async function readApart(
  context: Excel.RequestContext,
  sync: SyncOptions,
  merges: MergeReading,
  names: string[],
  queueFirst: () => void,
): Promise<RawSheet[]> {
  const raws: RawSheet[] = [];
  let firstPending = true;
  for (const name of names) {
    const withFirst = firstPending;
    firstPending = false;
    let reading = merges;
    // Merged areas in bands need the sheet's size first: those sheets are read by rows at once.
    if (reading !== "banded") {
      if (withFirst) queueFirst();
      const queued = queueSheet(context.workbook.worksheets.getItem(name), name, reading, "all");
      // One sync per sheet, on purpose: together they were refused.
      const outcome = await trySync(context, sync, reading === "whole");
      if (outcome === "answered") {
        raws.push(rawOf(queued));
        continue;
      }
      if (outcome === "tooManyMerges") reading = "banded";
    }
    // A refused sync carried nothing back: what it asked for first is asked again with the rows.
    if (withFirst) queueFirst();
    raws.push((await readByRows(context, sync, name, reading, () => true)).raw);
  }
  if (firstPending) {
    queueFirst();
    await syncWithTimeout(context, sync);
  }
  return raws;
}

/**
 * Fill colours in batches, one sync each (each batch is what one answer can carry under the cap); a batch
 * refused all the same (the answer larger than estimated) is read again in halves. Null when not even one
 * row of fills fits an answer: the reading goes on without them.
 */
export async function readFillBatches(context: Excel.RequestContext, sync: SyncOptions, sheet: Excel.Worksheet, batches: CellRect[][]): Promise<QueuedFills[] | null> {
  const read: QueuedFills[] = [];
  const pending = [...batches];
  for (let batch = pending.shift(); batch !== undefined; batch = pending.shift()) {
    const queued = queueFills(sheet, batch);
    if ((await trySync(context, sync, false)) === "answered") {
      read.push(...queued);
      continue;
    }
    const halves = halveBatch(batch);
    if (!halves) return null;
    pending.unshift(...halves);
  }
  return read;
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

/**
 * What the read asks of the sheet list: the names, and whether each is hidden (§3 v2 reads hidden sheets
 * last and says so). `visibility` reads from ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
 */
export const SHEET_LIST = "items/name, items/visibility";

/** The names of the hidden (and very hidden) sheets of a loaded sheet list. */
export function hiddenSheets(worksheets: Excel.WorksheetCollection): string[] {
  return worksheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name);
}

/** The names, the sheet's used range's size, header formats, merged areas (whole), and its first rows (used rows above `firstRows`). */
function queueSized(context: Excel.RequestContext, sheet: Excel.Worksheet, merges: MergeReading, all: boolean, firstRows: number): QueuedSized {
  const worksheets = context.workbook.worksheets;
  worksheets.load(SHEET_LIST);
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const formats = queueHeaderFormats(used);
  const merged = merges === "whole" ? queueMergedAreas(used) : null;
  const first = firstRows > 0 ? used.getIntersectionOrNullObject(`1:${firstRows}`) : null;
  first?.load(all ? "values, numberFormat" : "values");
  return { worksheets, sheet, used, formats, merged, first, all };
}

/** What `queueSized` loaded, once synced; the first rows start at the used range's top (it starts above them). */
function sizeOf(q: QueuedSized) {
  return {
    names: q.worksheets.items.map((s) => s.name),
    hidden: hiddenSheets(q.worksheets),
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
