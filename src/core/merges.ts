/**
 * Merged areas: a value sits in the area's top-left cell and counts for the whole area
 * (a `Resultado` label merged over two header rows, an objective merged down over its results).
 */
import type { CellValue, MergedRange, SheetGrid } from "./grid";

export interface CellPos {
  row: number;
  col: number;
}

/** The merged area covering a cell, by a linear scan: for the few header cells only. */
export function mergeAt(merges: readonly MergedRange[] | undefined, row: number, col: number): MergedRange | null {
  if (!merges) return null;
  for (const m of merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return null;
}

export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const line = sheet.values[row];
  if (!line) return null;
  const v = line[col];
  return v === undefined ? null : v;
}

/**
 * For one column, the top-left cell of the merged area covering each row that is merged,
 * built once so reading a 100k-row column stays linear (clamped to the grid's rows).
 */
export function columnMergeOwners(sheet: SheetGrid, col: number): Map<number, CellPos> {
  const owners = new Map<number, CellPos>();
  const merges = sheet.merges;
  if (!merges) return owners;
  const lastRow = sheet.values.length - 1;
  for (const m of merges) {
    if (col < m.left || col > m.right) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    const bottom = Math.min(m.bottom, lastRow);
    for (let r = Math.max(m.top, 0); r <= bottom; r++) {
      if (!owners.has(r)) owners.set(r, { row: m.top, col: m.left });
    }
  }
  return owners;
}
