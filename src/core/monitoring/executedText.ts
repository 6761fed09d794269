/**
 * Which Realizado typed as text the add-in turns into the number it plainly is (contract §9: the
 * consistency watch keeps Realizado cells numeric), so the sheet's own cumplimiento counts what
 * `poa validate` counts. Only text whose value nobody could read otherwise is turned: digits with
 * spaces around them (`3 `), a decimal part (`2,5`, `0.75`), thousands grouped unmistakably
 * (`1.500.000`, `1,500.50`, `10 000`). Left as typed: a single separator before exactly three digits
 * (`1.500` is 1500 or 1.5 depending on who typed it; the validation report reads it by §4's rule),
 * currency signs and units (turning `$ 250` into 250 would drop what the planner wrote), percentages,
 * negatives and anything else. What is turned is always the number the reader reads (executed.ts, which
 * holds the number rules through numberText.ts): this only narrows it to the texts with one reading.
 */
import type { CellValue } from "../grid";
import { isAmbiguousSeparator } from "../numberText";
import { collapseSpaces } from "../text";
import { classifyExecuted } from "./executed";

/** Digits, `.`, `,` and spaces (ordinary, no-break, thin) only: no currency, sign, percent or word. */
const PLAIN_AMOUNT = /^[0-9.,\s\u00a0\u2009\u202f]+$/;

/** The number a Realizado text plainly is, or null to leave the cell as typed. */
export function unambiguousAmount(value: CellValue): number | null {
  if (typeof value !== "string") return null;
  const text = collapseSpaces(value);
  if (text === "" || !PLAIN_AMOUNT.test(text) || isAmbiguousSeparator(text)) return null;
  const read = classifyExecuted(text);
  return read.kind === "number" ? read.value : null;
}
