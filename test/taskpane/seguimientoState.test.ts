/**
 * The Seguimiento view's state and selectors without React (contract §9): the notices each outcome
 * announces, the name conflict of Agregar seguimiento, which action is primary, the corte the picker
 * shows, and the core's report laid out as the view shows it.
 */
import type { ShellValidationOutcome } from "../../src/excel/shell";
import {
  corteOptions,
  initialSeguimiento,
  monitoringView,
  noticeText,
  primaryAction,
  seguimientoReducer,
  shownCorte,
  type SeguimientoAction,
  type SeguimientoState,
} from "../../src/taskpane/seguimiento/seguimientoState";
import { seguimientoText } from "../../src/taskpane/seguimiento/seguimientoText";
import { stringsFor } from "../../src/taskpane/i18n";
import { initialReportView } from "../../src/taskpane/validate/reportView";
import { isMonitored } from "../../src/core/monitoring/semaforo";
import { monitoredReport, unmonitoredReport } from "./monitoredReport";

const es = seguimientoText("es");
const en = seguimientoText("en");

function run(...actions: SeguimientoAction[]): SeguimientoState {
  return actions.reduce(seguimientoReducer, initialSeguimiento);
}

const monitored = (month = 3): ShellValidationOutcome => ({ ok: true, report: monitoredReport({ month }) });

describe("seguimientoReducer: every outcome is a notice", () => {
  it("an evaluation announces its corte, collapses the groups again and counts the notice", () => {
    let state = run({ type: "start", running: "evaluate" }, { type: "evaluated", outcome: monitored() }, { type: "expand", group: "cause:REPORT_MISSING" });
    expect(state).toMatchObject({ running: null, notice: { kind: "evaluated", corte: 3 }, noticeCount: 1, view: { expanded: ["cause:REPORT_MISSING"] } });
    expect(noticeText(state.notice, "es", es, "")).toBe("Seguimiento evaluado: enero a marzo.");
    expect(noticeText(state.notice, "en", en, "")).toBe("Monitoring evaluated: January to March.");
    state = seguimientoReducer(state, { type: "evaluated", outcome: monitored(2) });
    expect(state).toMatchObject({ notice: { kind: "evaluated", corte: 2 }, noticeCount: 2, view: { expanded: [] } });
  });

  it("a sheet without Realizado, and no matrix at all, say so", () => {
    expect(run({ type: "evaluated", outcome: { ok: true, report: unmonitoredReport() } }).notice).toEqual({ kind: "noRealizado" });
    const notFound = run({ type: "evaluated", outcome: { ok: false, notFound: { reason: "NO_MATRIX", message: "No hay matriz." } } });
    expect(noticeText(notFound.notice, "es", es, "No se encontró la matriz")).toBe("No se encontró la matriz");
  });

  it("Agregar seguimiento: added (its notes said), then the quiet re-evaluation keeps that notice", () => {
    const state = run(
      { type: "start", running: "add" },
      { type: "added", result: { ok: true, matrixSheet: "Matriz POA 2024", monitoringSheet: "Seguimiento", notes: ["No se preparó la impresión."] } },
      { type: "start", running: "evaluate" },
      { type: "evaluated", outcome: monitored(), announce: false },
    );
    expect(state.notice).toEqual({ kind: "added", matrixSheet: "Matriz POA 2024", monitoringSheet: "Seguimiento", notes: ["No se preparó la impresión."] });
    expect(noticeText(state.notice, "es", es, "")).toBe("Seguimiento agregado: columnas Realizado en «Matriz POA 2024» y la hoja «Seguimiento». No se preparó la impresión.");
    expect(state.outcome?.ok && state.outcome.report.reportMonth).toBe(3);
  });

  it("a name taken asks for another (no notice yet); cancelling writes nothing and says so", () => {
    let state = run({ type: "start", running: "add" }, { type: "added", result: { ok: false, conflicts: ["Seguimiento"] }, suggestion: "Seguimiento (2)" });
    expect(state).toMatchObject({ running: null, conflict: { taken: ["Seguimiento"], suggestion: "Seguimiento (2)" }, notice: null });
    state = seguimientoReducer(state, { type: "cancelConflict" });
    expect(state).toMatchObject({ conflict: null, notice: { kind: "cancelled" } });
    expect(noticeText(state.notice, "es", es, "")).toBe(es.addCancelled);
  });

  it("a refusal is the shell's own sentence; a failure names what failed", () => {
    const refused = run({ type: "start", running: "add" }, { type: "added", result: { ok: false, message: "Esta matriz ya tiene seguimiento." } });
    expect(noticeText(refused.notice, "es", es, "")).toBe("Esta matriz ya tiene seguimiento.");
    expect(noticeText(run({ type: "start", running: "add" }, { type: "failed" }).notice, "es", es, "")).toBe(es.addFailed);
    expect(noticeText(run({ type: "start", running: "evaluate" }, { type: "failed" }).notice, "en", en, "")).toBe(en.evaluateFailed);
  });
});

describe("selectors", () => {
  it("offers Agregar seguimiento only on the add-in's own matrix without Realizado", () => {
    expect(primaryAction(initialSeguimiento)).toBe("evaluate");
    expect(primaryAction(run({ type: "evaluated", outcome: { ok: true, report: unmonitoredReport(), addinMatrix: true } }))).toBe("add");
    expect(primaryAction(run({ type: "evaluated", outcome: { ok: true, report: unmonitoredReport(), addinMatrix: false } }))).toBe("evaluate");
    expect(primaryAction(run({ type: "evaluated", outcome: { ...monitored(), addinMatrix: true } }))).toBe("evaluate");
  });

  it("the picker shows the report's corte, the month picked while it is evaluated, nothing before a report", () => {
    expect(shownCorte(initialSeguimiento)).toBeNull();
    const evaluated = run({ type: "evaluated", outcome: monitored(3) });
    expect(shownCorte(evaluated)).toBe(3);
    const picking = run({ type: "evaluated", outcome: monitored(3) }, { type: "pick", month: 7 }, { type: "start", running: "evaluate" });
    expect(shownCorte(picking)).toBe(7);
    expect(shownCorte(seguimientoReducer(picking, { type: "evaluated", outcome: monitored(7) }))).toBe(7);
  });

  it("the picker names months 0 to 12 in the planner's language", () => {
    const picker = (lang: "es" | "en") => corteOptions(stringsFor(lang).months, seguimientoText(lang).corteNone);
    expect(picker("es").map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(picker("es").slice(0, 4).map((o) => o.label)).toEqual(["Ninguno todavía (0)", "Enero", "Febrero", "Marzo"]);
    expect(picker("en")[12].label).toBe("December");
  });

  it("lays out the docs' worked example: each quarter's figure, symbol-able status and word; the institution; the thresholds; only the Realizado issues", () => {
    const view = monitoringView(monitoredReport(), "es", es, initialReportView)!;
    expect([view.corte, view.span, view.source]).toEqual([3, "enero a marzo", "given"]);
    const [oe1, oe2, oe3] = view.rows;
    expect([oe1.id, oe1.cells.T1]).toEqual(["OE1", { text: "100 %", status: "cumplido", word: "Cumplido" }]);
    expect(oe2.cells.T1).toEqual({ text: "25 %", status: "critico", word: "Crítico" });
    expect(oe2.cells.T2).toEqual({ text: "—", status: "sin_programacion", word: "Sin programación al corte" });
    expect(oe3.cells.year.status).toBe("sin_programacion");
    // (100 % + 25 %) / 2 over the institution's two rows with a due month.
    expect(view.institution).toEqual({ text: "63 %", status: "critico", word: "Crítico" });
    expect(view.thresholds).toBe("Cumplido desde 100 %; en riesgo desde 80 %; debajo, crítico.");
    expect(view.groups.map((g) => [g.key, g.items.map((i) => i.target?.cell)])).toEqual([["cause:REPORT_MISSING", ["T8"]]]);
  });

  it("shades each quarter by the workbook's thresholds, not the defaults", () => {
    const view = monitoringView(monitoredReport({ month: undefined, cells: { "Seguimiento!C3": 3, "Seguimiento!C5": 0.2 } }), "en", en, initialReportView)!;
    expect(view.source).toBe("workbook");
    expect(view.rows[1].cells.T1).toEqual({ text: "25%", status: "en_riesgo", word: "At risk" });
    expect(view.thresholds).toBe("Achieved from 100%; at risk from 20%; below, critical.");
  });

  it("shows what the core decided: a monitored report always carries its corte's source, thresholds and every status", () => {
    for (const report of [monitoredReport(), monitoredReport({ month: undefined, cells: { "Seguimiento!C5": 0.2 } })]) {
      expect(isMonitored(report)).toBe(true);
      expect(report.corteSource).toBeDefined();
      expect(report.thresholds).toBeDefined();
      expect(report.summary.compliance).toBeDefined();
      expect(report.summary.status).toBeDefined();
      for (const o of report.objectives) expect([o.compliance, o.status].every((v) => v !== undefined)).toBe(true);
    }
    expect(isMonitored(unmonitoredReport())).toBe(false);
  });

  it("has nothing to lay out where the matrix has no Realizado", () => {
    expect(monitoringView(unmonitoredReport(), "es", es, initialReportView)).toBeNull();
  });
});
