import type { Lang, Report, SemaforoStatus } from "../../core/model";
import { statusWord } from "../../core/messages";
import { corteSpan, percentText } from "../../core/monitoring/monitoringWords";
import { EXECUTION_CODES } from "../../core/monitoring/executionChecks";
import { TABLE_PERIODS, type TablePeriod } from "../../core/monitoring/periods";
import { isMonitored, semaforo } from "../../core/monitoring/semaforo";
import type { AddMonitoringResult, ShellValidationOutcome } from "../../excel/shell";
import { causeGroups, initialReportView, reportViewReducer, type IssueGroupView, type ReportViewState } from "../validate/reportView";
import type { SeguimientoStrings } from "./seguimientoText";

/**
 * The Seguimiento view (contract §9) as pure state and selectors, tested without React: what the last
 * evaluation found, the corte the planner picked, *Agregar seguimiento*'s outcome and name conflict, the
 * notice announcing each outcome, and the report laid out for the view (semáforo table, institution,
 * thresholds, the Realizado issues by cause).
 */

export type Running = "evaluate" | "add" | null;

/** The outcome of the last action, for the action bar's live region. */
export type SeguimientoNotice =
  | { kind: "evaluated"; corte: number }
  | { kind: "noRealizado" }
  | { kind: "notFound" }
  | { kind: "added"; matrixSheet: string; monitoringSheet: string; notes: string[] }
  | { kind: "refused"; message: string }
  | { kind: "cancelled" }
  | { kind: "failed"; during: "evaluate" | "add" };

/** *Agregar seguimiento* refused because the sheet's name is taken: what to ask. */
export interface NameConflict {
  taken: string[];
  suggestion: string;
}

export interface SeguimientoState {
  running: Running;
  outcome: ShellValidationOutcome | null;
  /** The corte the planner picked; null: the workbook's or §9's default, as the report says. */
  picked: number | null;
  conflict: NameConflict | null;
  notice: SeguimientoNotice | null;
  /** Bumped with every notice, so the view brings it into view even when it reads as before. */
  noticeCount: number;
  /** How the Realizado issues are shown (by cause, the groups opened in full): Validar's report view. */
  view: ReportViewState;
}

export type SeguimientoAction =
  | { type: "start"; running: Exclude<Running, null> }
  | { type: "pick"; month: number }
  /** `announce: false` after Agregar seguimiento: its own notice stays. */
  | { type: "evaluated"; outcome: ShellValidationOutcome; announce?: boolean }
  | { type: "added"; result: AddMonitoringResult; suggestion?: string }
  | { type: "failed" }
  | { type: "cancelConflict" }
  | { type: "confirmConflict" }
  | { type: "expand"; group: string };

export const initialSeguimiento: SeguimientoState = { running: null, outcome: null, picked: null, conflict: null, notice: null, noticeCount: 0, view: initialReportView };

function announce(state: SeguimientoState, notice: SeguimientoNotice): SeguimientoState {
  return { ...state, notice, noticeCount: state.noticeCount + 1 };
}

function evaluationNotice(outcome: ShellValidationOutcome): SeguimientoNotice {
  if (!outcome.ok) return { kind: "notFound" };
  const corte = outcome.report.reportMonth;
  return corte === undefined ? { kind: "noRealizado" } : { kind: "evaluated", corte };
}

export function seguimientoReducer(state: SeguimientoState, action: SeguimientoAction): SeguimientoState {
  switch (action.type) {
    case "start":
      return { ...state, running: action.running, conflict: null };
    case "pick":
      return { ...state, picked: action.month };
    case "evaluated": {
      // A new report: its groups start collapsed.
      const next = { ...state, running: null, outcome: action.outcome, view: initialReportView };
      return action.announce === false ? next : announce(next, evaluationNotice(action.outcome));
    }
    case "added": {
      const r = action.result;
      if (r.ok) return announce({ ...state, running: null }, { kind: "added", matrixSheet: r.matrixSheet, monitoringSheet: r.monitoringSheet, notes: r.notes ?? [] });
      if ("conflicts" in r) return { ...state, running: null, conflict: { taken: r.conflicts, suggestion: action.suggestion ?? "" } };
      return announce({ ...state, running: null }, { kind: "refused", message: r.message });
    }
    case "failed":
      return announce({ ...state, running: null }, { kind: "failed", during: state.running ?? "evaluate" });
    case "cancelConflict":
      return announce({ ...state, conflict: null }, { kind: "cancelled" });
    case "confirmConflict":
      return { ...state, conflict: null };
    case "expand": {
      const view = reportViewReducer(state.view, action);
      return view === state.view ? state : { ...state, view };
    }
  }
}

/** The report the view shows: a located matrix's, else null. */
export function reportOf(state: SeguimientoState): Report | null {
  return state.outcome?.ok ? state.outcome.report : null;
}

/** The primary action: *Agregar seguimiento* on the add-in's own matrix without Realizado, else *Evaluar*. */
export function primaryAction(state: SeguimientoState): "evaluate" | "add" {
  const report = reportOf(state);
  return report && !isMonitored(report) && state.outcome?.addinMatrix === true ? "add" : "evaluate";
}

/** The corte the picker shows: the one being evaluated, else the report's; null before any report. */
export function shownCorte(state: SeguimientoState): number | null {
  const report = reportOf(state);
  if (state.running === "evaluate" && state.picked !== null) return state.picked;
  return isMonitored(report) ? report.reportMonth : state.picked;
}

/** The picker's options: 0 (`none`: nothing due yet) and the twelve months, by the pane's names for them. */
export function corteOptions(months: readonly string[], none: string): { value: number; label: string }[] {
  return [{ value: 0, label: none }, ...months.map((label, i) => ({ value: i + 1, label }))];
}

export interface FigureView {
  /** `75 %`, or `—` where nothing is due. */
  text: string;
  status: SemaforoStatus;
  word: string;
}

export interface SemaforoRow {
  id: string;
  text: string;
  cells: Record<TablePeriod, FigureView>;
}

export interface MonitoringView {
  corte: number;
  /** What the corte evaluates, in running text: `enero a marzo`. */
  span: string;
  source: "given" | "workbook" | "default";
  rows: SemaforoRow[];
  institution: FigureView;
  thresholds: string;
  notes: string[];
  groups: IssueGroupView[];
}

function figure(lang: Lang, value: number | null | undefined, status: SemaforoStatus): FigureView {
  return { text: percentText(lang, value), status, word: statusWord(lang, status) };
}

/**
 * The monitored report laid out for the view; null where the matrix has no Realizado. The report gives a
 * status for the year only: each quarter's is the core's semáforo of its figure by the report's thresholds.
 */
export function monitoringView(report: Report | null, lang: Lang, s: SeguimientoStrings, view: ReportViewState): MonitoringView | null {
  if (!isMonitored(report)) return null;
  const thresholds = report.thresholds;
  const rows = report.objectives.map((o) => {
    const cells = Object.fromEntries(
      TABLE_PERIODS.map((p) => [p, figure(lang, o.compliance[p], p === "year" ? o.status : semaforo(o.compliance[p], thresholds))]),
    ) as Record<TablePeriod, FigureView>;
    return { id: o.id, text: o.text, cells };
  });
  const summary = report.summary;
  const monitoringOnly = { ...report, issues: report.issues.filter((i) => EXECUTION_CODES.has(i.code)) };
  return {
    corte: report.reportMonth,
    span: corteSpan(lang, report.reportMonth),
    source: report.corteSource,
    rows,
    institution: figure(lang, summary.compliance.year, summary.status),
    thresholds: s.thresholds(percentText(lang, thresholds.cumplido), percentText(lang, thresholds.enRiesgo)),
    notes: report.notes ?? [],
    groups: causeGroups(monitoringOnly, lang, view),
  };
}

/** The notice's words; null where there is none. */
export function noticeText(notice: SeguimientoNotice | null, lang: Lang, s: SeguimientoStrings, notFound: string): string | null {
  if (notice === null) return null;
  switch (notice.kind) {
    case "evaluated":
      return s.evaluated(corteSpan(lang, notice.corte));
    case "noRealizado":
      return s.noRealizadoNotice;
    case "notFound":
      return notFound;
    case "added":
      return [s.added(notice.matrixSheet, notice.monitoringSheet), ...notice.notes].join(" ");
    case "refused":
      return notice.message;
    case "cancelled":
      return s.addCancelled;
    case "failed":
      return notice.during === "add" ? s.addFailed : s.evaluateFailed;
  }
}

/** The notice's intent: success, a warning where nothing happened that was asked, an error on failure. */
export function noticeIntent(notice: SeguimientoNotice): "success" | "warning" | "error" | "info" {
  switch (notice.kind) {
    case "evaluated":
    case "added":
      return "success";
    case "failed":
      return "error";
    case "cancelled":
      return "info";
    default:
      return "warning";
  }
}
