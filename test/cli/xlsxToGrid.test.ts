import ExcelJS from "exceljs";
import { applyTint, resolveColor } from "../../src/cli/colors";
import { workbookToGrid } from "../../src/cli/xlsxToGrid";

/** Writes a workbook to bytes and reads it back, as the CLI does with a planner's file. */
async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Hoja"));
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

describe("workbookToGrid", () => {
  it("anchors values at A1 and turns every kind of cell into a plain value", async () => {
    const date = new Date(Date.UTC(2024, 2, 15));
    const wb = await roundTrip((ws) => {
      ws.getCell("B2").value = "texto";
      ws.getCell("C2").value = 3;
      ws.getCell("D2").value = true;
      ws.getCell("E2").value = date;
      ws.getCell("F2").value = { richText: [{ text: "Resul" }, { font: { bold: true }, text: "tado" }] };
      ws.getCell("G2").value = { text: "enlace", hyperlink: "https://example.org" };
      ws.getCell("H2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("I2").value = { formula: "1+1", result: 2 };
      ws.getCell("J2").value = { formula: "0*1", result: 0 };
      ws.getCell("K2").value = { formula: "NA()", result: { error: "#N/A" } as ExcelJS.CellErrorValue };
      ws.getCell("L2").value = { formula: '""', result: "" };
      ws.getCell("A4").value = "=SUM(1)";
    });
    const sheet = workbookToGrid(wb).sheets[0];
    expect(sheet.name).toBe("Hoja");
    expect(sheet.values[0]).toEqual([]);
    expect(sheet.values[1].slice(0, 11)).toEqual([null, "texto", 3, true, date, "Resultado", "enlace", { error: "#N/A" }, 2, 0, { error: "#N/A" }]);
    expect(sheet.values[1][11] === "" || sheet.values[1][11] === null).toBe(true);
    expect(sheet.values[2]).toEqual([]);
    expect(sheet.values[3]).toEqual(["=SUM(1)"]);
  });

  it("gives shared formulas their cached results", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = { formula: "ROW()", result: 1, shareType: "shared", ref: "A1:A3" } as ExcelJS.CellFormulaValue;
      ws.getCell("A2").value = { sharedFormula: "A1", result: 2 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("A3").value = { sharedFormula: "A1", result: 3 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(workbookToGrid(wb).sheets[0].values.map((r) => r[0])).toEqual([1, 2, 3]);
  });

  it("keeps a merge's value in its top-left cell only and lists the merges 0-based", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = "Título";
      ws.mergeCells("A1:C2");
    });
    const sheet = workbookToGrid(wb).sheets[0];
    expect(sheet.values[0]).toEqual(["Título", null, null]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });

  it("reads solid fills as RRGGBB, including on empty cells, from ARGB, theme and indexed colours", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = "Resultado";
      ws.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
      ws.getCell("C1").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.3999755851924192 } as Partial<ExcelJS.Color> };
      ws.getCell("D1").fill = { type: "pattern", pattern: "solid", fgColor: { indexed: 10 } as unknown as Partial<ExcelJS.Color> };
      ws.getCell("E1").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF000000" } };
    });
    const sheet = workbookToGrid(wb).sheets[0];
    expect(sheet.values[0]).toEqual(["Resultado", null, null, null, null]);
    const theme = (wb as unknown as { _themes: { theme1: string } })._themes.theme1;
    const accent1 = /<a:accent1>\s*<a:srgbClr val="([0-9A-F]{6})"/.exec(theme)![1];
    expect(sheet.fills![0]).toEqual([null, "92D050", applyTint(accent1, 0.3999755851924192), "FF0000", null]);
  });

  it("resolves tints the way Excel does, close enough to tell colours apart", () => {
    expect(applyTint("4472C4", 0)).toBe("4472C4");
    expect(applyTint("4472C4", 0.3999755851924192)).toBe("8FAADC"); // Excel: Accent 1, lighter 40%
    expect(applyTint("4472C4", -0.249977111117893)).toBe("2F5597"); // Excel: Accent 1, darker 25%
    expect(resolveColor({ indexed: 64 } as never, [])).toBeNull();
    expect(resolveColor(undefined, [])).toBeNull();
  });
});
