import ExcelJS from "exceljs";
import { parseCell, parseRange } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldLayout } from "../../src/core/layout";
import { layoutToWorkbook } from "../../src/cli/writeLayout";
import { createOfficeShell } from "../../src/excel/officeShell";
import { cellEdges, sheetLooks } from "../excelDouble/printLayout";
import { installDouble, MATRIX, type InstalledDouble } from "./helpers";

/**
 * The add-in's scaffold against the CLI's file (contract §2, issue 10): the same print setup, grid,
 * validation and references, written through the Office.js double; and, as issue 15 item 6 asks, a
 * scaffold that keeps its data and formulas when a cosmetic part is missing from the planner's Excel
 * or refused by it, and says so in one sentence.
 */

const SHEETS = ["Objetivos", MATRIX, "Cobertura"];

async function cliWorkbook(): Promise<ExcelJS.Workbook> {
  const buffer = await layoutToWorkbook(scaffoldLayout(escoTemplate(2024), { lang: "es" })).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  return wb;
}

/** `&L…&C…&R…` as its three sections. */
function footerSections(code: string | undefined): { leftFooter: string; centerFooter: string; rightFooter: string } {
  const out = { leftFooter: "", centerFooter: "", rightFooter: "" };
  for (const m of (code ?? "").matchAll(/&([LCR])((?:(?!&[LCR]).)*)/g)) out[({ L: "leftFooter", C: "centerFooter", R: "rightFooter" } as const)[m[1] as "L" | "C" | "R"]] = m[2];
  return out;
}

type DataValidationsHolder = { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } };

describe("the add-in's scaffold against the CLI's file", () => {
  let double: InstalledDouble;
  let cli: ExcelJS.Workbook;
  beforeAll(async () => {
    cli = await cliWorkbook();
  }, 30_000);
  beforeEach(() => {
    double = installDouble();
  });
  afterEach(() => double.uninstall());

  it("sets the same print setup on every sheet", async () => {
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" });
    expect(outcome).toEqual({ ok: true, names: { objectives: "Objetivos", matrix: MATRIX, coverage: "Cobertura" } });
    for (const name of SHEETS) {
      const file = cli.getWorksheet(name)!.pageSetup;
      const pl = sheetLooks(double.sheet(name)).pageLayout;
      const [first, last] = (file.printTitlesRow as string).split(":").map(Number);
      expect({ name, ...pl }).toEqual({
        name,
        orientation: file.orientation === "landscape" ? "Landscape" : "Portrait",
        paperSize: (file.paperSize as number | undefined) === 1 ? "Letter" : String(file.paperSize),
        zoom: { horizontalFitToPages: file.fitToWidth, verticalFitToPages: file.fitToHeight },
        leftMargin: file.margins!.left * 72,
        rightMargin: file.margins!.right * 72,
        topMargin: file.margins!.top * 72,
        bottomMargin: file.margins!.bottom * 72,
        headerMargin: file.margins!.header * 72,
        footerMargin: file.margins!.footer * 72,
        printTitleRows: { top: first - 1, bottom: last - 1 },
        footers: footerSections(cli.getWorksheet(name)!.headerFooter.oddFooter),
      });
      expect(file.fitToPage).toBe(true);
    }
  });

  it("writes the same formulas, validation, grid and frozen panes", async () => {
    await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" });
    for (const name of SHEETS) {
      const ws = cli.getWorksheet(name)!;
      const sheet = double.sheet(name);
      let formulas = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const address = cell.address;
          const { row: r, col: c } = parseCell(address);
          if (cell.formula) {
            formulas++;
            expect({ address, formula: double.cell(name, address).formula }).toEqual({ address, formula: `=${cell.formula}` });
          }
          const edges = cellEdges(sheet, r, c);
          const drawn = cell.border ? { top: !!cell.border.top, bottom: !!cell.border.bottom, left: !!cell.border.left, right: !!cell.border.right } : { top: false, bottom: false, left: false, right: false };
          expect({ address, edges }).toEqual({ address, edges: drawn });
        }),
      );
      if (name !== "Objetivos") expect(formulas).toBeGreaterThan(0);
      const view = ws.views[0] as { xSplit?: number; ySplit?: number };
      expect(sheet.freeze).toEqual({ rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 });
      // Every validation of the file, cell by cell, is the double's rule (relative formulas written for the range's top-left).
      const dv = (ws as unknown as DataValidationsHolder).dataValidations.model;
      for (const [address, v] of Object.entries(dv)) {
        if (!v) continue;
        for (let r = parseRange(address).top; r <= parseRange(address).bottom; r++) {
          const hit = sheet.validations.find((x) => r >= x.rect.top && r <= x.rect.bottom && parseRange(address).left >= x.rect.left && parseRange(address).left <= x.rect.right);
          expect(hit).toBeDefined();
          const rule = hit!.rule as { list?: { source: string }; custom?: { formula: string } };
          if (v.type === "list") expect(rule.list?.source).toBe(`=${v.formulae[0]}`);
        }
      }
    }
    const matrix = double.sheet(MATRIX);
    const custom = matrix.validations.find((v) => "custom" in v.rule)!;
    const fileRule = (cli.getWorksheet(MATRIX) as unknown as DataValidationsHolder).dataValidations.model.E7!;
    expect((custom.rule as { custom: { formula: string } }).custom.formula).toBe(`=${fileRule.formulae[0]}`);
  });

  it("sizes the rows the CLI gives a height: autofit where that height only fits wrapped text, the same points where a title is merged", async () => {
    await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" });
    const layout = scaffoldLayout(escoTemplate(2024), { lang: "es" });
    for (const sheet of layout.sheets) {
      const looks = sheetLooks(double.sheet(sheet.name));
      for (const h of sheet.rowHeights ?? []) {
        if (h.fitsText) expect({ row: h.row, autofit: looks.autofitRows.has(h.row - 1) }).toEqual({ row: h.row, autofit: true });
        else expect({ row: h.row, height: looks.rowHeights.get(h.row - 1) }).toEqual({ row: h.row, height: h.height });
      }
    }
  });
});

describe("a scaffold on an Excel that lacks, or refuses, a cosmetic part", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it("without ExcelApi 1.9 writes everything but the print setup, and says so", async () => {
    double = installDouble("1.8");
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" });
    expect(outcome).toEqual({
      ok: true,
      names: expect.anything(),
      notes: ["La matriz se creó con sus datos y fórmulas, pero sin la configuración de impresión, que esta versión de Excel no permite."],
    });
    expect(sheetLooks(double.sheet(MATRIX)).pageLayout.orientation).toBe("Portrait");
    expect(double.sheet(MATRIX).validations).toHaveLength(2);
    expect(double.model.tables).toHaveLength(2);
  });

  it("without ExcelApi 1.8 writes no validation and no print setup, keeps the rest, and says both in one sentence", async () => {
    double = installDouble("1.7");
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "en" });
    expect(outcome).toMatchObject({
      ok: true,
      notes: ["The matrix was created with its data and formulas, but without the cell validation (objective list and month marks) and the print setup, which this version of Excel does not offer."],
    });
    const matrix = double.sheet(MATRIX);
    expect(matrix.validations).toEqual([]);
    expect(matrix.conditionalFormats).toHaveLength(2);
    expect(matrix.freeze).toEqual({ rows: 6, columns: 4 });
    expect(double.cell(MATRIX, "C7").formula).toMatch(/^=IFERROR\(INDEX\(/);
  });

  it("keeps data, formulas and every other part when freezing panes throws (office-js#2196), and lands on the matrix", async () => {
    double = installDouble();
    double.faults.failOperation({ match: "freezeAt", code: "GeneralException", message: "There was an internal error while processing the request.", times: Infinity });
    double.faults.failOperation({ match: "freezeRows", code: "GeneralException", message: "There was an internal error while processing the request.", times: Infinity });
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" });
    expect(outcome).toMatchObject({ ok: true, notes: ["La matriz se creó con sus datos y fórmulas, pero sin la inmovilización de los encabezados, que Excel no pudo aplicar."] });
    const matrix = double.sheet(MATRIX);
    expect(double.read(MATRIX, "D7")[0][0]).toMatch(/^Cooperación/);
    expect(double.cell("Cobertura", "C5").formula).toMatch(/^=IF\(\$A5/);
    expect(matrix.validations).toHaveLength(2);
    // The conditional formats were in the request that failed: written again once, not twice.
    expect(matrix.conditionalFormats).toHaveLength(2);
    expect(double.sheet("Cobertura").conditionalFormats).toHaveLength(2);
    expect(matrix.merges).toHaveLength(4);
    expect(sheetLooks(matrix).pageLayout.orientation).toBe("Landscape");
    expect(matrix.freeze).toEqual({ rows: 0, columns: 0 });
    expect(double.model.activeSheetId).toBe(matrix.id);
  });

  it("leaves out only the print setup when Excel refuses its zoom, and throws for nothing", async () => {
    double = installDouble();
    double.faults.failOperation({ match: "PageLayout.zoom", code: "InvalidArgument", message: "The argument is invalid or missing or has an incorrect format.", times: Infinity });
    const outcome = await createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "en" });
    expect(outcome).toMatchObject({ ok: true, notes: ["The matrix was created with its data and formulas, but without the print setup, which Excel could not apply."] });
    expect(double.sheet(MATRIX).freeze).toEqual({ rows: 6, columns: 4 });
  });

  it("still removes the new sheets and throws when the data itself cannot be written", async () => {
    double = installDouble();
    double.faults.failOperation({ match: "tables.add", code: "GeneralException", message: "There was an internal error while processing the request.", times: Infinity });
    await expect(createOfficeShell().scaffold({ template: escoTemplate(2024), lang: "es" })).rejects.toMatchObject({ code: "EXCEL_ERROR" });
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Hoja1"]);
  });
});
