import type { CellValue, MergedRange, SheetGrid } from "../core/grid";
import { HEADER_SEARCH_ROWS } from "../core/header";
import { anchor, fillColour, parseAreas, toCellValue } from "./cellValues";
import type { CellRect } from "./fillPlan";
import { mergeBands } from "./readPlan";

/**
 * One sheet's cells as Office.js queues them and as the core reads them (anchored at A1): values,
 * number formats (a date is a number with a date format), merged areas and fill colours.
 */

/** How merged areas are asked for: none (ExcelApi below 1.13), the used range's in one read, or in bands (past 512 areas). */
export type MergeReading = "none" | "whole" | "banded";

/** A used range once read: its values and where they sit (0-based), whether read at once or by rows. */
export interface RawSheet {
  name: string;
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
  /** Number formats of the whole range (`all`), as `values`. */
  numberFormat?: unknown[][];
  /** Number formats of the header rows (the active sheet). */
  formats: Excel.Range | null;
  /** The merged areas, in one read or in bands (an area met by two bands is in both). */
  merged: Excel.RangeAreas[];
}

/** A sheet's used range as queued: values, where it sits, and its merged areas. */
export interface QueuedSheet {
  name: string;
  used: Excel.Range;
  /** Number formats of the header rows only (the active sheet), else null: those of the whole range come with the values. */
  formats: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

/**
 * Queues a sheet's used range: values (formatting that runs down a whole column must not make the read
 * huge), with the number formats of every cell (`all`) or of the rows where a header can be (`header`:
 * a date in a header row, months written as dates, must be known before looking for the matrix).
 */
export function queueSheet(sheet: Excel.Worksheet, name: string, merges: MergeReading, formats: "header" | "all"): QueuedSheet {
  const used = sheet.getUsedRange(true);
  used.load("values, rowIndex, columnIndex");
  if (formats === "all") used.load("numberFormat");
  const headerFormats = formats === "header" ? queueHeaderFormats(used) : null;
  return { name, used, formats: headerFormats, merged: merges === "whole" ? queueMergedAreas(used) : null };
}

export function queueHeaderFormats(used: Excel.Range): Excel.Range {
  return used.getIntersectionOrNullObject(`1:${HEADER_SEARCH_ROWS}`).load("numberFormat, rowIndex, columnIndex");
}

export function queueMergedAreas(range: Excel.Range): Excel.RangeAreas {
  return range.getMergedAreasOrNullObject().load("address");
}

/** The merged areas of those rows and columns, in bands Excel can answer (readPlan.ts). */
export function queueMergeBands(sheet: Excel.Worksheet, top: number, rows: number, left: number, columns: number): Excel.RangeAreas[] {
  return mergeBands(top, rows, left, columns).map((b) => queueMergedAreas(sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1)));
}

export function rawOf(q: QueuedSheet): RawSheet {
  const { used } = q;
  return {
    name: q.name,
    values: used.values,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    numberFormat: q.formats === null ? (used.numberFormat as unknown[][]) : undefined,
    formats: q.formats,
    merged: q.merged ? [q.merged] : [],
  };
}

export function gridOf(q: RawSheet, formats: "header" | "all"): SheetGrid {
  let values: CellValue[][];
  if (formats === "all") values = q.values.map((line, r) => line.map((v, c) => toCellValue(v, q.numberFormat?.[r]?.[c])));
  else {
    const head = q.formats && !q.formats.isNullObject ? q.formats : null;
    const headRows = head ? head.rowIndex - q.rowIndex + (head.numberFormat.length as number) : 0;
    values = q.values.map((line, r) => line.map((v, c) => toCellValue(v, r < headRows && head ? head.numberFormat[r]?.[c] : undefined)));
  }
  const grid: SheetGrid = { name: q.name, values: anchor(q.rowIndex, q.columnIndex, values, null) };
  const merges = mergedAreas(q.merged);
  if (merges) grid.merges = merges;
  return grid;
}

/** The areas of every read, each once; undefined when no read found any. */
function mergedAreas(reads: readonly Excel.RangeAreas[]): MergedRange[] | undefined {
  const found = reads.filter((m) => !m.isNullObject);
  if (found.length === 0) return undefined;
  const byCorners = new Map<string, MergedRange>();
  for (const m of found) for (const area of parseAreas(m.address)) byCorners.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
  return [...byCorners.values()];
}

/** A column's number formats, from its first to its last number below the header rows (dates in the data). */
export interface QueuedFormats {
  column: number;
  range: Excel.Range;
}

export function queueNumberFormats(sheet: Excel.Worksheet, grid: SheetGrid): QueuedFormats[] {
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

export function applyNumberFormats(grid: SheetGrid, raw: RawSheet, formats: QueuedFormats[]): void {
  for (const f of formats) {
    const top = f.range.rowIndex;
    f.range.numberFormat.forEach((line, i) => {
      const r = top + i;
      const v = raw.values[r - raw.rowIndex]?.[f.column - raw.columnIndex];
      if (typeof v === "number") grid.values[r][f.column] = toCellValue(v, line[0]);
    });
  }
}

export interface QueuedFills {
  rect: CellRect;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export function queueFills(sheet: Excel.Worksheet, rects: CellRect[]): QueuedFills[] {
  return rects.map((rect) => ({
    rect,
    result: sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1).getCellProperties({ format: { fill: { color: true } } }),
  }));
}

/** Fills into the A1-anchored grid, null where not read. */
export function putFills(grid: (string | null)[][], q: QueuedFills): void {
  q.result.value.forEach((line, i) => {
    const r = q.rect.top + i;
    while (grid.length <= r) grid.push([]);
    const row = grid[r];
    while (row.length <= q.rect.right) row.push(null);
    line.forEach((p, j) => (row[q.rect.left + j] = fillColour(p.format?.fill?.color)));
  });
}
