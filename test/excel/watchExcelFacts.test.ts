import { columnLetter } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { shiftFormula } from "../../src/core/formulaShift";
import { matrixRowFormulas, monthMarkValidationFormula, scaffoldLayout } from "../../src/core/layout";
import { createOfficeShell } from "../../src/excel/officeShell";
import type { ExcelShell } from "../../src/excel/shell";
import { MatrixWatcher } from "../../src/excel/watch";
import { WriteGuard } from "../../src/excel/writeGuard";
import { FIVE_MB } from "../excelDouble";
import { getCell, type SheetModel } from "../excelDouble/model";
import { installDouble, MATRIX, showFormulaResults, templateWithRows, type InstalledDouble } from "./helpers";

/**
 * The watch against the double's Excel behaviours (docs/excel-double.md): rows a table gains by typing,
 * fill-down or a mid-table insert get the layout's formulas, numbers and validation; events that come
 * late, for formats too, or never; the planner editing a cell; a 5,000-row plan with long results under
 * Excel on the web's caps; and a planner's own table that looks like the matrix left alone.
 */

const TABLE = "TablaPOA2024";

async function watched(maxApi = "1.17", template = escoTemplate(2024)): Promise<{ double: InstalledDouble; shell: ExcelShell; errors: string[]; stop: () => Promise<void> }> {
  const double = installDouble(maxApi);
  const shell = createOfficeShell({ syncTimeoutMs: 5000 });
  const outcome = await shell.scaffold({ template, lang: "es" });
  if (!outcome.ok) throw new Error("scaffold met a conflict");
  const errors: string[] = [];
  const stop = await shell.watch({ lang: "es", onError: (m) => errors.push(m) });
  double.resetCounters();
  return { double, shell, errors, stop };
}

/** The formula a cell's custom validation applies to that very cell (the rule moved from the cell it was written for). */
function validationAt(sheet: SheetModel, row: number, col: number): string | null {
  const v = sheet.validations.find((x) => row >= x.rect.top && row <= x.rect.bottom && col >= x.rect.left && col <= x.rect.right);
  const custom = v?.rule.custom as { formula?: string } | undefined;
  if (!v || !custom?.formula) return null;
  const anchor = v.anchor ?? { row: v.rect.top, col: v.rect.left };
  return shiftFormula(custom.formula, row - anchor.row, col - anchor.col);
}

/** Every month cell of these 1-based rows validates itself with the layout's rule. */
function expectMonthsValidateThemselves(double: InstalledDouble, rows: number[]): void {
  const sheet = double.sheet(MATRIX);
  for (const row of rows) {
    for (let col = 4; col <= 15; col++) expect(`${columnLetter(col)}${row}: ${validationAt(sheet, row - 1, col)}`).toBe(`${columnLetter(col)}${row}: ${monthMarkValidationFormula(`${columnLetter(col)}${row}`)}`);
  }
}

function expectRowFormulas(double: InstalledDouble, row: number): void {
  expect(double.cell(MATRIX, `C${row}`).formula).toBe(double.cell(MATRIX, "C7").formula!.replace(/B7/g, `B${row}`));
  expect(double.cell(MATRIX, `Q${row}`).formula).toBe(matrixRowFormulas(row, "Objetivos", "es").monthCount);
  expect(double.cell(MATRIX, `R${row}`).formula).toContain(`LEN(TRIM(D${row}))`);
}

const numbers = (double: InstalledDouble, from: number, to: number) => double.read(MATRIX, `A${from}:A${to}`).map((r) => r[0]);

describe("the watch against Excel's behaviours", () => {
  let double: InstalledDouble;
  afterEach(() => double?.uninstall());

  describe("rows the table gains get what scaffolding gives a row, from the layout (never a rule read back)", () => {
    it.each(["1.17", "1.13"])("typed below the table (ExcelApi %s): formulas, N°, and month cells that each validate themselves, in 3 syncs", async (api) => {
      const s = await watched(api);
      double = s.double;
      await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
      expect(double.syncCount).toBeLessThanOrEqual(3);
      expect(double.cell(MATRIX, "A14").value).toBe(8);
      expectRowFormulas(double, 14);
      expectMonthsValidateThemselves(double, [14]);
      // Rows that were there keep their own rule.
      expectMonthsValidateThemselves(double, [7, 13]);
      expect(double.cell(MATRIX, "D14").numberFormat).toBe("@");
      // Our own writes' events (formats included) come after the pass and start no other pass.
      double.resetCounters();
      await double.idle();
      expect(double.syncCount).toBe(0);
      expect(s.errors).toEqual([]);
    });

    it("typed below the table on ExcelApi 1.7 (no data validation there): formulas and N°, no validation written, no error", async () => {
      const s = await watched("1.7");
      double = s.double;
      await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
      expect(double.cell(MATRIX, "A14").value).toBe(8);
      expectRowFormulas(double, 14);
      expect(double.sheet(MATRIX).validations).toEqual([]);
      await double.idle();
      expect(s.errors).toEqual([]);
    });

    it("filled down from the last row (RowInserted names the old last rows, office-js #728)", async () => {
      const s = await watched();
      double = s.double;
      await double.simulateFillDown(MATRIX, "D13", 16);
      expect(double.model.tables.find((t) => t.name === TABLE)?.rect.bottom).toBe(15);
      for (const row of [14, 15, 16]) expectRowFormulas(double, row);
      expect(numbers(double, 12, 16)).toEqual([6, 7, 8, 9, 10]);
      expectMonthsValidateThemselves(double, [14, 15, 16]);
      expect(s.errors).toEqual([]);
    });

    it("inserted mid-table: the new row gets formulas and validation, and N° once it holds something", async () => {
      const s = await watched();
      double = s.double;
      await double.simulateInsertTableRows(TABLE, 9, 1);
      expectRowFormulas(double, 9);
      expectMonthsValidateThemselves(double, [9, 10, 14]);
      // The rows below moved with their own formulas, untouched.
      expect(double.cell(MATRIX, "Q14").formula).toBe(matrixRowFormulas(14, "Objetivos", "es").monthCount);
      expect(numbers(double, 7, 14)).toEqual([1, 2, "", 3, 4, 5, 6, 7]);
      await double.simulateUserEdit(MATRIX, "D9", "Resultado insertado");
      expect(numbers(double, 7, 14)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(s.errors).toEqual([]);
    });
  });

  it("where the first row's formulas are not the layout's, rows gained get that row's formulas moved, and no guessed validation", async () => {
    const s = await watched();
    double = s.double;
    await double.simulateUserEdit(MATRIX, "Q7", "=COUNTA(E7:P7)");
    double.resetCounters();
    await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
    expect(double.syncCount).toBeLessThanOrEqual(3);
    expect(double.cell(MATRIX, "Q14").formula).toBe("=COUNTA(E14:P14)");
    expect(double.cell(MATRIX, "C14").formula).toBe(double.cell(MATRIX, "C7").formula!.replace(/B7/g, "B14"));
    expect(double.cell(MATRIX, "D14").numberFormat).toBe("@");
    expect(double.cell(MATRIX, "A14").value).toBe(8);
    expect(validationAt(double.sheet(MATRIX), 13, 5)).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it("reports a write Excel refuses in the planner's language, and keeps watching", async () => {
    const s = await watched();
    double = s.double;
    double.faults.failOperation({ match: "values", code: "GeneralException", message: "Simulated" });
    await double.simulateUserEdit(MATRIX, "E7", "x");
    expect(double.cell(MATRIX, "E7").value).toBe("x");
    expect(s.errors).toEqual([expect.stringMatching(/^Excel no pudo completar la operación \(GeneralException\)/)]);
    await double.simulateUserEdit(MATRIX, "F7", "x");
    expect(double.cell(MATRIX, "F7").value).toBe("X");
  });

  describe("the planner editing a cell when a pass runs", () => {
    it("waits for the edit to end where Excel can hold the request (ExcelApi 1.11), with no message", async () => {
      const s = await watched("1.17");
      double = s.double;
      double.faults.enterCellEdit();
      const edit = double.simulateUserEdit(MATRIX, "E7", "x");
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(double.cell(MATRIX, "E7").value).toBe("x");
      double.faults.exitCellEdit();
      await edit;
      expect(double.cell(MATRIX, "E7").value).toBe("X");
      expect(s.errors).toEqual([]);
    });

    it("a growth whose write Excel refused for a cell edit is laid out in full when tried again", async () => {
      const s = await watched("1.17");
      double = s.double;
      double.faults.failOperation({ match: "numberFormat", code: "InvalidOperationInCellEditMode" });
      await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
      expectRowFormulas(double, 14);
      expect(double.cell(MATRIX, "A14").value).toBe(8);
      expectMonthsValidateThemselves(double, [14]);
      expect(s.errors).toEqual([]);
    });

    it("below ExcelApi 1.11 tries again quietly until the edit ends, and drops the pass quietly if it never does", async () => {
      double = installDouble("1.10");
      await createOfficeShell({ syncTimeoutMs: 5000 }).scaffold({ template: escoTemplate(2024), lang: "es" });
      const errors: string[] = [];
      const watcher = new MatrixWatcher({ lang: "es", timeoutMs: 5000, onError: (m) => errors.push(m), changeSource: false, copyFormats: true, delayForCellEdit: false, guard: new WriteGuard(), editRetryMs: [5, 5, 10, 20] });
      await watcher.scan();
      double.faults.enterCellEdit();
      const edit = double.simulateUserEdit(MATRIX, "E7", "x");
      await new Promise((resolve) => setTimeout(resolve, 8));
      double.faults.exitCellEdit();
      await edit;
      expect(double.cell(MATRIX, "E7").value).toBe("X");
      double.faults.enterCellEdit();
      await double.simulateUserEdit(MATRIX, "F7", "x");
      expect(double.cell(MATRIX, "F7").value).toBe("x");
      expect(errors).toEqual([]);
      double.faults.exitCellEdit();
      await watcher.stop();
    });
  });

  describe("events Excel does not send", () => {
    it("a drop-down pick fires nothing on the web (office-js #4066): nothing the watch keeps depends on it, and Validar reads it", async () => {
      const s = await watched();
      double = s.double;
      await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
      double.resetCounters();
      await double.simulateDropdownPick(MATRIX, "B14", "OE2");
      expect(double.syncCount).toBe(0);
      const outcome = await s.shell.validate({ lang: "es" });
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      expect(outcome.report.results.find((r) => r.text === "Nuevo resultado")?.objective).toBe("OE2");
      expect(outcome.report.issues.filter((i) => i.cell === "D14" && i.code === "RESULT_UNMAPPED")).toEqual([]);
    });

    it("an event lost in fast typing (office-js #1760) leaves the mark as typed; Validar reports it and Reparar fixes it", async () => {
      const s = await watched();
      double = s.double;
      double.events.dropNextEvents(1);
      await double.simulateUserEdit(MATRIX, "E8", "x");
      expect(double.cell(MATRIX, "E8").value).toBe("x");
      const outcome = await s.shell.validate({ lang: "es" });
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      const fix = outcome.report.issues.find((i) => i.cell === "E8" && i.code === "NONSTANDARD_MONTH_MARK")?.fix;
      expect(fix).toMatchObject({ value: "X", safe: true });
      await s.shell.applyFixes([fix!]);
      expect(double.cell(MATRIX, "E8").value).toBe("X");
    });

    it("several edits delivered as one event over their bounding range are each kept", async () => {
      const s = await watched();
      double = s.double;
      double.events.coalesce = true;
      await Promise.all([double.simulateUserEdit(MATRIX, "E8", "x"), double.simulateUserEdit(MATRIX, "H11", "sí")]);
      expect(double.read(MATRIX, "E8")).toEqual([["X"]]);
      expect(double.read(MATRIX, "H11")).toEqual([["X"]]);
      expect(s.errors).toEqual([]);
    });
  });

  it("reads a matrix whose month headers are dates when Excel reports date formats in the account's locale (office-js #2824)", async () => {
    double = installDouble();
    const serial = (m: number) => Math.round((Date.UTC(2024, m, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
    double.seed("Plan", [["N°", "Resultado", ...Array.from({ length: 12 }, (_, m) => serial(m))], [1, "Resultado uno", "X"]]);
    for (let m = 0; m < 12; m++) getCell(double.sheet("Plan"), 0, 2 + m)!.numberFormat = "mmm-yy";
    double.localeDateFormats = true;
    const outcome = await createOfficeShell().validate({ lang: "es", sheet: "Plan" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect(outcome.report.results[0].months[0]).toBe(true);
    expect(outcome.report.issues.filter((i) => i.code === "MONTH_COLUMN_MISSING")).toEqual([]);
  });

  it("keeps a 5,000-row plan of 1,000-character results within Excel on the web's caps: at most 3 syncs and a few hundred KB per edit", async () => {
    const template = templateWithRows(5000, 1000);
    const s = await watched("1.17", template);
    double = s.double;
    showFormulaResults(double, scaffoldLayout(template, { lang: "es" }));
    const edits: [string, string | null, () => void][] = [
      ["E100", "x", () => expect(double.cell(MATRIX, "E100").value).toBe("X")],
      ["D50", null, () => expect(numbers(double, 50, 51)).toEqual(["", 44])],
      ["D5007", "Resultado nuevo al final", () => expect(double.cell(MATRIX, "A5007").value).toBe(5000)],
    ];
    for (const [address, value, check] of edits) {
      double.resetCounters();
      await double.simulateUserEdit(MATRIX, address, value);
      check();
      expect(double.syncCount).toBeLessThanOrEqual(3);
      for (const sync of double.syncs) {
        expect(sync.payloadBytes).toBeLessThan(FIVE_MB / 8);
        expect(sync.responseBytes).toBeLessThan(FIVE_MB / 5);
      }
    }
    expect(s.errors).toEqual([]);
  }, 60_000);

  it("leaves a planner's own table with the matrix's columns alone (not a table the add-in named)", async () => {
    const s = await watched();
    double = s.double;
    const months = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
    double.seed("Plan", [["N°", "Resultado", ...months], [10, "Uno", "X"], [20, "Dos", null], [30, "Tres", null]]);
    await Excel.run(async (context) => {
      const plan = context.workbook.worksheets.getItem("Plan");
      const t = plan.tables.add(plan.getRange("A1:N4"), true);
      t.name = "Tabla1";
      await context.sync();
    });
    await s.stop();
    const errors: string[] = [];
    const stop = await s.shell.watch({ lang: "es", onError: (m) => errors.push(m) });
    const before = double.snapshot();
    double.resetCounters();
    await double.simulateUserEdit("Plan", "D3", "x");
    await double.simulateUserEdit("Plan", "B3", null);
    expect(double.read("Plan", "A2:A4").map((r) => r[0])).toEqual([10, 20, 30]);
    expect(double.cell("Plan", "D3").value).toBe("x");
    expect(double.syncCount).toBe(0);
    expect(double.snapshot()).not.toBe(before);
    // The matrix is still kept.
    await double.simulateUserEdit(MATRIX, "E7", "x");
    expect(double.cell(MATRIX, "E7").value).toBe("X");
    await stop();
    expect(errors).toEqual([]);
  });
});
