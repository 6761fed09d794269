/**
 * The pane's state and selectors, without React (Script Lab style): which views are open, how a
 * report's problems are grouped and shown, and the shell that loads its work on first use.
 */
import type { Issue, Report } from "../../src/core/model";
import type { ExcelShell } from "../../src/excel/shell";
import { stringsFor } from "../../src/taskpane/i18n";
import { lazyShell } from "../../src/taskpane/lazyShell";
import { initialPaneState, paneReducer } from "../../src/taskpane/paneState";
import { causeGroups, FIRST_CELLS, initialReportView, objectiveGroups, reportViewReducer } from "../../src/taskpane/validate/reportView";
import { VIEWS, viewFromSearch, viewLabel } from "../../src/taskpane/views";
import { ALL_CAPABILITIES, fakeShell, sampleReport } from "./fakeShell";

describe("paneReducer: views are opened once and kept", () => {
  it("opens on the first view only, and remembers every view opened since, in order", () => {
    let state = initialPaneState("validate");
    expect(state).toEqual({ view: "validate", opened: ["validate"] });
    state = paneReducer(state, { type: "select", view: "generate" });
    state = paneReducer(state, { type: "select", view: "adopt" });
    state = paneReducer(state, { type: "select", view: "validate" });
    expect(state).toEqual({ view: "validate", opened: ["validate", "generate", "adopt"] });
  });

  it("selecting the shown view changes nothing", () => {
    const state = initialPaneState("generate");
    expect(paneReducer(state, { type: "select", view: "generate" })).toBe(state);
  });

  it("every view has a tab label in both languages, and the ribbon's ?view= opens it", () => {
    for (const lang of ["es", "en"] as const) {
      const labels = VIEWS.map((v) => viewLabel(stringsFor(lang), v));
      expect(new Set(labels).size).toBe(VIEWS.length);
    }
    for (const view of VIEWS) expect(viewFromSearch(`?_host_Info=Excel&view=${view}`)).toBe(view);
    expect(viewFromSearch("?view=other")).toBe("generate");
  });
});

/** The sample report with the unsafe mark repeated on `n` more rows: one cause with many cells. */
function withInvalidMarks(n: number): Report {
  const report = sampleReport();
  const extra: Issue[] = Array.from({ length: n }, (_, i) => ({
    code: "INVALID_MONTH_MARK",
    severity: "error",
    sheet: report.sheet,
    cell: `G${20 + i}`,
    message: `La celda G${20 + i} tiene «?».`,
  }));
  return { ...report, issues: [...report.issues, ...extra] };
}

describe("the report's problems as shown", () => {
  const t = stringsFor("es");

  it("groups by cause by default; the cause with most cells first, its advice once, cells past five behind a button", () => {
    const report = withInvalidMarks(9);
    const groups = causeGroups(report, "es", initialReportView);
    expect(groups[0]).toMatchObject({ key: "cause:INVALID_MONTH_MARK", title: "Marcas de mes que no se entienden", severity: "error", hidden: 10 - FIRST_CELLS });
    expect(groups[0].items.map((i) => i.place)).toEqual(["celda G9", "celda G20", "celda G21", "celda G22", "celda G23"]);
    expect(groups[0].items[0].text).toBe("Apoyos gestionados");
    const opened = reportViewReducer(initialReportView, { type: "expand", group: "cause:INVALID_MONTH_MARK" });
    expect(causeGroups(report, "es", opened)[0]).toMatchObject({ hidden: 0 });
    expect(causeGroups(report, "es", opened)[0].items).toHaveLength(10);
  });

  it("never hides a single cell behind a button", () => {
    const groups = causeGroups(withInvalidMarks(FIRST_CELLS), "es", initialReportView);
    expect(groups[0].items).toHaveLength(FIRST_CELLS + 1);
    expect(groups[0].hidden).toBe(0);
  });

  it("a cell on another sheet names that sheet; an issue without a cell keeps its message and no target", () => {
    const groups = causeGroups(sampleReport(), "es", initialReportView);
    const catalog = groups.find((g) => g.key === "cause:OBJECTIVE_NOT_COVERED")!.items[0];
    expect(catalog).toMatchObject({ place: "hoja Objetivos, celda A4", target: { sheet: "Objetivos", cell: "A4" }, text: "OE3 — Posicionar a la ESCO" });
    const missing = groups.find((g) => g.key === "cause:MONTH_COLUMN_MISSING")!.items[0];
    expect(missing).toMatchObject({ place: null, target: null, text: "Falta la columna del mes Dic." });
  });

  it("by objective: catalog order, full messages, the general ones last", () => {
    const state = reportViewReducer(initialReportView, { type: "group", grouping: "objective" });
    expect(state.grouping).toBe("objective");
    const groups = objectiveGroups(sampleReport(), t, "es", state);
    expect(groups.map((g) => [g.key, g.errors, g.warnings])).toEqual([
      ["objective:OE1", 0, 1],
      ["objective:OE2", 2, 0],
      ["objective:OE3", 1, 0],
      ["objective:", 1, 0],
    ]);
    expect(groups[1].items.map((i) => i.text)).toEqual(["El resultado «Apoyos gestionados» no tiene ningún mes programado.", "La celda G9 tiene «pendiente», que no es una marca de mes."]);
    expect(groups[1].advice).toBeUndefined();
  });

  it("expanding twice or re-selecting the grouping changes nothing", () => {
    const once = reportViewReducer(initialReportView, { type: "expand", group: "cause:X" });
    expect(reportViewReducer(once, { type: "expand", group: "cause:X" })).toBe(once);
    expect(reportViewReducer(once, { type: "group", grouping: "cause" })).toBe(once);
  });
});

describe("lazyShell: the Excel work loads on first use", () => {
  it("answers capabilities without loading, loads once for many calls, and passes every call through", async () => {
    const { shell: inner } = fakeShell();
    const load = jest.fn(async (): Promise<ExcelShell> => inner);
    const shell = lazyShell(load, () => ALL_CAPABILITIES);
    expect(shell.capabilities()).toEqual(ALL_CAPABILITIES);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([shell.validate({ lang: "es" }), shell.selectCell("Hoja1", "A1"), shell.applyFixes([])]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(inner.validate).toHaveBeenCalledWith({ lang: "es" });
    expect(inner.selectCell).toHaveBeenCalledWith("Hoja1", "A1");
  });

  it("a failed load (the network dropped) reaches the caller, and the next call tries again", async () => {
    const { shell: inner } = fakeShell();
    const load = jest.fn<Promise<ExcelShell>, []>().mockRejectedValueOnce(new Error("ChunkLoadError")).mockResolvedValue(inner);
    const shell = lazyShell(load, () => ALL_CAPABILITIES);
    await expect(shell.validate({ lang: "es" })).rejects.toThrow("ChunkLoadError");
    await expect(shell.validate({ lang: "es" })).resolves.toMatchObject({ ok: true });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
