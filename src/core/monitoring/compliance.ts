/**
 * Cumplimiento (contract §9). A row's, over a period: ΣR / ΣP over its scheduled months of that period
 * up to the corte; null when there is no such month; not capped, so over-achievement shows. An
 * objective's or the institution's: the mean over their rows with a due month, each row capped at
 * 100 %, so that one row's excess never hides another's shortfall.
 *
 * A scheduled month up to the corte with no Realizado (blank, or not a number) counts as 0 done: its
 * execution is due, and leaving it out would let a row that reports only its good months show 100 %.
 * `REPORT_MISSING` (or `INVALID_EXECUTED_VALUE`) tells the planner why the figure is low. A Realizado in
 * an unscheduled month, or after the corte, counts nowhere.
 */
import type { Compliance, CompliancePeriod } from "../model";
import { executedQuantity, type ExecutedValue } from "./executed";
import { PERIODS, PERIOD_MONTHS } from "./periods";

/** A row's plan and execution, month by month (12 each). */
export interface Execution {
  /** Programado: the quantity planned (1 for a mark such as `X`); 0 when the month is not scheduled. */
  planned: readonly number[];
  /** Realizado, as classified by the reader. */
  executed: readonly ExecutedValue[];
}

/** Whether the month (0…11) is scheduled and its execution due at the corte (0…12). */
export function isDue(planned: readonly number[], month: number, corte: number): boolean {
  return planned[month] > 0 && month < corte;
}

/** ΣR / ΣP over the due months from `first` to `last` (0…11, inclusive); null when none is due. */
function spanCompliance(row: Execution, corte: number, first: number, last: number): number | null {
  let planned = 0;
  let done = 0;
  for (let month = first; month <= last; month++) {
    if (!isDue(row.planned, month, corte)) continue;
    planned += row.planned[month];
    done += executedQuantity(row.executed[month]) ?? 0;
  }
  return planned > 0 ? done / planned : null;
}

function complianceOf(
  ofMonth: (month: number) => number | null,
  ofPeriod: (period: CompliancePeriod) => number | null,
): Compliance {
  const periods = {} as Record<CompliancePeriod, number | null>;
  for (const period of PERIODS) periods[period] = ofPeriod(period);
  return { months: Array.from({ length: 12 }, (_, month) => ofMonth(month)), ...periods };
}

/** A row's cumplimiento, per month and period, not capped. */
export function rowCompliance(row: Execution, corte: number): Compliance {
  return complianceOf(
    (month) => spanCompliance(row, corte, month, month),
    (period) => spanCompliance(row, corte, ...PERIOD_MONTHS[period]),
  );
}

/** The mean of the figures that exist, each capped at 1; null when none does. */
function meanCapped(figures: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const figure of figures) {
    if (figure === null) continue;
    sum += Math.min(figure, 1);
    count++;
  }
  return count > 0 ? sum / count : null;
}

/**
 * The cumplimiento of a group of rows (an objective, the institution), per month and period: the
 * mean, over the rows with a due month in it, of each row's figure capped at 100 %.
 */
export function groupCompliance(rows: readonly Compliance[]): Compliance {
  return complianceOf(
    (month) => meanCapped(rows.map((row) => row.months[month])),
    (period) => meanCapped(rows.map((row) => row[period])),
  );
}
