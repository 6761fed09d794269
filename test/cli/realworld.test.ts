/**
 * Contract §3 and §8 (v2) on the real public workbooks in ../shared/realworld (read in place, never
 * copied): the Santa Ana POA 2025, the Honduran ministry's form (hidden sheet, header on row 31), the
 * Bolivian stacked budget form and the DFID logframe, through main() in-process and once through the
 * real bin/poa.js; plus colour marks from real .xlsx fills (ARGB and theme colours) written with ExcelJS.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/model";
import { BIN, buildCli, REPO_ROOT, runCli, STACK_FRAME, tempDir } from "./cliHarness";

const REALWORLD = path.resolve(__dirname, "..", "..", "..", "shared", "realworld");
const SANTA_ANA = path.join(REALWORLD, "sv-santa-ana-poa-2025-plantilla.xlsx");
const DFID = path.join(REALWORLD, "dfid-logframe-template.xlsx");
const HONDURAS = path.join(REALWORLD, "hn-secapph-matriz-poa-2025.xlsx");
const BOLIVIA = path.join(REALWORLD, "bo-asuss-poa-2024-form9-memorias.xlsx");
const present = [SANTA_ANA, DFID, HONDURAS, BOLIVIA].every((f) => existsSync(f));
if (!present) console.log(`realworld CLI tests skipped: ${REALWORLD} is absent`);
const describeReal = present ? describe : describe.skip;

/**
 * Rows 14–25 of the Santa Ana sheet: months planned under `Programado` (a `1`), as read from the
 * file cell by cell (the Programado columns of ENE…DIC: G, K, O, T, X, AB, AH, AL, AP, AU, AY, BC).
 * 1+1+4+4+1+5+12+12+12+1+12+1 = 66, the README's count.
 */
const SANTA_ANA_MONTHS: Record<number, number[]> = {
  14: [7],
  15: [0],
  16: [2, 5, 8, 11],
  17: [2, 5, 8, 11],
  18: [4],
  19: [0, 3, 6, 8, 11],
  20: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  21: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  22: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  23: [6],
  24: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  25: [0],
};

describeReal("poa validate on the Santa Ana POA 2025 (contract §8)", () => {
  let report: Report;
  let code: number;
  beforeAll(async () => {
    const run = await runCli(["validate", SANTA_ANA, "--format", "json"]);
    code = run.code;
    report = JSON.parse(run.stdout) as Report;
  });

  it("reads the 12 activities of rows 14–25 from column E, each scheduled, level activity", () => {
    expect(report.sheet).toBe("7 POA 2022");
    expect(report.results.map((r) => r.row)).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(report.results.map((r) => r.cell)).toEqual(report.results.map((r) => `E${r.row}`));
    expect(report.results.every((r) => r.level === "activity")).toBe(true);
    expect(report.results.every((r) => r.months.some(Boolean))).toBe(true);
    expect(report.results[0].text).toMatch(/^Realizar proceso para/);
  });

  it("counts 66 planned months, each one where the file has its Programado 1", () => {
    const total = report.results.reduce((n, r) => n + r.months.filter(Boolean).length, 0);
    expect(total).toBe(66);
    for (const r of report.results) {
      const months = r.months.flatMap((on, m) => (on ? [m] : []));
      expect([r.row, months]).toEqual([r.row, SANTA_ANA_MONTHS[r.row]]);
    }
  });

  it("keeps the merged project and goal cells as context", () => {
    expect(report.results[1].context).toEqual([
      { level: "target", label: "5. METAS", text: "Optimizar servicio de aseo", cell: "D14" },
      { level: "project", label: "4.PROYECTOS", text: "Santa Ana Limpia", cell: "C14" },
    ]);
    expect(report.results[3].context?.[0]).toMatchObject({ level: "target", cell: "D16" });
  });

  it("takes 2025 from the title and warns that the sheet is named 2022", () => {
    expect(report.year).toBe(2025);
    const conflicts = report.issues.filter((i) => i.code === "YEAR_CONFLICT");
    expect(conflicts).toEqual([expect.objectContaining({ severity: "warning", sheet: "7 POA 2022", cell: "B3" })]);
  });

  it("raises nothing on the section row 26 nor on the N/A slots of rows 27–41", () => {
    const cellRow = (cell: string | null) => (cell === null ? null : Number(/\d+$/.exec(cell)?.[0]));
    const below = report.issues.filter((i) => (cellRow(i.cell) ?? 0) >= 26);
    expect(below).toEqual([]);
    expect(report.issues.some((i) => /MONTH_MARK|EMPTY_RESULT|RESULT_WITHOUT_MONTHS/.test(i.code))).toBe(false);
  });

  it("is never judged against ESCO's objectives: no catalog, one CATALOG_MISSING, no objective anywhere (§3 v2, exit 0)", () => {
    // A municipality's workbook: no Objetivos sheet, no objective column, a title naming the Alcaldía.
    expect(code).toBe(0);
    expect(report.catalog).toBe("none");
    expect(report.objectives).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, objectivesCovered: 0, objectivesTotal: 0 });
    expect(report.results.every((r) => r.objective === null)).toBe(true);
    // Besides the Realizado still to report: a 2025 plan read after 2025 is evaluated to December (§9), all 66 months due.
    expect([report.reportMonth, report.corteSource]).toEqual([12, "default"]);
    const others = report.issues.filter((i) => i.code !== "REPORT_MISSING");
    expect(others.map((i) => i.code).sort()).toEqual(["CATALOG_MISSING", "YEAR_CONFLICT"]);
    expect(report.issues.length - others.length).toBe(66);
    expect(report.issues.find((i) => i.code === "CATALOG_MISSING")).toMatchObject({ severity: "warning", cell: null });
    expect(JSON.stringify(report)).not.toMatch(/ESCO|OE\d/);
  });

  it("the text report says what was read and that there is no catalog, as a planner reads it", async () => {
    const run = await runCli(["validate", SANTA_ANA]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("7 POA 2022 (año 2025): 0 errores, 68 advertencias.");
    expect(lines[1]).toBe("Se leyeron 12 actividades, 12 con meses programados. Catálogo de objetivos: ninguno (no se revisan los objetivos).");
    expect(run.stdout).toMatch(/Sin catálogo de objetivos — CATALOG_MISSING \(1\)/);
    expect(run.stdout).not.toMatch(/^Objetivos$/m);
  });

  it("with --objectives, checks the activities against the institution's catalog (§3 v2 rule 2)", async () => {
    const tmp = tempDir("poa-objectives-");
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Objetivos");
      ws.addRow(["ID", "Objetivo estratégico"]);
      ws.addRow(["OE1", "Ciudad limpia: servicio de aseo y recolección de desechos sólidos"]);
      ws.addRow(["OE2", "Finanzas municipales sanas"]);
      const catalog = tmp.file("plan-estrategico.xlsx");
      await wb.xlsx.writeFile(catalog);
      const run = await runCli(["validate", SANTA_ANA, "--objectives", catalog, "--format", "json"]);
      const r = JSON.parse(run.stdout) as Report;
      expect(r.catalog).toBe("file");
      expect(r.objectives.map((o) => o.id)).toEqual(["OE1", "OE2"]);
      expect(r.issues.some((i) => i.code === "CATALOG_MISSING")).toBe(false);
      // Without an objective column, each activity is mapped by its wording or reported unmapped, at its cell.
      for (const i of r.issues.filter((x) => x.code === "RESULT_UNMAPPED" || x.code === "RESULT_MAPPING_INFERRED")) expect(i.cell).toMatch(/^E(1[4-9]|2[0-5])$/);
      expect(JSON.stringify(r)).not.toMatch(/ESCO/);

      const empty = new ExcelJS.Workbook();
      empty.addWorksheet("Hoja1").addRow(["nada"]);
      const noCatalog = tmp.file("sin-catalogo.xlsx");
      await empty.xlsx.writeFile(noCatalog);
      const refused = await runCli(["validate", SANTA_ANA, "--objectives", noCatalog]);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toMatch(/sin-catalogo\.xlsx» no tiene una hoja «Objetivos»/);
    } finally {
      tmp.cleanup();
    }
  });
});

describeReal("poa validate on the Honduran ministry's form (contract §3 and §8 v2)", () => {
  let report: Report;
  let text: string;
  beforeAll(async () => {
    report = JSON.parse((await runCli(["validate", HONDURAS, "--format", "json"])).stdout) as Report;
    text = (await runCli(["validate", HONDURAS])).stdout;
  });

  it("reads the hidden sheet Matriz_Monitoreo_Res_Prod, header on row 31, and says it is hidden", () => {
    expect(report.sheet).toBe("Matriz_Monitoreo_Res_Prod");
    expect(report.hidden).toBe(true);
    expect(text.split("\n")[1]).toBe("La hoja «Matriz_Monitoreo_Res_Prod» está oculta: se leyó porque ninguna hoja visible tiene una matriz.");
    expect(report.year).toBe(2025);
  });

  it("reads the 66 rows 32–97 from column B, about 61 scheduled, the 5 parents with no month as context", () => {
    expect(report.results.map((r) => r.row)).toEqual(Array.from({ length: 66 }, (_, i) => 32 + i));
    expect(report.results.every((r) => r.cell === `B${r.row}` && r.level === "output")).toBe(true);
    const scheduled = report.results.filter((r) => r.months.some(Boolean)).length;
    expect(scheduled).toBeGreaterThanOrEqual(59);
    expect(scheduled).toBeLessThanOrEqual(61);
    // The institutional result and the final products 5–8 have no month of their own: context, not errors.
    expect(report.results.filter((r) => r.hierarchy).map((r) => r.row)).toEqual([32, 55, 62, 66, 69]);
    const withoutMonths = report.issues.filter((i) => i.code === "RESULT_WITHOUT_MONTHS").map((i) => i.cell);
    expect(withoutMonths).not.toEqual(expect.arrayContaining(["B32"]));
    expect(withoutMonths.length).toBeLessThanOrEqual(1);
    // An intermediate product shows its final product and the institutional result above it.
    expect(report.results.find((r) => r.row === 56)?.context?.slice(0, 2).map((c) => [c.label, c.cell])).toEqual([
      ["Producto Final 5", "B55"],
      ["Resultado Institucional", "B32"],
    ]);
  });

  it("takes the row fills for banding, not marks, and reads no footer", () => {
    expect(report.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR")).toEqual([]);
    expect(report.results.some((r) => /Firma|Autoridad|Responsable/.test(r.text))).toBe(false);
    expect(report.results.at(-1)?.row).toBe(97);
  });

  it("no catalog (a ministry, not ESCO): one CATALOG_MISSING, no objective checked", () => {
    expect(report.catalog).toBe("none");
    expect(report.issues.filter((i) => i.code === "CATALOG_MISSING")).toHaveLength(1);
    expect(report.issues.some((i) => /OBJECTIVE|RESULT_UNMAPPED|RESULT_MAPPING/.test(i.code))).toBe(false);
  });
});

describeReal("poa validate on the Bolivian stacked budget form (contract §4 and §8 v2)", () => {
  let report: Report;
  beforeAll(async () => {
    report = JSON.parse((await runCli(["validate", BOLIVIA, "--format", "json"])).stdout) as Report;
  });

  it("reads about 790 budget lines from the 32 blocks, in sheet order, labelled by their description", () => {
    expect(report.results.length).toBeGreaterThanOrEqual(760);
    expect(report.results.length).toBeLessThanOrEqual(800);
    expect(report.results.every((r) => r.level === "item" && r.cell.startsWith("G"))).toBe(true);
    expect(report.results.every((r) => /[A-Za-zÁÉÍÓÚÑ]{2}/.test(r.text))).toBe(true);
    expect(report.results[0]).toMatchObject({ row: 19, text: "GASTOS POR ALIMENTACIÓN Y OTROS SIMILARES" });
    const rows = report.results.map((r) => r.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // No header, title block or totals row read as a line.
    expect(report.results.some((r) => /^(DESCRIPCI[ÓO]N|TOTAL|CODIGO|Formulario)/i.test(r.text))).toBe(false);
  });

  it("schedules at least 95 % of them from amounts stored as text, and reports no month name as a mark", () => {
    const scheduled = report.results.filter((r) => r.months.some(Boolean)).length;
    expect(scheduled / report.results.length).toBeGreaterThanOrEqual(0.95);
    expect(report.issues.filter((i) => i.code === "INVALID_MONTH_MARK")).toEqual([]);
    expect(report.issues.some((i) => /ENERO|FEBRERO|DICIEMBRE|PROGRAMACI/.test(i.message))).toBe(false);
  });

  it("keeps the activity and spending-line codes as context", () => {
    expect(report.results[0].context).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: "activity", text: "01" }), expect.objectContaining({ level: "item", label: "PARTIDA DE GASTO" })]),
    );
  });
});

describeReal("poa validate on the DFID logframe (contract §8: no monthly grid)", () => {
  it("exits 2 with one line on stderr saying what was looked for", async () => {
    for (const lang of ["es", "en"]) {
      const run = await runCli(["validate", DFID, "--lang", lang]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/Ene…Dic/);
      expect(lines[0]).toMatch(/1…12/);
      expect(lines[0]).toMatch(/Actividad/);
    }
  });
});

describeReal("bin/poa.js on the real workbooks", () => {
  beforeAll(() => buildCli(), 120_000);
  const poa = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: "utf8" });

  it("Santa Ana: JSON with 12 activities and 66 months, exit 0; DFID: exit 2, one clean line", () => {
    const run = poa(["validate", SANTA_ANA, "--format", "json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.results).toHaveLength(12);
    expect(report.results.reduce((n, r) => n + r.months.filter(Boolean).length, 0)).toBe(66);
    expect(report.year).toBe(2025);

    const dfid = poa(["validate", DFID]);
    expect(dfid.status).toBe(2);
    expect(dfid.stdout).toBe("");
    expect(dfid.stderr.trim().split("\n")).toHaveLength(1);
    expect(dfid.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("poa validate reads colour marks from .xlsx fills (contract §8)", () => {
  const tmp = tempDir("poa-colour-");
  afterAll(() => tmp.cleanup());

  it("an empty month cell filled in ARGB or a theme colour is scheduled with MONTH_MARKED_BY_COLOR; a banded row is not", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("POA 2024");
    ws.addRow(["N°", "Actividad", "Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]);
    ws.addRow([1, "Podar los parques"]);
    ws.addRow([2, "Regar", "X"]);
    const solid = (color: Partial<ExcelJS.Color>): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: color as ExcelJS.Color });
    ws.getCell("D2").fill = solid({ argb: "FFFFC000" }); // Feb, explicit colour
    ws.getCell("E2").fill = solid({ theme: 4, tint: 0.4 } as Partial<ExcelJS.Color>); // Mar, "Accent 1, lighter 40%"
    ws.getCell("F2").fill = solid({ argb: "FFFFFFFF" }); // Apr, white: no mark
    // Row 3 banded grey from N° to Dic: the grey is not a mark.
    for (let c = 1; c <= 14; c++) ws.getRow(3).getCell(c).fill = solid({ argb: "FFD9D9D9" });
    const file = tmp.file("colour.xlsx");
    await wb.xlsx.writeFile(file);

    const run = await runCli(["validate", file, "--format", "json"]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.results[0].months.map(Number)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(report.results[1].months.map(Number)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const colour = report.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR");
    expect(colour.map((i) => [i.cell, i.severity, i.fix?.value, i.fix?.safe])).toEqual([
      ["D2", "warning", "X", true],
      ["E2", "warning", "X", true],
    ]);
  });
});
