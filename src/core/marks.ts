/**
 * What a month cell means (contract §4, plus the §8 "not applicable" marks).
 *
 * Decisions where §4 is silent:
 * - A whole number ≥ 1 stored as text (`"2"`, common when a column is formatted as text) means the
 *   same as the number: a quantity, scheduled, no issue. `"0"` as text is a zero. Numbers stored as
 *   text with separators, spaces or a currency (`10,000.00`, `1.500`, `$ 250`, `Bs 980,50`) are read
 *   by `numberText.ts` (which decides `1.500` from `1,5`) and then mean their number.
 * - Mark words (`Sí`, `Yes`, `✓`…) are recognised in any case (`SI`, `YES`); the only accent they take
 *   is the one of `Sí`, typed or as a combining mark, so that the sheet's own validation formula can
 *   accept exactly these words (a formula cannot fold accents): `sì` or `ẍ` are other text.
 * - `X/X` and `XX` (§8) are non-standard scheduled marks.
 * - A decimal below 1 or a percentage (`0.5`, `"50%"`, `"0,5"`; a 50 % number format reaches the
 *   core as 0.5) is a planned share (§8): scheduled, non-standard. `0%` is a zero. A decimal of 1 or
 *   more (`2.5`, `"17,121.75"`, `"Bs 980,50"`) is an amount, as budget forms plan their months: a
 *   quantity, scheduled, no issue (a share is a part of one; no planner writes 463.75 % of a task as
 *   463.75, and warning on every amount of a budget form would bury the real issues).
 * - A quantity with its unit or a share in words (`2,000 libros producidos`, `25% de la obra`) is
 *   scheduled, non-standard (v2); with a zero (`0 talleres`) it is a zero, not scheduled, no issue.
 * - Booleans, dates, error values and negative numbers (typed or as text, `-0` included) are invalid (§4).
 */
import { isCellError, type CellValue } from "./grid";
import { parseAmountText, parseNumberText, parseQuantityText, type NumberText } from "./numberText";
import { collapseSpaces } from "./text";

export type MarkKind = "empty" | "canonical" | "quantity" | "zero" | "notApplicable" | "nonstandard" | "invalid";

export interface MarkClass {
  kind: MarkKind;
  /** Whether the month counts as scheduled. */
  scheduled: boolean;
}

const EMPTY: MarkClass = { kind: "empty", scheduled: false };
const CANONICAL: MarkClass = { kind: "canonical", scheduled: true };
const QUANTITY: MarkClass = { kind: "quantity", scheduled: true };
const ZERO: MarkClass = { kind: "zero", scheduled: false };
const NOT_APPLICABLE: MarkClass = { kind: "notApplicable", scheduled: false };
const NONSTANDARD: MarkClass = { kind: "nonstandard", scheduled: true };
const INVALID: MarkClass = { kind: "invalid", scheduled: false };

/**
 * Words that mean "scheduled" (the canonical `x` among them), in lower case. The sheet's formulas
 * (layout.ts) are built from these lists, so the workbook and the core know the same words.
 */
export const SCHEDULED_MARK_WORDS: readonly string[] = ["x", "✓", "✔", "sí", "si", "yes", "•", "x/x", "xx"];

/** Words that mean "does not apply this month" (§8), in lower case. */
export const NOT_APPLICABLE_MARK_WORDS: readonly string[] = ["n/a", "na", "-", "—", "–"];

const SCHEDULED_WORDS = new Set(SCHEDULED_MARK_WORDS);
const NOT_APPLICABLE_WORDS = new Set(NOT_APPLICABLE_MARK_WORDS);

/** Combining marks, as text pasted in decomposed form carries them (`si` + U+0301). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function classifyMark(value: CellValue): MarkClass {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return classifyNumber(value);
  if (typeof value === "string") return classifyText(value);
  // Booleans, dates and error values are never a mark.
  if (typeof value === "boolean" || value instanceof Date || isCellError(value)) return INVALID;
  return INVALID;
}

function classifyNumber(n: number): MarkClass {
  if (n === 0) return ZERO;
  if (!Number.isFinite(n) || n < 0) return INVALID;
  // A part of one is a planned share (§8); 1 or more, whole or not, is a quantity or an amount.
  return n < 1 ? NONSTANDARD : QUANTITY;
}

/** An amount read from text: a sign typed before a zero still makes it negative, hence invalid. */
function classifyAmount(n: NumberText): MarkClass {
  if (n.value < 0 || Object.is(n.value, -0)) return INVALID;
  if (n.percent) return n.value === 0 ? ZERO : NONSTANDARD;
  return classifyNumber(n.value);
}

function classifyText(raw: string): MarkClass {
  const trimmed = collapseSpaces(raw);
  if (trimmed.length === 0) return EMPTY;
  // `X` exactly is canonical; `X` with spaces around it still schedules, but is worth tidying.
  if (trimmed === "X") return raw === "X" ? CANONICAL : NONSTANDARD;
  const key = trimmed.replace(COMBINING_MARKS, "").toLowerCase();
  if (SCHEDULED_WORDS.has(key)) return NONSTANDARD;
  if (NOT_APPLICABLE_WORDS.has(key)) return NOT_APPLICABLE;
  const amount = parseNumberText(trimmed);
  if (amount) return classifyAmount(amount);
  const quantity = parseQuantityText(trimmed);
  if (quantity) {
    const kind = classifyAmount(quantity);
    return kind.kind === "invalid" || kind.kind === "zero" ? kind : NONSTANDARD;
  }
  return INVALID;
}

/**
 * Whether a scheduled non-standard mark carries an amount that an `X` would lose: a planned share
 * (`0.5`, `"50%"`, `"0,5"`) or a quantity with its unit (`"25% de la obra"`).
 * Turning it into `X` needs the planner's confirmation.
 */
export function isShareMark(value: CellValue): boolean {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 && value < 1;
  if (typeof value !== "string" || classifyMark(value).kind !== "nonstandard") return false;
  const trimmed = collapseSpaces(value);
  return parseAmountText(trimmed) !== null;
}
