/**
 * The catalogs read from the matrix's own objective column (contract §3 v2 rules 3 and 5, §8):
 * - where its cells carry an id and a text (`OE 4: Incrementar…`, `OE4 - …`, `O.E. 4. …`), the
 *   objectives are the distinct ones of that column, in id order (rule 3, `column`);
 * - where they hold bare ids only (`OE1`, `3`), the distinct ids, with no text (rule 5, `ids`).
 * Each one's cell is the first cell where it appears (on the matrix sheet), for OBJECTIVE_NOT_COVERED.
 */
import { cellAddress } from "./address";
import type { MatrixBlock } from "./blocks";
import type { Catalog, CatalogEntry } from "./catalog";
import type { CellValue, SheetGrid } from "./grid";
import { objectiveIdOf, splitLeadingId } from "./objectiveId";
import { cellText } from "./text";

export interface ColumnCatalogs {
  /** Rule 3: some cells carry an id and a text. */
  withText: Catalog | null;
  /** Rule 5: the cells hold bare ids only. */
  idsOnly: Catalog | null;
}

/**
 * The column's cells in every block's rows, those with no row label too: an objective written with no
 * activity under it yet is one the plan has to cover.
 */
export function catalogsFromObjectiveColumn(sheet: SheetGrid, blocks: readonly MatrixBlock[]): ColumnCatalogs {
  const byNumber = new Map<number, CatalogEntry>();
  let withText = 0;
  let other = 0;
  // A column repeats a handful of values: each distinct text is parsed once.
  const seen = new Set<string>();
  for (const cell of objectiveCells(sheet, blocks)) {
    const text = cellText(cell.value);
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    const id = splitLeadingId(text);
    if (id === null) {
      other++;
      continue;
    }
    const { n, rest: own } = id;
    if (own !== "") withText++;
    const entry = byNumber.get(n);
    if (!entry) byNumber.set(n, { id: objectiveIdOf(n), text: own, cell: cellAddress(cell.row, cell.col) });
    else if (entry.text === "" && own !== "") entry.text = own;
  }
  const entries = [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
  if (withText > 0) return { withText: { sheet: sheet.name, source: "column", entries }, idsOnly: null };
  if (entries.length > 0 && other === 0) return { withText: null, idsOnly: { sheet: sheet.name, source: "ids", entries } };
  return { withText: null, idsOnly: null };
}

function* objectiveCells(sheet: SheetGrid, blocks: readonly MatrixBlock[]): Generator<{ row: number; col: number; value: CellValue }> {
  for (const { header, end } of blocks) {
    const col = header.objectiveColumn;
    if (col === null) continue;
    const last = Math.min(end, sheet.values.length);
    for (let r = header.dataRow; r < last; r++) {
      const value = sheet.values[r]?.[col] ?? null;
      if (value !== null) yield { row: r, col, value };
    }
  }
}
