/**
 * What a month cell means (contract §4, plus the §8 "not applicable" marks).
 *
 * Decisions where §4 is silent:
 * - A whole number ≥ 1 stored as text (`"2"`, common when a column is formatted as text) means the
 *   same as the number: a quantity, scheduled, no issue. `"0"` as text is a zero.
 * - `Sí`/`Si`/`Yes` are recognised in any case (`SI`, `YES`), like every other label.
 * - `X/X` and `XX` (§8) are non-standard scheduled marks.
 * - A positive decimal or a percentage (`0.5`, `"50%"`, `"0,5"`; a 50 % number format reaches the
 *   core as 0.5) is a planned share (§8): scheduled, non-standard. `0%` is a zero.
 * - Booleans, dates, error values and negative numbers are invalid (§4).
 */
import { isCellError, type CellValue } from "./grid";
import { collapseSpaces, stripAccents } from "./text";

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

/** Marks that mean "scheduled" but are not the canonical `X`; compared case- and accent-free. */
const NONSTANDARD_MARKS = new Set(["x", "✓", "✔", "si", "yes", "•", "x/x", "xx"]);

/** Marks that mean "does not apply this month" (§8). */
const NOT_APPLICABLE_MARKS = new Set(["n/a", "na", "-", "—", "–"]);

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
  if (Number.isInteger(n)) return QUANTITY;
  return NONSTANDARD; // a planned share (§8)
}

/** `0.5`, `0,5`, `.5`, `50%`, `12.5 %`: a share written as text. */
const SHARE_TEXT = /^(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)$/;

function classifyText(raw: string): MarkClass {
  const trimmed = collapseSpaces(raw);
  if (trimmed.length === 0) return EMPTY;
  // `X` exactly is canonical; `X` with spaces around it still schedules, but is worth tidying.
  if (trimmed === "X") return raw === "X" ? CANONICAL : NONSTANDARD;
  const key = stripAccents(trimmed).toLowerCase();
  if (NONSTANDARD_MARKS.has(key)) return NONSTANDARD;
  if (NOT_APPLICABLE_MARKS.has(key)) return NOT_APPLICABLE;
  if (/^\d+$/.test(key)) return Number(key) === 0 ? ZERO : QUANTITY;
  const share = SHARE_TEXT.exec(key);
  if (share) {
    const n = Number(share[1].replace(",", "."));
    if (n === 0) return ZERO;
    return NONSTANDARD;
  }
  return INVALID;
}

/**
 * Whether a scheduled non-standard mark is a planned share (`0.5`, `"50%"`): turning it into `X`
 * drops the share, so that fix needs the planner's confirmation.
 */
export function isShareMark(value: CellValue): boolean {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 && !Number.isInteger(value);
  if (typeof value !== "string") return false;
  const key = collapseSpaces(value);
  return SHARE_TEXT.test(key) && !/^\d+$/.test(key);
}
