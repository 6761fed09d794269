import type { CellRect, SheetGrid } from "../core/grid";
import { fillRegions, locateMatrix, type LocateOptions, type Located } from "../core/locate";

/**
 * What the shell fetches, as data the core decides (core/locate.ts): which sheets' cells
 * (`sheetsToRead`), where fill colours are worth reading, and how merged areas are asked for. The
 * shell (readWorkbook.ts) only carries the plan out, in as few syncs as Excel's limits allow
 * (readInParts.ts).
 */
export { sheetsToRead } from "../core/locate";

/** Where the core reads fill colours (contract §8): the label and month columns of the matrix it locates, if any. */
export interface FillRegion {
  sheet: SheetGrid;
  rects: CellRect[];
}

/** What the matrix the core locates asks of the read: its fill regions, and whether seguimiento's settings matter. */
export interface ReadPlan {
  /** Where fills are read (contract §8); null when no matrix is found. */
  fills: FillRegion | null;
  /** The matrix has Realizado cells (§9): only then do seguimiento's settings matter. */
  monitoring: boolean;
}

/** Both answers from one location, so a read locates the matrix once. */
export function readPlanOf(located: Located): ReadPlan {
  if (!located.found) return { fills: null, monitoring: false };
  const { location } = located;
  return { fills: { sheet: location.sheet, rects: fillRegions(location) }, monitoring: location.blocks.some((b) => b.header.executedColumns !== null) };
}

export function fillsToRead(sheets: readonly SheetGrid[], options: LocateOptions): FillRegion | null {
  return readPlanOf(locateMatrix(sheets, options)).fills;
}

/**
 * Excel fails a merged-area read of a range holding more than 512 areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const MAX_MERGED_AREAS = 512;

/**
 * Rows `top`…`top + rows - 1` of columns `left`… cut into bands of at most 512 cells: disjoint merged
 * areas each hold a cell of a band they meet, so no band can hold more than 512 of them.
 */
export function mergeBands(top: number, rows: number, left: number, columns: number): CellRect[] {
  const width = Math.max(1, Math.min(columns, MAX_MERGED_AREAS));
  const height = Math.max(1, Math.floor(MAX_MERGED_AREAS / width));
  const bands: CellRect[] = [];
  for (let r = top; r < top + rows; r += height) {
    for (let c = left; c < left + columns; c += width) {
      bands.push({ top: r, left: c, bottom: Math.min(r + height, top + rows) - 1, right: Math.min(c + width, left + columns) - 1 });
    }
  }
  return bands;
}
