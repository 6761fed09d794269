/**
 * The report's seguimiento additions (contract §9) from the matrix's rows and a corte: per row the
 * Realizado and cumplimiento, per objective and for the institution the capped mean and its semáforo,
 * and the Realizado checks. The caller merges them into the §7 report, only where the sheet has
 * Realizado cells.
 */
import type { Compliance, Issue, Lang, RowLevel, SemaforoStatus } from "../model";
import { groupCompliance, rowCompliance } from "./compliance";
import { isCorte } from "./corte";
import { executedQuantity } from "./executed";
import { checkExecution, type MonitoredRow } from "./executionChecks";
import { DEFAULT_THRESHOLDS, semaforo, type SemaforoThresholds } from "./semaforo";

export interface MonitoringInput {
  sheet: string;
  lang: Lang;
  level?: RowLevel;
  /** 0…12, as `resolveCorte` gives it. */
  corte: number;
  thresholds?: SemaforoThresholds;
  /** The catalog's objective ids, in the report's order. */
  objectives: readonly string[];
  rows: readonly MonitoredRow[];
}

/** A figure and the semáforo of its year to the corte. */
export interface JudgedCompliance {
  compliance: Compliance;
  status: SemaforoStatus;
}

export interface MonitoringReport {
  reportMonth: number;
  /** In the order of the input's rows. */
  rows: { executed: (number | null)[]; compliance: Compliance }[];
  /** In the order of the input's objectives. */
  objectives: ({ id: string } & JudgedCompliance)[];
  /** The institution: every row, mapped or not. */
  summary: JudgedCompliance;
  issues: Issue[];
}

export function monitoringReport(input: MonitoringInput): MonitoringReport {
  const { corte, rows } = input;
  if (!isCorte(corte)) throw new RangeError(`corte must be a whole month 0…12, got ${String(corte)}`);
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  const judged = (compliance: Compliance): JudgedCompliance => ({ compliance, status: semaforo(compliance.year, thresholds) });

  const figures = rows.map((row) => rowCompliance(row, corte));
  const objectives = input.objectives.map((id) => ({
    id,
    ...judged(groupCompliance(figures.filter((_, i) => rows[i].objective === id))),
  }));
  return {
    reportMonth: corte,
    rows: rows.map((row, i) => ({ executed: row.executed.map(executedQuantity), compliance: figures[i] })),
    objectives,
    summary: judged(groupCompliance(figures)),
    issues: checkExecution({ sheet: input.sheet, lang: input.lang, level: input.level, corte, rows }),
  };
}
