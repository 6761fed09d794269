import { escoTemplate } from "../../src/core/escoTemplate";
import type { WorkbookLayout } from "../../src/core/layoutTypes";
import { applyLayout } from "../../src/excel/applyLayout";
import { createOfficeShell } from "../../src/excel/officeShell";
import { FIVE_MB } from "../excelDouble";
import { installDouble, MATRIX, templateWithRows, type InstalledDouble } from "./helpers";

describe("scaffolding through the Office.js double", () => {
  let double: InstalledDouble;
  beforeEach(() => {
    double = installDouble();
  });
  afterEach(() => double.uninstall());

  it("writes the ESCO workbook: sheets in order, table, validations, conditional formats, widths, merges, freeze", async () => {
    const progress: number[] = [];
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es", onProgress: (f) => progress.push(f) });
    expect(outcome).toEqual({ ok: true, names: { objectives: "Objetivos", matrix: MATRIX, coverage: "Cobertura" } });
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Hoja1", "Objetivos", MATRIX, "Cobertura"]);
    expect(double.model.tables.map((t) => t.name)).toEqual(["TablaObjetivos", "TablaPOA2024"]);
    const matrix = double.sheet(MATRIX);
    expect(double.model.tables[1].rect).toEqual({ top: 5, left: 0, bottom: 12, right: 17 });
    expect(double.read(MATRIX, "A6:E7")).toEqual([["N°", "Objetivo", "Objetivo estratégico", "Resultado", "Ene"], [1, "OE1", "", expect.stringMatching(/^Cooperación Internacional/), ""]]);
    expect(double.cell(MATRIX, "C7").formula).toMatch(/^=IFERROR\(INDEX\(/);
    expect(matrix.validations.map((v) => Object.keys(v.rule)[0])).toEqual(["list", "custom"]);
    expect(matrix.validations[1].errorAlert?.title).toBeTruthy();
    expect(matrix.conditionalFormats.map((c) => c.type)).toEqual(["Custom", "Custom"]);
    expect(double.sheet("Cobertura").conditionalFormats.map((c) => c.type)).toEqual(["ColorScale", "Custom"]);
    expect(matrix.freeze).toEqual({ rows: 6, columns: 4 });
    expect(matrix.merges).toHaveLength(4);
    expect(matrix.columnWidths.get(3)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(double.model.activeSheetId).toBe(matrix.id);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("takes the same number of syncs for 7, 500 and 5,000 rows: 3", async () => {
    const counts: number[] = [];
    for (const rows of [7, 500, 5000]) {
      double.uninstall();
      double = installDouble();
      await createOfficeShell().scaffold({ template: templateWithRows(rows), lang: "es" });
      expect(double.model.tables[1].rect.bottom).toBe(5 + rows);
      counts.push(double.syncCount);
    }
    // One sync to check for conflicts, one to write the data, one for the cosmetic parts.
    expect(counts[0]).toBe(3);
    expect(Math.max(...double.syncs.map((s) => s.payloadBytes))).toBeLessThan(FIVE_MB);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it("keeps every request under 5 MB for 5,000 rows of long texts, splitting only as the cap demands", async () => {
    await createOfficeShell().scaffold({ template: templateWithRows(5000, 500), lang: "es" });
    // One check, then two data writes (the results alone are about 3.7 MB of UTF-8), then the cosmetic parts.
    expect(double.syncCount).toBe(4);
    for (const s of double.syncs) expect(s.payloadBytes).toBeLessThan(FIVE_MB);
    const lastRow = double.read(MATRIX, "D5006")[0][0] as string;
    expect(lastRow).toHaveLength(500);
  });

  it("refuses, writing nothing, when a target sheet exists (names compared as Excel does, without case)", async () => {
    double.seed("matriz poa 2024", [["my own work"]]);
    const before = double.snapshot();
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" });
    expect(outcome).toEqual({ ok: false, conflicts: [MATRIX] });
    expect(double.snapshot()).toBe(before);
    expect(double.syncCount).toBe(1);
  });

  it("scaffolds under other names after a conflict, and a taken table name gets a suffix", async () => {
    await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "en" });
    double.model.sheets.find((s) => s.name === MATRIX)!.name = "Old matrix";
    double.model.sheets.find((s) => s.name === "Objetivos")!.name = "Old catalog";
    double.model.sheets.find((s) => s.name === "Cobertura")!.name = "Old coverage";
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "en" });
    expect(outcome.ok).toBe(true);
    expect(double.model.tables.map((t) => t.name)).toEqual(["TablaObjetivos", "TablaPOA2024", "TablaObjetivos_2", "TablaPOA2024_2"]);
  });

  it("writes planner text that looks like a formula as text", async () => {
    const template = escoTemplate(2024);
    template.institution = "=HYPERLINK(\"http://x\")";
    template.results[0].text = "+50 % de becas";
    template.results[1].text = "-Fortalecer";
    template.results[2].text = "@ESCO posicionada";
    template.objectives[0].text = "=1+1";
    await createOfficeShell().scaffold({ template, lang: "es" });
    for (const [sheet, address, text] of [
      [MATRIX, "A1", template.institution],
      [MATRIX, "D7", "+50 % de becas"],
      [MATRIX, "D8", "-Fortalecer"],
      [MATRIX, "D9", "@ESCO posicionada"],
      ["Objetivos", "B2", "=1+1"],
    ]) {
      expect(double.cell(sheet, address)).toMatchObject({ formula: null, value: text });
    }
  });

  it("renders a small hand-written layout with whole-array writes in three syncs", async () => {
    const layout: WorkbookLayout = {
      sheets: [
        {
          name: "Plan",
          blocks: [{ anchor: "B2", rows: [["Mes", "Total"], ["Ene", { formula: "=SUM(1,2)", result: 3 }], ["Feb", null]] }],
          numberFormats: [{ range: "C3:C4", format: "0" }],
          styles: [{ range: "B2:C2", bold: true, fill: "ddebf7", horizontal: "center", vertical: "middle" }],
          columnWidths: [{ column: "B", width: 10 }],
          merges: ["B6:C6"],
          tables: [{ name: "TablaPlan", range: "B2:C4", style: "TableStyleLight9" }],
          validations: [{ range: "B3:B4", kind: "list", source: "=$B$3:$B$4", allowBlank: false, errorTitle: "No", errorMessage: "Pick one" }],
          conditionalFormats: [{ range: "C3:C4", kind: "expression", formula: "=C3>1", fill: "FF0000" }],
          freeze: { rows: 2, columns: 0 },
        },
      ],
    };
    const outcome = await applyLayout(layout, { lang: "es", timeoutMs: 1000 });
    expect(outcome).toMatchObject({ ok: true, syncs: 3, skipped: [] });
    expect(double.syncCount).toBe(3);
    const plan = double.sheet("Plan");
    expect(double.cell("Plan", "C3")).toMatchObject({ formula: "=SUM(1,2)", numberFormat: "0" });
    expect(double.cell("Plan", "B2").format).toMatchObject({ bold: true, fill: "#DDEBF7", horizontal: "Center", vertical: "Center" });
    expect(plan.validations[0]).toMatchObject({ ignoreBlanks: false, errorAlert: { title: "No", message: "Pick one", showAlert: true } });
    expect(plan.freeze).toEqual({ rows: 2, columns: 0 });
    expect(double.model.tables[0]).toMatchObject({ name: "TablaPlan", style: "TableStyleLight9" });
  });

  it("reports a failed write in the planner's language and removes the half-written sheets", async () => {
    double.failSync(2, "GeneralException", "boom");
    await expect(createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "en" })).rejects.toMatchObject({
      code: "EXCEL_ERROR",
      message: expect.stringContaining("Excel could not complete the operation"),
    });
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Hoja1"]);
  });
});
