import { isCatalogSheetName } from "../core/catalog";
import type { SheetGrid } from "../core/grid";
import { chooseMatrix, findSheet } from "../core/matrixChoice";
import { fillRects, type CellRect } from "./fillPlan";

/**
 * What the shell fetches, as data decided from what the core will read: which sheets' cells, where
 * fill colours are worth reading, and how merged areas are asked for. The shell (readWorkbook.ts)
 * only carries the plan out, in as few syncs as Excel's limits allow (readInParts.ts).
 */

/** The sheets whose cells the core reads: every sheet, or the named one (as the core finds it) and the catalog. */
export function sheetsToRead(names: readonly string[], sheet: string | undefined): string[] {
  if (sheet === undefined) return [...names];
  const wanted = findSheet(
    names.map((name) => ({ name })),
    sheet,
  )?.name;
  return names.filter((name) => name === wanted || isCatalogSheetName(name));
}

/** Where the core reads fill colours (contract §8): the label and month columns of the matrix it chooses, if any. */
export interface FillRegion {
  sheet: SheetGrid;
  rects: CellRect[];
}

export function fillsToRead(sheets: readonly SheetGrid[], sheet?: string): FillRegion | null {
  const choice = chooseMatrix(sheets, sheet);
  return choice.found ? { sheet: choice.sheet, rects: fillRects(choice.sheet, choice.header) } : null;
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
