import { install, type ExcelDouble } from "../excelDouble";
import { cellEdges, sheetLooks } from "../excelDouble/printLayout";

/** The double's parts for the scaffold's looks and paper, as strict as Excel (sources in printLayout.ts and sheets.ts). */
describe("Office.js double: tables, panes, page layout, borders, row heights, faults", () => {
  let double: ExcelDouble & { uninstall(): void };
  beforeEach(() => {
    double = install(globalThis as unknown as Record<string, unknown>);
    double.seed("Datos", [["ID", "Texto"], ["OE1", "Uno"]]);
  });
  afterEach(() => double.uninstall());

  it("reads a bare table address on the active sheet, so a sheet that is not active needs a Range", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Datos").tables.add("A1:B2", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(double.model.tables).toEqual([]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Datos");
      sheet.tables.add(sheet.getRange("A1:B2"), true);
      await context.sync();
    });
    expect(double.model.tables.map((t) => t.rect)).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("makes a sheet the active one when its panes are frozen (office-js#3148)", async () => {
    const first = double.model.activeSheetId;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Datos");
      sheet.freezePanes.freezeAt(sheet.getRange("A1"));
      await context.sync();
    });
    expect(double.model.activeSheetId).not.toBe(first);
    expect(double.model.activeSheetId).toBe(double.sheet("Datos").id);
  });

  it("applies the operations queued before a failing one, not it nor those after (a batch is no transaction)", async () => {
    double.faults.failOperation({ match: "freezeRows", code: "GeneralException", message: "There was an internal error while processing the request.", times: Infinity });
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Datos");
        sheet.getRange("C1").values = [["antes"]];
        sheet.freezePanes.freezeRows(1);
        sheet.getRange("C2").values = [["después"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(double.read("Datos", "C1:C2")).toEqual([["antes"], [""]]);
    expect(double.sheet("Datos").freeze).toEqual({ rows: 0, columns: 0 });
  });

  it("offers the page layout only from ExcelApi 1.9", async () => {
    double.maxApi = "1.8";
    await expect(Excel.run(async (context) => void context.workbook.worksheets.getItem("Datos").pageLayout)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("takes the zoom only as a whole object, a scale or a fit, and reads it after load", async () => {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Datos").pageLayout;
      expect(() => layout.zoom).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => (layout.zoom = { scale: 5 })).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => (layout.zoom = { scale: 80, horizontalFitToPages: 1 })).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.orientation = "Landscape";
      layout.setPrintTitleRows("$1:$1");
      layout.headersFooters.defaultForAllPages.rightFooter = "Página &P de &N";
      await context.sync();
      layout.load("zoom");
      await context.sync();
      // A copy: changing it changes nothing (the docs say to set zoom as a whole object).
      layout.zoom.horizontalFitToPages = 3;
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
    expect(sheetLooks(double.sheet("Datos")).pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { top: 0, bottom: 0 },
      footers: { rightFooter: "Página &P de &N" },
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Datos").pageLayout.setPrintTitleRows("A1:B1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("draws borders edge by edge, sets row heights up to 409 pt, and autofit makes a row automatic again", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Datos").getRange("A1:B2");
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) range.format.borders.getItem(edge).style = "Continuous";
      context.workbook.worksheets.getItem("Datos").getRange("1:2").format.rowHeight = 30;
      context.workbook.worksheets.getItem("Datos").getRange("2:2").format.autofitRows();
      await context.sync();
    });
    const sheet = double.sheet("Datos");
    expect(cellEdges(sheet, 1, 1)).toEqual({ top: true, bottom: true, left: true, right: true });
    expect(cellEdges(sheet, 2, 0)).toEqual({ top: false, bottom: false, left: false, right: false });
    expect([...sheetLooks(sheet).rowHeights]).toEqual([[0, 30]]);
    expect([...sheetLooks(sheet).autofitRows]).toEqual([1]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Datos").getRange("3:3").format.rowHeight = 410;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
