/** The semáforo of a cumplimiento (contract §9), with the thresholds the workbook holds. */
import type { Report, ReportObjective, ReportSummary, SemaforoStatus } from "../model";

/** Ratios (1 = 100 %): at or above `cumplido` is green, at or above `enRiesgo` amber, below it red. */
export interface SemaforoThresholds {
  cumplido: number;
  enRiesgo: number;
}

export const DEFAULT_THRESHOLDS: Readonly<SemaforoThresholds> = { cumplido: 1, enRiesgo: 0.8 };

/**
 * Sums of fractional quantities land a hair under a threshold (0.1 + 0.2 + 0.7 < 1): a figure the
 * planner sees as 100 % must be green, so the comparison forgives float noise, nothing a display shows.
 */
export const FLOAT_NOISE = 1e-9;

/** The status of a figure; null (no due month) is `sin_programacion`. */
export function semaforo(figure: number | null, thresholds: SemaforoThresholds = DEFAULT_THRESHOLDS): SemaforoStatus {
  if (figure === null) return "sin_programacion";
  if (figure >= thresholds.cumplido - FLOAT_NOISE) return "cumplido";
  if (figure >= thresholds.enRiesgo - FLOAT_NOISE) return "en_riesgo";
  return "critico";
}

/**
 * A report whose matrix has Realizado cells (§9). Validation then always gives its corte, where the corte came
 * from, the thresholds it judged by, and every objective's and the institution's figure and semáforo: a shell
 * shows them as given, deciding none of them a second time.
 */
export type MonitoredReport = Omit<Report, "reportMonth" | "corteSource" | "thresholds" | "objectives" | "summary"> & {
  reportMonth: number;
  corteSource: NonNullable<Report["corteSource"]>;
  thresholds: SemaforoThresholds;
  objectives: (ReportObjective & Required<Pick<ReportObjective, "compliance" | "status">>)[];
  summary: ReportSummary & Required<Pick<ReportSummary, "compliance" | "status">>;
};

/** Whether the report is monitored: the matrix has Realizado cells, so the report carries its corte. */
export function isMonitored(report: Report | null | undefined): report is MonitoredReport {
  return report?.reportMonth !== undefined;
}
