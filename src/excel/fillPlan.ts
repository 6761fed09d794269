import type { CellRect } from "../core/grid";
import { jsonLength } from "./payload";

/**
 * How the fill colours the core reads (core/locate.ts `fillRegions`: on the matrix sheet only, in its
 * rows' label and month columns) are fetched: in batches that keep each answer under Excel on the
 * web's 5 MB, so a 5,000-row validation reads its fills in one sync or a few.
 */

export type { CellRect };

/** One cell's fill in the answer (and the comma after it), with room to spare. */
export const FILL_BYTES_PER_CELL = jsonLength({ format: { fill: { color: "#FFFFFF" } } }) + 5;
/** Fills one sync may answer: leaves room under the 5 MB cap for the other sheets read with them. */
export const FILL_BYTES_PER_SYNC = 3.5 * 1024 * 1024;

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
