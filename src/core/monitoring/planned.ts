/**
 * *Programado* (P) of a month (contract §9): the quantity planned (§4), or 1 for a mark such as `X`.
 * Whether a month is scheduled is marks.ts's to say (and colour's, §8); this only says how much.
 *
 * Decisions where §9 is silent (docs/behaviour.md, Seguimiento):
 * - An amount is its quantity, whole or not (`3`, `2.5`, `"17,121.75"`, `"$ 250"`, `"2,000 libros"`),
 *   as §4 and marks.ts read it: the Realizado is reported in the same unit.
 * - A share is its fraction (`0.5`, `"50%"`, `"25% de la obra"` is 0.25): the part of the work planned
 *   that month, so reporting the same share done (`0.25` or `25%`) is 100 %. The scaffolded sheet's
 *   formulas take a number's value alike (a share typed as a number; as text they read no number).
 * - A mark word (`X`, `Sí`, `✓`…) and a month scheduled by its colour alone are 1.
 */
import type { CellValue } from "../grid";
import { parseAmountText } from "../numberText";
import { collapseSpaces } from "../text";

/** P of a scheduled month from its cell's value; 0 for a month not scheduled. */
export function plannedQuantity(value: CellValue, scheduled: boolean): number {
  if (!scheduled) return 0;
  if (typeof value === "number") return value > 0 ? value : 1;
  if (typeof value !== "string") return 1;
  const text = collapseSpaces(value);
  const n = parseAmountText(text);
  return n !== null && n.value > 0 ? n.value : 1;
}
