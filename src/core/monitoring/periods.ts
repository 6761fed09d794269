/** The periods a cumplimiento is given for (contract §9): quarters, semesters and the year, as month spans. */
import type { CompliancePeriod } from "../model";

/** First and last month (0…11) of each period. */
export const PERIOD_MONTHS: Readonly<Record<CompliancePeriod, readonly [number, number]>> = {
  T1: [0, 2],
  T2: [3, 5],
  T3: [6, 8],
  T4: [9, 11],
  S1: [0, 5],
  S2: [6, 11],
  year: [0, 11],
};

export const PERIODS: readonly CompliancePeriod[] = ["T1", "T2", "T3", "T4", "S1", "S2", "year"];

/** The periods a table of cumplimiento shows (the pane's semáforo table, the CLI's Seguimiento section): the quarters, then the year to the corte. */
export const TABLE_PERIODS = ["T1", "T2", "T3", "T4", "year"] as const satisfies readonly CompliancePeriod[];
export type TablePeriod = (typeof TABLE_PERIODS)[number];
