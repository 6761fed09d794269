/**
 * The pane's validate path on a workbook with seguimiento (contract §9), through the strict Office.js
 * double: the same report as `poa validate --format json` on the same workbook — Realizado cells, the
 * corte cell typed or left as the scaffold's formula of today's date, the thresholds, the corte the
 * planner picks — and how many syncs it takes.
 */
import type ExcelJS from "exceljs";
import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldWithMonitoring } from "../../src/core/layoutMonitoring";
import type { Today } from "../../src/core/monitoring/corte";
import type { Report } from "../../src/core/model";
import { createOfficeShell } from "../../src/excel/officeShell";
import { editWorkbook, runCli, tempDir } from "../cli/cliHarness";
import { installDouble, MATRIX, showFormulaResults, type InstalledDouble } from "./helpers";

/** The CLI's clock, read the same way (the local date), so both default cortes agree. */
function localToday(): Today {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

type Cells = Record<string, string | number>;

/**
 * The docs' worked example and one of each check: OE1's row planned Ene–Mar and reported 1, 0, 2; OE2's
 * planned 2, 2 and reported 1 in January only (February missing); a Realizado in a month not planned
 * (row 9, May) and one that is not a number (row 10, Feb); a plainly numeric text in row 7's April.
 */
const PLAN: Cells = { E7: "X", F7: "X", G7: "X", E8: 2, F8: 2, H9: "X" };
const DONE: Cells = { S7: 1, T7: 0, U7: 2, V7: "3 ", S8: 1, W9: 1, T10: "mucho" };

/** `poa validate --format json` on a file, as the CLI prints it. */
async function cliReport(file: string, args: string[] = []): Promise<Report> {
  const run = await runCli(["validate", file, "--format", "json", ...args]);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Report;
}

function typeCells(wb: ExcelJS.Workbook, sheet: string, cells: Cells): void {
  const ws = wb.getWorksheet(sheet)!;
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
}

async function seedDouble(double: InstalledDouble, monitoringSheet: string): Promise<void> {
  const template = escoTemplate(2024);
  const today = localToday();
  await createOfficeShell({ today: () => today }).scaffold({ template, lang: "es", monitoring: monitoringSheet === "Seguimiento" ? true : { sheet: monitoringSheet } });
  // What Excel answers for the formulas: the layout's cached results, as the CLI's file holds them.
  showFormulaResults(double, scaffoldWithMonitoring(template, { lang: "es", monitoring: { sheet: monitoringSheet, today } }));
  for (const [address, value] of Object.entries({ ...PLAN, ...DONE })) double.seed(MATRIX, [[value]], { anchor: address });
}

/** The report as JSON carries it; the pane's fixes remember what their cells held (Reparar), which the CLI has no use for. */
function asJson(report: Report): unknown {
  const copy = JSON.parse(JSON.stringify(report)) as Report;
  for (const issue of copy.issues) if (issue.fix) delete issue.fix.seen;
  return copy;
}

/** The CLI's file edited as the double is: each test's workbook, all written before any validate runs (cliHarness.ts says why). */
const EDITS: Record<string, (wb: ExcelJS.Workbook) => void> = {
  formula: (wb) => typeCells(wb, MATRIX, { ...PLAN, ...DONE }),
  typed: (wb) => {
    typeCells(wb, MATRIX, { ...PLAN, ...DONE });
    typeCells(wb, "Seguimiento", { C3: 3, C4: 0.9, C5: 0.5 });
  },
  renamed: (wb) => {
    typeCells(wb, MATRIX, { ...PLAN, ...DONE });
    typeCells(wb, "Seguimiento", { C3: 2 });
    wb.getWorksheet("Seguimiento")!.name = "Avance";
  },
  renamedFormula: (wb) => {
    typeCells(wb, MATRIX, { ...PLAN, ...DONE });
    typeCells(wb, "Seguimiento", { C4: 0.9 });
    wb.getWorksheet("Seguimiento")!.name = "Avance";
  },
};

describe("the pane's validate path reads seguimiento as poa validate does", () => {
  const tmp = tempDir("poa-pane-seg-");
  const file = (name: string) => tmp.file(`${name}.xlsx`);
  let double: InstalledDouble;

  beforeAll(async () => {
    expect((await runCli(["scaffold", "--out", file("scaffold"), "--seguimiento"])).code).toBe(0);
    for (const [name, edit] of Object.entries(EDITS)) await editWorkbook(file("scaffold"), file(name), edit);
  });
  afterAll(() => tmp.cleanup());
  afterEach(() => double.uninstall());

  it("with the corte cell left as the scaffold's formula: the default corte from today's date, in 2 syncs, not the formula's stale result", async () => {
    const expected = await cliReport(file("formula"));
    double = installDouble();
    await seedDouble(double, "Seguimiento");
    // A workbook last calculated in April 2024: Excel may still answer that (manual calculation).
    double.setFormulaResult("Seguimiento", "C3", 3);
    double.resetCounters();
    const outcome = await createOfficeShell({ today: localToday }).validate({ lang: "es" });
    expect(double.syncCount).toBe(2);
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect([outcome.report.reportMonth, outcome.report.corteSource]).toEqual([12, "default"]);
    expect(asJson(outcome.report)).toEqual(expected);
    // The example is what it claims: every §9 check and figure is in it.
    expect(new Set(expected.issues.map((i) => i.code))).toEqual(new Set(["RESULT_WITHOUT_MONTHS", "REPORT_MISSING", "UNPLANNED_EXECUTION", "INVALID_EXECUTED_VALUE"]));
    expect(expected.objectives[0]).toMatchObject({ id: "OE1", status: "cumplido" });
  });

  it("with a corte typed in the workbook, and with the corte the planner picks", async () => {
    const expected = await cliReport(file("typed"));
    const picked = await cliReport(file("typed"), ["--month", "2"]);
    double = installDouble();
    await seedDouble(double, "Seguimiento");
    double.seed("Seguimiento", [[3], [0.9], [0.5]], { anchor: "C3" });
    const shell = createOfficeShell({ today: localToday });
    const outcome = await shell.validate({ lang: "es" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect([outcome.report.reportMonth, outcome.report.corteSource, outcome.report.thresholds]).toEqual([3, "workbook", { cumplido: 0.9, enRiesgo: 0.5 }]);
    expect(asJson(outcome.report)).toEqual(expected);
    double.resetCounters();
    const february = await shell.validate({ lang: "es", month: 2 });
    expect(double.syncCount).toBe(2);
    if (!february.ok) throw new Error(february.notFound.message);
    expect([february.report.reportMonth, february.report.corteSource]).toEqual([2, "given"]);
    expect(asJson(february.report)).toEqual(picked);
  });

  it("finds the settings on a sheet of another name, also when only the matrix is named (after Reparar): 3 syncs", async () => {
    const expected = await cliReport(file("renamed"), ["--sheet", MATRIX]);
    expect([expected.reportMonth, expected.corteSource]).toEqual([2, "workbook"]);
    double = installDouble();
    await seedDouble(double, "Avance");
    double.seed("Avance", [[2]], { anchor: "C3" });
    const shell = createOfficeShell({ today: localToday });
    for (const sheet of [undefined, MATRIX]) {
      double.resetCounters();
      const outcome = await shell.validate({ lang: "es", ...(sheet ? { sheet } : {}) });
      // The sheets, then the corte cell's formula (every sheet read) or the left-out sheets' settings regions (the matrix named).
      expect(double.syncCount).toBe(3);
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      expect(asJson(outcome.report)).toEqual(expected);
    }
  });

  it("a renamed settings sheet, only the matrix named, the corte still the formula: its thresholds, the default corte, as the CLI says", async () => {
    const expected = await cliReport(file("renamedFormula"), ["--sheet", MATRIX]);
    double = installDouble();
    await seedDouble(double, "Avance");
    double.setFormulaResult("Avance", "C3", 3);
    double.seed("Avance", [[0.9]], { anchor: "C4" });
    const outcome = await createOfficeShell({ today: localToday }).validate({ lang: "es", sheet: MATRIX });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect([outcome.report.reportMonth, outcome.report.corteSource, outcome.report.thresholds]).toEqual([12, "default", { cumplido: 0.9, enRiesgo: 0.8 }]);
    expect(asJson(outcome.report)).toEqual(expected);
  });

  it("asked by the Seguimiento view on a matrix without Realizado, says whether it is the add-in's own (one more sync), and only then", async () => {
    double = installDouble();
    const shell = createOfficeShell({ today: localToday });
    await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    double.resetCounters();
    const ours = await shell.validate({ lang: "es", monitoring: true });
    expect([ours.ok && ours.report.reportMonth, ours.addinMatrix, double.syncCount]).toEqual([undefined, true, 3]);
    double.resetCounters();
    expect((await shell.validate({ lang: "es" })).addinMatrix).toBeUndefined();
    expect(double.syncCount).toBe(2);
    const months = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
    double.seed("Plan propio", [["Actividad", ...months], ["Barrido de calles", "X"]]);
    double.model.activeSheetId = double.sheet("Plan propio").id;
    const theirs = await shell.validate({ lang: "es", monitoring: true });
    expect([theirs.ok && theirs.report.sheet, theirs.addinMatrix]).toEqual(["Plan propio", false]);
  });
});
