/**
 * The corte (contract §9): the last month whose execution is due, 0…12 (months 1…M are due; 0, none).
 * Given by the planner, or else from the plan's year and today's date, which the caller passes in:
 * the core never reads the clock.
 */

import { monthIndex } from "../months";

/** Today's year and month (1…12), from the planner's local date. */
export interface Today {
  year: number;
  month: number;
}

export function isCorte(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 12;
}

/**
 * A past year's plan is due in full (12), a future year's not at all (0), the current year's up to the
 * month before today's: the month under way is not yet due. A plan whose year is unknown is taken as
 * the current year's, the plan a planner is most likely reporting against.
 */
export function defaultCorte(planYear: number | null, today: Today): number {
  const year = planYear ?? today.year;
  if (year < today.year) return 12;
  if (year > today.year) return 0;
  return today.month - 1;
}

/**
 * The given corte, else the default; with no date from the shell either, the whole year is due (12: a
 * caller that wants a corte gives one). A given value outside 0…12 is the caller's to refuse first
 * (`isCorte`); here it throws.
 */
export function resolveCorte(given: number | null | undefined, planYear: number | null, today: Today | undefined): number {
  if (given === null || given === undefined) return today ? defaultCorte(planYear, today) : 12;
  if (!isCorte(given)) throw new RangeError(`corte must be a whole month 0…12, got ${String(given)}`);
  return given;
}

/**
 * A corte as a planner writes it (`--month`, the pane's picker): a whole month `0`…`12`, or a month's
 * name in Spanish or English, full or short (`marzo`, `Mar`, `March`: 3), as the matrix's headers are
 * read. Null for anything else, for the caller to refuse with a message.
 */
export function parseCorte(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return isCorte(n) ? n : null;
  }
  const month = monthIndex(t);
  return month === null ? null : month + 1;
}
