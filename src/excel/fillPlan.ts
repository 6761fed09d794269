import type { SheetGrid } from "../core/grid";
import type { MatrixHeader } from "../core/header";
import { cellText } from "../core/text";
import { jsonLength } from "./payload";

/**
 * Where the core looks at fill colours (contract §8, months marked by colour): on the matrix sheet
 * only, in the data rows, the row-label column (banding) and the month columns. Reading fills there
 * and nowhere else keeps a 5,000-row validation under Excel on the web's 5 MB answer.
 */

/** 0-based, inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell's fill in the answer (and the comma after it), with room to spare. */
export const FILL_BYTES_PER_CELL = jsonLength({ format: { fill: { color: "#FFFFFF" } } }) + 5;
/** Fills one sync may answer: leaves room under the 5 MB cap for the other sheets read with them. */
export const FILL_BYTES_PER_SYNC = 3.5 * 1024 * 1024;

/**
 * The cells whose fills the core reads: data rows up to the last one with a row label (colour
 * counts only on labelled rows), in runs of adjacent columns among the label and month columns.
 */
export function fillRects(sheet: SheetGrid, header: MatrixHeader): CellRect[] {
  let bottom = -1;
  for (let r = sheet.values.length - 1; r >= header.dataRow; r--) {
    if (cellText(sheet.values[r]?.[header.resultColumn] ?? null) !== "") {
      bottom = r;
      break;
    }
  }
  if (bottom < header.dataRow) return [];
  const columns = [...new Set([header.resultColumn, ...header.monthColumns.filter((c): c is number => c !== null)])].sort((a, b) => a - b);
  const rects: CellRect[] = [];
  for (const c of columns) {
    const last = rects[rects.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else rects.push({ top: header.dataRow, left: c, bottom, right: c });
  }
  return rects;
}

/** Rects cut by rows so that each sync's fills stay within `bytesPerSync`; one array per sync. */
export function fillBatches(rects: readonly CellRect[], bytesPerSync = FILL_BYTES_PER_SYNC): CellRect[][] {
  const maxCells = Math.max(1, Math.floor(bytesPerSync / FILL_BYTES_PER_CELL));
  const batches: CellRect[][] = [];
  let batch: CellRect[] = [];
  let cells = 0;
  for (const rect of rects) {
    const width = rect.right - rect.left + 1;
    for (let top = rect.top; top <= rect.bottom; ) {
      if (cells + width > maxCells && batch.length > 0) {
        batches.push(batch);
        batch = [];
        cells = 0;
      }
      const rows = Math.min(rect.bottom - top + 1, Math.max(1, Math.floor((maxCells - cells) / width)));
      batch.push({ top, left: rect.left, bottom: top + rows - 1, right: rect.right });
      cells += rows * width;
      top += rows;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The wanted rects not wholly inside one of those already read. */
export function notCovered(wanted: readonly CellRect[], read: readonly CellRect[]): CellRect[] {
  return wanted.filter((w) => !read.some((r) => r.top <= w.top && r.left <= w.left && r.bottom >= w.bottom && r.right >= w.right));
}

/**
 * A batch refused as over the answer cap, in two halves (its rects split in two lists, or its one rect
 * by rows); null when it is one row already, too large to cut further.
 */
export function halveBatch(batch: readonly CellRect[]): CellRect[][] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const rect = batch[0];
  if (!rect || rect.bottom === rect.top) return null;
  const mid = rect.top + Math.floor((rect.bottom - rect.top + 1) / 2);
  return [[{ ...rect, bottom: mid - 1 }], [{ ...rect, top: mid }]];
}
