import ExcelJS from "exceljs";
import type { Report } from "../../src/core/model";
import type { SheetGrid } from "../../src/core/grid";
import { catalogSheet } from "../core/grids";
import { cruzRojaSheet, santaAnaSheet } from "../core/monitoring/sheets";
import { editWorkbook, runCli, tempDir } from "./cliHarness";

/**
 * `poa validate` on a workbook with seguimiento (contract §9): `--month`, the corte cell, the JSON keys,
 * the text report's Seguimiento section in both languages; and the hint naming the command with the
 * file where the catalog is missing (issue 9).
 */
const MATRIX = "Matriz POA 2024";
const PLAN_COLUMN = 5; // E: Ene
const EXECUTED_COLUMN = 19; // S: Ene.

async function json(...args: string[]): Promise<{ code: number; report: Report }> {
  const run = await runCli(["validate", ...args, "--format", "json"]);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

describe("poa validate with seguimiento", () => {
  const tmp = tempDir("poa-val-seg-");
  const fresh = tmp.file("fresh.xlsx");
  const reported = tmp.file("reported.xlsx");

  beforeAll(async () => {
    expect((await runCli(["scaffold", "--out", fresh, "--seguimiento"])).code).toBe(0);
    // The docs' worked example: OE1's result planned Ene–Mar (1, 1, 1) and reported 1, 0, 2; OE2's planned
    // 2, 2 and reported 1 in January only; the corte typed as 3 in the Seguimiento sheet.
    await editWorkbook(fresh, reported, (wb) => {
      const ws = wb.getWorksheet(MATRIX)!;
      const plan: Record<number, (string | number)[]> = { 7: ["X", "X", "X"], 8: [2, 2] };
      const done: Record<number, number[]> = { 7: [1, 0, 2], 8: [1] };
      for (const [row, marks] of Object.entries(plan)) marks.forEach((v, m) => (ws.getRow(Number(row)).getCell(PLAN_COLUMN + m).value = v));
      for (const [row, values] of Object.entries(done)) values.forEach((v, m) => (ws.getRow(Number(row)).getCell(EXECUTED_COLUMN + m).value = v));
      wb.getWorksheet("Seguimiento")!.getCell("C3").value = 3;
    });
  });
  afterAll(() => tmp.cleanup());


  it("adds §9's keys to the JSON: the corte from the workbook's cell, each row's Realizado and figures, each objective's and the institution's", async () => {
    const { code, report } = await json(reported);
    expect(code).toBe(1); // five results have no month
    expect([report.reportMonth, report.corteSource]).toEqual([3, "workbook"]);
    expect(report.thresholds).toEqual({ cumplido: 1, enRiesgo: 0.8 });
    expect(report.results[0].executed).toEqual([1, 0, 2, ...new Array(9).fill(null)]);
    expect(report.results[0].compliance).toMatchObject({ T1: 1, months: [1, 0, 2, ...new Array(9).fill(null)] });
    expect(report.results[1].compliance).toMatchObject({ T1: 0.25, year: 0.25 }); // 1 / 4
    expect(report.objectives.slice(0, 3).map((o) => [o.id, o.compliance?.T1, o.status])).toEqual([
      ["OE1", 1, "cumplido"],
      ["OE2", 0.25, "critico"],
      ["OE3", null, "sin_programacion"],
    ]);
    expect(report.summary).toMatchObject({ status: "critico" });
    expect(report.summary.compliance?.year).toBeCloseTo(0.625, 12); // (100 % + 25 %) / 2
    expect(report.issues.filter((i) => i.code === "REPORT_MISSING").map((i) => i.cell)).toEqual(["T8"]);
  });

  it("takes --month over the workbook's corte, as a number or a month's name", async () => {
    const february = await json(reported, "--month", "2");
    expect([february.report.reportMonth, february.report.corteSource]).toEqual([2, "given"]);
    expect(february.report.results[0].compliance?.T1).toBe(0.5);
    expect((await json(reported, "--month", "febrero")).report.reportMonth).toBe(2);
    expect((await json(reported, "--month", "Feb", "--lang", "en")).report.reportMonth).toBe(2);
  });

  it("reads the corte cell's formula as §9's default, whatever value the file was saved with", async () => {
    const stale = tmp.file("stale.xlsx");
    await editWorkbook(fresh, stale, (wb) => {
      const cell = wb.getWorksheet("Seguimiento")!.getCell("C3");
      cell.value = { formula: (cell.value as { formula: string }).formula, result: 5 } as ExcelJS.CellFormulaValue;
    });
    const { report } = await json(stale);
    expect([report.reportMonth, report.corteSource]).toEqual([12, "default"]); // a 2024 plan: the whole year is due
  });

  it("refuses a --month that is no month, with one line in the planner's language and exit 2", async () => {
    for (const [value, lang, text] of [
      ["13", "es", "Mes de corte no válido «13»"],
      ["tres", "es", "Mes de corte no válido «tres»"],
      ["Q1", "en", 'Invalid cut-off month "Q1"'],
    ]) {
      const run = await runCli(["validate", reported, "--month", value, "--lang", lang]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining(text)]);
    }
    const misplaced = await runCli(["scaffold", "--out", tmp.file("x.xlsx"), "--month", "3"]);
    expect(misplaced.code).toBe(2);
  });

  it("prints the Seguimiento section: each objective per quarter with its semáforo word, the institution, the Realizado to report", async () => {
    const es = (await runCli(["validate", reported])).stdout;
    const section = es.slice(es.indexOf("Seguimiento:"));
    expect(section.split("\n").slice(0, 2)).toEqual([
      "Seguimiento: se evalúa enero a marzo (mes de corte 3, de la hoja de seguimiento del libro).",
      "  Semáforo: Cumplido desde 100 %, En riesgo desde 80 %, Crítico por debajo.",
    ]);
    expect(section).toMatch(/^ {2}Objetivo +T1 +T2 +T3 +T4 +Año +Estado$/m);
    expect(section).toMatch(/^ {2}OE1 +100 % +— +— +— +100 % +Cumplido$/m);
    expect(section).toMatch(/^ {2}OE2 +25 % +— +— +— +25 % +Crítico$/m);
    expect(section).toMatch(/^ {2}OE3 +— +— +— +— +— +Sin programación al corte$/m);
    expect(section).toContain("  Institución, año al corte: 63 % — Crítico");
    expect(section).toMatch(/^ {2}Realizado por reportar \(1\):\n {4}D8 «Apoyos técnicos para el fortalecimiento…»: Feb T8$/m);
    // Listed there once, not a second time among the warnings, one long line per month.
    const warnings = es.slice(0, es.indexOf("Seguimiento:"));
    expect(warnings).toMatch(/— REPORT_MISSING \(1\)\n {4}Se listan por fila, con sus celdas, en la sección Seguimiento, más abajo\.\n/);
    expect(es).not.toContain("Falta el Realizado");

    const en = (await runCli(["validate", reported, "--lang", "en", "--month", "1"])).stdout;
    expect(en).toContain("Monitoring (seguimiento): January evaluated (cut-off month 1, given with --month).");
    expect(en).toMatch(/^ {2}OE2 +50% +— +— +— +50% +Critical$/m);
    expect(en).toContain("  No Realizado left to report at the cut-off.");
  });

  it("has no Seguimiento section where the matrix has no Realizado cells", async () => {
    const plain = tmp.file("plain.xlsx");
    expect((await runCli(["scaffold", "--out", plain])).code).toBe(0);
    expect((await runCli(["validate", plain])).stdout).not.toContain("Seguimiento:");
    expect((await json(plain, "--month", "3")).report.reportMonth).toBeUndefined();
  });

  it("names the --month option in the help, in both languages", async () => {
    expect((await runCli(["--help"])).stdout).toContain("--month MES");
    expect((await runCli(["--help", "--lang", "en"])).stdout).toContain("--month MONTH");
  });
});

describe("poa validate on a workbook with no catalog", () => {
  const tmp = tempDir("poa-val-nocat-");
  afterAll(() => tmp.cleanup());

  it("adds a hint naming the command with the file and --objectives, in both languages", async () => {
    const file = tmp.file("municipio plan.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("POA 2025");
    ws.addRow(["Actividad", "Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]);
    ws.addRow(["Reparar calles", "X"]);
    await wb.xlsx.writeFile(file);
    const es = await runCli(["validate", file]);
    expect(es.stdout).toContain(`Para revisar los objetivos, indique el catálogo de su institución: npx poa validate "${file}" --objectives CATALOGO.xlsx`);
    const en = await runCli(["validate", file, "--lang", "en"]);
    expect(en.stdout).toContain(`give your institution's catalog: npx poa validate "${file}" --objectives CATALOG.xlsx --lang en`);
    const withCatalog = await runCli(["validate", tmp.file("none.xlsx")]);
    expect(withCatalog.stdout).not.toContain("--objectives");
  });
});

/** A synthetic workbook written as .xlsx: each grid's values and merged areas, nothing else. */
async function writeGrids(file: string, sheets: SheetGrid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((line, r) => line.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}

describe("poa validate on other institutions' monitoring forms, as files", () => {
  const tmp = tempDir("poa-val-forms-");
  const cruzRoja = tmp.file("cruz-roja.xlsx");
  const santaAna = tmp.file("santa-ana-shaped.xlsx");
  beforeAll(async () => {
    // The Ecuadorian Red Cross's `planned` / `advanced` blocks, and Santa Ana's Programado/Realizado under each month.
    await writeGrids(cruzRoja, [
      catalogSheet(),
      cruzRojaSheet([
        { text: "Capacitar voluntarios", objective: "OE1", plan: [10, 10, 10], done: [8, 12, "10 personas"] },
        { text: "Campaña de donación", objective: "OE2", plan: [null, 4, 4, 4], done: [null, 1, 1] },
      ]),
    ]);
    await writeGrids(santaAna, [santaAnaSheet([{ text: "Realizar monitoreo de la Línea ciudadana", plan: [1, 1, 1], done: [1, "0,5"] }])]);
  });
  afterAll(() => tmp.cleanup());

  it("reads the Red Cross's advanced block as the Realizado, with §4's numbers as text", async () => {
    const { report } = await json(cruzRoja, "--month", "4");
    expect(report.results.map((r) => r.executed?.slice(0, 4))).toEqual([
      [8, 12, 10, null],
      [null, 1, 1, null],
    ]);
    expect(report.results[0].compliance).toMatchObject({ T1: 1, T2: null }); // 30 / 30; April unplanned
    expect(report.results[1].compliance).toMatchObject({ T1: 0.25, T2: 0, year: 2 / 12 }); // 2 / 8; 0 / 4; 2 / 12
    expect(report.objectives.slice(0, 2).map((o) => o.status)).toEqual(["cumplido", "critico"]);
    expect(report.issues.filter((i) => i.code === "REPORT_MISSING").map((i) => i.cell)).toEqual(["R5"]);
  });

  it("reads a Santa-Ana-shaped file's Realizado sub-column, with no catalog: the row's and the institution's figures", async () => {
    const { report } = await json(santaAna, "--month", "3");
    expect(report.catalog).toBe("none");
    expect(report.results[0].executed?.slice(0, 3)).toEqual([1, 0.5, null]);
    expect(report.results[0].compliance?.T1).toBe(0.5); // 1.5 / 3
    expect(report.summary).toMatchObject({ status: "critico", compliance: expect.objectContaining({ T1: 0.5 }) });
  });
});
