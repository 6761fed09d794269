import { matrixRowFormulas } from "../../src/core/layout";
import { escoTemplate } from "../../src/core/escoTemplate";
import { createOfficeShell } from "../../src/excel/officeShell";
import type { ExcelShell } from "../../src/excel/shell";
import { MatrixWatcher } from "../../src/excel/watch";
import { WriteGuard } from "../../src/excel/writeGuard";
import { installDouble, MATRIX, type InstalledDouble } from "./helpers";

async function scaffolded(maxApi = "1.17"): Promise<{ double: InstalledDouble; shell: ExcelShell; errors: string[]; stop: () => Promise<void> }> {
  const double = installDouble(maxApi);
  const shell = createOfficeShell({ syncTimeoutMs: 1000 });
  await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
  const errors: string[] = [];
  const stop = await shell.watch({ lang: "es", onError: (m) => errors.push(m) });
  return { double, shell, errors, stop };
}

async function addinWrite(sheet: string, address: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe("keeping the managed matrix consistent as the planner types", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it("turns the planner's local 'x' into 'X', in one read and one write sync", async () => {
    const s = await scaffolded();
    double = s.double;
    double.resetCounters();
    await double.simulateUserEdit(MATRIX, "E7:F8", [["x", "Sí"], [" X ", 2]]);
    expect(double.read(MATRIX, "E7:F8")).toEqual([["X", "X"], ["X", 2]]);
    expect(double.syncCount).toBe(2);
    expect(s.errors).toEqual([]);
    expect(double.handlerErrors).toEqual([]);
  });

  it("leaves planned shares (0.5, 50%) for Reparar to ask about, and turns x, Sí, ✓, XX into X", async () => {
    const s = await scaffolded();
    double = s.double;
    await double.simulateUserEdit(MATRIX, "E7:J7", [["0.5", "50%", "x", "Sí", "✓", "XX"]]);
    expect(double.read(MATRIX, "E7:J7")).toEqual([[0.5, 0.5, "X", "X", "X", "X"]]);
    expect(double.cell(MATRIX, "F7").numberFormat).toBe("0%");
    expect(s.errors).toEqual([]);
    expect(double.handlerErrors).toEqual([]);
  });

  it("ignores co-authors' edits, the add-in's own writes, and edits outside the table", async () => {
    const s = await scaffolded();
    double = s.double;
    await double.simulateUserEdit(MATRIX, "E7", "x", { remote: true });
    await addinWrite(MATRIX, "F7", "x");
    await double.idle();
    double.resetCounters();
    await double.simulateUserEdit(MATRIX, "T7", "x");
    await double.simulateUserEdit("Hoja1", "E7", "x");
    expect(double.read(MATRIX, "E7:F7")).toEqual([["x", "x"]]);
    expect(double.cell(MATRIX, "T7").value).toBe("x");
    expect(double.cell("Hoja1", "E7").value).toBe("x");
    // The edit beside the table only reads (one sync), writes nothing.
    expect(double.syncCount).toBe(1);
  });

  it("is idempotent: a second pass over the same edit changes nothing and writes nothing", async () => {
    const s = await scaffolded();
    double = s.double;
    await double.simulateUserEdit(MATRIX, "E7", "x");
    const after = double.snapshot();
    double.resetCounters();
    await double.simulateUserEdit(MATRIX, "E7", "X");
    expect(double.snapshot()).toBe(after);
    expect(double.syncCount).toBe(1);
  });

  it("below ExcelApi 1.14 ignores changes while our own write is in flight, recognises its pass's own echoes, and never loops", async () => {
    double = installDouble("1.13");
    const errors: string[] = [];
    const shell = createOfficeShell({ syncTimeoutMs: 1000 });
    await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    const guard = new WriteGuard();
    const watcher = new MatrixWatcher({ lang: "es", timeoutMs: 1000, onError: (m) => errors.push(m), changeSource: false, copyFormats: true, delayForCellEdit: true, guard });
    await watcher.scan();
    // A change that arrives while the shell itself is writing is taken for its own.
    await guard.run(() => watcher.onChanged({ address: "E7", source: "Local", worksheetId: double.sheet(MATRIX).id, changeType: "RangeEdited" } as unknown as Excel.WorksheetChangedEventArgs));
    double.resetCounters();
    await double.simulateUserEdit(MATRIX, "F7", "x");
    expect(double.cell(MATRIX, "F7").value).toBe("X");
    // The pass's own write fires a change with no triggerSource, after the pass: the watch knows its cells, so it costs nothing.
    expect(double.syncCount).toBe(2);
    double.resetCounters();
    await double.idle();
    expect(double.syncCount).toBe(0);
    await watcher.stop();
    expect(errors).toEqual([]);
  });

  it("numbers a result typed below the table, and gives the new row the first row's formats, validation and formulas", async () => {
    const s = await scaffolded();
    double = s.double;
    await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
    expect(double.model.tables[1].rect.bottom).toBe(13);
    expect(double.cell(MATRIX, "A14").value).toBe(8);
    expect(double.cell(MATRIX, "A14").numberFormat).toBe(double.cell(MATRIX, "A13").numberFormat);
    expect(double.cell(MATRIX, "D14").numberFormat).toBe("@");
    expect(double.cell(MATRIX, "C14").formula).toBe(double.cell(MATRIX, "C7").formula!.replace(/B7/g, "B14"));
    expect(double.cell(MATRIX, "Q14").formula).toBe(matrixRowFormulas(14, "Objetivos", "es").monthCount);
    const matrix = double.sheet(MATRIX);
    const monthRule = matrix.validations.find((v) => v.rect.top === 13 && v.rect.left === 4 && v.rect.right === 15);
    expect(monthRule?.rule).toEqual({ custom: { formula: expect.stringContaining("E14") } });
    expect(monthRule?.errorAlert?.title).toBeTruthy();
    expect(matrix.conditionalFormats.some((cf) => cf.rect.top === 13 && cf.rect.left === 4 && cf.formula?.includes("E14"))).toBe(true);
    // The new row, once typed into, is kept like the others.
    await double.simulateUserEdit(MATRIX, "G14", "si");
    expect(double.cell(MATRIX, "G14").value).toBe("X");
    expect(s.errors).toEqual([]);
  });

  it("renumbers N° when a row is emptied, leaving formula cells and the planner's own codes alone", async () => {
    const s = await scaffolded();
    double = s.double;
    await double.simulateUserEdit(MATRIX, "A10", "3.a");
    await double.simulateUserEdit(MATRIX, "D8", null);
    expect(double.read(MATRIX, "A7:A13").map((r) => r[0])).toEqual([1, "", 2, "3.a", 4, 5, 6]);
  });

  it("stops listening when asked", async () => {
    const s = await scaffolded();
    double = s.double;
    await s.stop();
    expect(double.sheet(MATRIX).changedHandlers.size).toBe(0);
    await double.simulateUserEdit(MATRIX, "E7", "x");
    expect(double.cell(MATRIX, "E7").value).toBe("x");
  });

  it("starts keeping a matrix scaffolded after watching began", async () => {
    double = installDouble();
    const errors: string[] = [];
    const shell = createOfficeShell({ syncTimeoutMs: 1000 });
    await shell.watch({ lang: "es", onError: (m) => errors.push(m) });
    await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    await double.simulateUserEdit(MATRIX, "E7", "x");
    expect(double.cell(MATRIX, "E7").value).toBe("X");
    expect(errors).toEqual([]);
  });
});
