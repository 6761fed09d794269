/**
 * The catalog read from the matrix's own objective column (contract §8): where a workbook has no
 * `Objetivos` sheet but its objective cells carry an id and a text (`OE 4: Incrementar…`,
 * `OE4 - …`, `O.E. 4. …`), the objectives are the distinct ones of that column, in id order.
 * Each one's cell is the first cell where it appears (on the matrix sheet), for OBJECTIVE_NOT_COVERED.
 */
import { cellAddress } from "./address";
import type { Catalog, CatalogEntry } from "./catalog";
import type { SheetGrid } from "./grid";
import type { MatrixHeader } from "./header";
import { objectiveIdOf, parseObjectiveId } from "./objectiveId";
import { cellText } from "./text";

/** The id and its separator at the start of an objective cell, as written. */
const LEADING_ID = /^\s*o\s*\.?\s*e\s*\.?\s*\d{1,3}\s*[:.\-–—)]?\s*/i;

export function catalogFromObjectiveColumn(sheet: SheetGrid, header: MatrixHeader): Catalog | null {
  const col = header.objectiveColumn;
  if (col === null) return null;
  const byNumber = new Map<number, CatalogEntry>();
  let withText = 0;
  for (let r = header.dataRow; r < sheet.values.length; r++) {
    const text = cellText(sheet.values[r]?.[col] ?? null);
    if (text === "") continue;
    const alone = parseObjectiveId(text, { allowTrailingText: false });
    const n = alone ?? parseObjectiveId(text, { allowTrailingText: true });
    if (n === null) continue;
    const own = alone === null ? text.replace(LEADING_ID, "").trim() : "";
    if (alone === null && own !== "") withText++;
    const entry = byNumber.get(n);
    if (!entry) byNumber.set(n, { id: objectiveIdOf(n), text: own, cell: cellAddress(r, col) });
    else if (entry.text === "" && own !== "") entry.text = own;
  }
  if (withText === 0) return null;
  const entries = [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
  return { sheet: sheet.name, source: "column", entries };
}
