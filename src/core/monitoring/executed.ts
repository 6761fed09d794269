/**
 * A Realizado cell (contract §9) as the reader reads it: blank (not reported), a number ≥ 0, or
 * anything else (`INVALID_EXECUTED_VALUE`). §4's number rules apply through numberText.ts, their one
 * owner; the add-in's watch turns only some of these texts into numbers (executedText.ts builds on
 * `classifyExecuted`, so it never gives a number this reading would not).
 *
 * Decisions where §9 is silent:
 * - A number stored as text is its number (`3 `, `1.500`, `$ 250`, `Bs 980,50`), a percentage its
 *   fraction (`50%` is 0.5, the share a `50%` plan month plans), and a quantity with its unit its
 *   quantity (`3 talleres` is 3), as §4 reads the plan's months: the planner wrote how much was done.
 * - The not-applicable marks (`N/A`, `-`, `—`) are blank: nothing is reported, so a due month still
 *   asks for its Realizado (`REPORT_MISSING`) and no other month raises anything.
 * - Negative amounts (a typed `-0` too), mark words (`X`, `Sí`), other text, booleans, dates and error
 *   values are invalid: none says how much was done.
 */
import type { CellValue } from "../grid";
import { NOT_APPLICABLE_MARK_WORDS } from "../marks";
import { parseAmountText } from "../numberText";
import { collapseSpaces } from "../text";

export type ExecutedValue = { kind: "blank" } | { kind: "number"; value: number } | { kind: "invalid"; raw: CellValue };

const BLANK: ExecutedValue = { kind: "blank" };
const NOT_APPLICABLE = new Set(NOT_APPLICABLE_MARK_WORDS);

/** The quantity reported, or null where none is (blank or invalid). */
export function executedQuantity(value: ExecutedValue): number | null {
  return value.kind === "number" ? value.value : null;
}

/** What a Realizado cell holds, by §4's number rules. */
export function classifyExecuted(value: CellValue): ExecutedValue {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") return amount(value, value);
  if (typeof value !== "string") return { kind: "invalid", raw: value };
  const text = collapseSpaces(value);
  if (text === "" || NOT_APPLICABLE.has(text.toLowerCase())) return BLANK;
  const n = parseAmountText(text);
  return n === null ? { kind: "invalid", raw: value } : amount(n.value, value);
}

function amount(n: number, raw: CellValue): ExecutedValue {
  return Number.isFinite(n) && n >= 0 && !Object.is(n, -0) ? { kind: "number", value: n } : { kind: "invalid", raw };
}
