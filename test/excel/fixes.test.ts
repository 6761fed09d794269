import { escoTemplate } from "../../src/core/escoTemplate";
import type { Fix } from "../../src/core/model";
import { createOfficeShell } from "../../src/excel/officeShell";
import { installDouble, MATRIX, type InstalledDouble } from "./helpers";

describe("applying fixes and selecting cells through the Office.js double", () => {
  let double: InstalledDouble;
  beforeEach(() => {
    double = installDouble();
  });
  afterEach(() => double.uninstall());

  it("writes only the fixes whose cells still hold what the report saw, in one read and one write sync", async () => {
    double.seed("Plan", [
      ["Resultado", "Ene", "Feb", "Mar"],
      ["R1", "x", "si", null],
      ["R2", "X", 3, "=1"],
    ]);
    const before = double.snapshot();
    const fix = (cell: string, value: string | null): Fix => ({ sheet: "Plan", cell, value, safe: true });
    const fixes = [
      fix("B2", "X"), // still "x": applied
      fix("C2", "X"), // still "si": applied
      fix("D2", "X"), // empty (a colour mark): applied
      fix("B3", "X"), // already X: skipped
      fix("C3", "X"), // now a quantity: skipped
      fix("D3", "X"), // now a formula: skipped
    ];
    const result = await createOfficeShell().applyFixes(fixes);
    expect(result).toEqual({ applied: 3, skipped: 3 });
    expect(double.syncCount).toBe(2);
    expect(double.read("Plan", "B2:D3")).toEqual([["X", "X", "X"], ["X", 3, ""]]);
    expect(double.cell("Plan", "D3").formula).toBe("=1");
    expect(before).not.toBe(double.snapshot());
  });

  it("repairs a date typed as a month mark: a date-formatted serial is a date, not a quantity", async () => {
    double.seed("Plan", [["Resultado", "Ene", "Feb"], ["R1", 45657, 3]]);
    double.sheet("Plan").cells.get(1 * 16384 + 1)!.numberFormat = "m/d/yyyy";
    const result = await createOfficeShell().applyFixes([
      { sheet: "Plan", cell: "B2", value: null, safe: false },
      { sheet: "Plan", cell: "C2", value: null, safe: false },
    ]);
    expect(result).toEqual({ applied: 1, skipped: 1 });
    expect(double.read("Plan", "B2:C2")).toEqual([["", 3]]);
  });

  it("writes a fix only while its cell holds exactly what the report saw: a later edit wins however wrong it looks", async () => {
    const shell = createOfficeShell();
    await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    await double.simulateUserEdit(MATRIX, "E7", "abc");
    await double.simulateUserEdit(MATRIX, "F7", "x");
    await double.simulateUserEdit(MATRIX, "G7", "12/31/2024");
    await double.simulateUserEdit(MATRIX, "H7", "#N/A");
    const outcome = await shell.validate({ lang: "es", sheet: MATRIX });
    if (!outcome.ok) throw new Error("the scaffolded matrix must be found");
    const fixes = outcome.report.issues.flatMap((i) => (i.fix && /^[E-H]7$/.test(i.fix.cell) ? [i.fix] : []));
    expect(fixes.map((f) => [f.cell, f.value, f.seen])).toEqual([
      ["E7", null, "abc"],
      ["F7", "X", "x"],
      ["G7", null, "2024-12-31T00:00:00.000Z"],
      ["H7", null, "#N/A"],
    ]);
    // The planner types an objective id over "abc" (as wrong a mark as before) and "xx" over "x".
    await double.simulateUserEdit(MATRIX, "E7", "OE2");
    await double.simulateUserEdit(MATRIX, "F7", "xx");
    double.resetCounters();
    expect(await shell.applyFixes(fixes)).toEqual({ applied: 2, skipped: 2 });
    expect(double.syncCount).toBe(2);
    expect(double.read(MATRIX, "E7:H7")).toEqual([["OE2", "xx", "", ""]]);
  });

  it("skips fixes on a sheet that no longer exists", async () => {
    double.seed("Plan", [["Resultado", "Ene"], ["R1", "x"]]);
    const result = await createOfficeShell().applyFixes([
      { sheet: "Plan", cell: "B2", value: "X", safe: true },
      { sheet: "Borrada", cell: "B2", value: "X", safe: true },
    ]);
    expect(result).toEqual({ applied: 1, skipped: 1 });
    expect(double.cell("Plan", "B2").value).toBe("X");
  });

  it("moves the selection to the cell, activating its sheet, in one sync", async () => {
    const shell = createOfficeShell();
    await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Hoja1").activate();
      await context.sync();
    });
    double.resetCounters();
    await shell.selectCell(MATRIX, "F9");
    expect(double.syncCount).toBe(1);
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("'Matriz POA 2024'!F9");
    });
  });

  it("tells the planner, in their language, when the cell's sheet is gone", async () => {
    await expect(createOfficeShell().selectCell("Borrada", "A1")).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("la celda A1 de la hoja «Borrada»"),
    });
  });
});
