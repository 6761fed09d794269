import { install, type ExcelDouble } from "../excelDouble";

/**
 * The double behaves as Excel does where the watch leans on it (docs/excel-double.md gives each point's
 * source): when events come and for what, how rules read back, what a fill-down and an inserted table
 * row do and report, per-operation faults and cell edit mode.
 */

type Installed = ExcelDouble & { uninstall(): void };

function installed(maxApi = "1.17"): Installed {
  return install(globalThis as unknown as Record<string, unknown>, { maxApi });
}

async function withSheet<T>(f: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => f(context.workbook.worksheets.getItem("Hoja1"), context));
}

/** A table Tareas on A1:C4 (header, three rows) with a formula column C and a validation over B2:B4. */
async function smallTable(double: Installed): Promise<void> {
  double.seed("Hoja1", [["N", "Valor", "Doble"], [1, 5, null], [2, 6, null], [3, 7, null]]);
  await withSheet(async (sheet, context) => {
    const t = sheet.tables.add("A1:C4", true);
    t.name = "Tareas";
    sheet.getRange("C2:C4").formulas = [["=B2*2"], ["=B3*2"], ["=B4*2"]];
    sheet.getRange("B2:B4").dataValidation.rule = { custom: { formula: "=B2>0" } };
    await context.sync();
  });
}

interface Seen {
  address: string;
  changeType: string;
  triggerSource?: string;
}

async function listen(double: Installed): Promise<Seen[]> {
  const seen: Seen[] = [];
  await withSheet(async (sheet, context) => {
    sheet.onChanged.add(async (args) => {
      seen.push({ address: args.address, changeType: args.changeType, triggerSource: (args as { triggerSource?: string }).triggerSource });
    });
    await context.sync();
  });
  double.resetCounters();
  return seen;
}

describe("the double, as Excel", () => {
  let double: Installed;
  afterEach(() => double.uninstall());

  it("delivers a write's onChanged after the sync that made it, not inside it (office-js #1502)", async () => {
    double = installed();
    const seen = await listen(double);
    let duringSync = -1;
    await withSheet(async (sheet, context) => {
      sheet.getRange("A1").values = [["x"]];
      await context.sync();
      duringSync = seen.length;
    });
    expect(duringSync).toBe(0);
    await double.idle();
    expect(seen).toEqual([{ address: "A1", changeType: "RangeEdited", triggerSource: "ThisLocalAddin" }]);
  });

  it("fires onChanged for format writes as for values (\"the format or value of the data\")", async () => {
    double = installed();
    const seen = await listen(double);
    await withSheet(async (sheet, context) => {
      sheet.getRange("B2:C2").numberFormat = [["@", "0"]];
      sheet.getRange("D4").format.fill.color = "#FFEB9C";
      sheet.getRange("E5").format.horizontalAlignment = "Center";
      await context.sync();
    });
    await double.idle();
    expect(seen.map((s) => s.address)).toEqual(["B2:C2", "D4", "E5"]);
  });

  it("can lose planner events (office-js #1760) or deliver several edits as one over their bounding range", async () => {
    double = installed();
    const seen = await listen(double);
    double.events.dropNextEvents(1);
    await double.simulateUserEdit("Hoja1", "A1", "x");
    expect(seen).toEqual([]);
    double.events.coalesce = true;
    await Promise.all([double.simulateUserEdit("Hoja1", "B2", "x"), double.simulateUserEdit("Hoja1", "D5", "y")]);
    expect(seen.map((s) => s.address)).toEqual(["B2:D5"]);
  });

  it("fires nothing for a drop-down pick on the web (office-js #4066), and does on desktop", async () => {
    double = installed();
    const seen = await listen(double);
    await double.simulateDropdownPick("Hoja1", "B2", "OE3");
    expect(double.cell("Hoja1", "B2").value).toBe("OE3");
    expect(seen).toEqual([]);
    double.dropdownPickFiresEvent = true;
    await double.simulateDropdownPick("Hoja1", "B3", "OE4");
    expect(seen.map((s) => s.address)).toEqual(["B3"]);
  });

  it("reads a validation rule back for its range's top-left cell, whichever cell is asked (as #5194 for conditional formats)", async () => {
    double = installed();
    await withSheet(async (sheet, context) => {
      sheet.getRange("E7:P13").dataValidation.rule = { custom: { formula: "=LEN(E7)<2" } };
      await context.sync();
      const asked = sheet.getRange("G10").dataValidation.load("rule");
      await context.sync();
      expect(asked.rule).toEqual({ custom: { formula: "=LEN(E7)<2" } });
      // Written for a range, a rule means the same cell-relative check everywhere: G10 checks G10.
      sheet.getRange("G10").dataValidation.clear();
      await context.sync();
      const rest = sheet.getRange("E11").dataValidation.load("rule");
      await context.sync();
      expect(rest.rule).toEqual({ custom: { formula: "=LEN(E11)<2" } });
    });
  });

  it("refuses a different rule over cells that have one, and takes the same rule written for another top-left as the same", async () => {
    double = installed();
    await withSheet(async (sheet, context) => {
      sheet.getRange("E7:E9").dataValidation.rule = { custom: { formula: "=E7>0" } };
      await context.sync();
      sheet.getRange("E8:E9").dataValidation.rule = { custom: { formula: "=E8>0" } };
      await context.sync();
      sheet.getRange("E9").dataValidation.rule = { custom: { formula: "=E7>0" } };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("fails one operation inside a sync: what came before it is applied, nothing after (office-js #2196)", async () => {
    double = installed();
    double.faults.failOperation({ match: "freezeRows", code: "GeneralException" });
    await expect(
      withSheet(async (sheet, context) => {
        sheet.getRange("A1").values = [["antes"]];
        sheet.freezePanes.freezeRows(1);
        sheet.getRange("A2").values = [["después"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(double.read("Hoja1", "A1:A2")).toEqual([["antes"], [""]]);
    expect(double.sheet("Hoja1").freeze).toEqual({ rows: 0, columns: 0 });
    // Only as many times as asked.
    await withSheet(async (sheet, context) => {
      sheet.freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(double.sheet("Hoja1").freeze.rows).toBe(1);
  });

  it("in cell edit mode fails every request at once, unless the run asked to wait for the edit (ExcelApi 1.11)", async () => {
    double = installed();
    double.faults.enterCellEdit();
    await expect(withSheet(async (sheet, context) => {
      sheet.getRange("A1").values = [["x"]];
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const waiting = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["y"]];
      await context.sync();
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(double.cell("Hoja1", "A1").value).toBe("");
    double.faults.exitCellEdit();
    await waiting;
    expect(double.cell("Hoja1", "A1").value).toBe("y");
  });

  it("ignores delayForCellEdit below ExcelApi 1.11", async () => {
    double = installed("1.10");
    double.faults.enterCellEdit();
    await expect(
      Excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["y"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("a fill-down below a table grows it and reports RowInserted over the table's old last rows (office-js #728)", async () => {
    double = installed();
    await smallTable(double);
    const seen = await listen(double);
    await double.simulateFillDown("Hoja1", "A4:C4", 6);
    expect(double.model.tables[0].rect.bottom).toBe(5);
    expect(double.cell("Hoja1", "C6").formula).toBe("=B6*2");
    expect(double.cell("Hoja1", "B6").value).toBe(7);
    expect(seen).toEqual([{ address: "A3:C4", changeType: "RowInserted", triggerSource: "Unknown" }]);
    // Fill copies cells, not their validation.
    expect(double.sheet("Hoja1").validations.map((v) => v.rect.bottom)).toEqual([3]);
  });

  it("inserting table rows shifts the table's columns, moves references and grows the ranges that span the row", async () => {
    double = installed();
    await smallTable(double);
    double.seed("Hoja1", [["fuera"]], { anchor: "E3" });
    const seen = await listen(double);
    await double.simulateInsertTableRows("Tareas", 3, 1);
    expect(double.model.tables[0].rect.bottom).toBe(4);
    expect(double.read("Hoja1", "A2:B5")).toEqual([[1, 5], ["", ""], [2, 6], [3, 7]]);
    expect(double.cell("Hoja1", "C4").formula).toBe("=B4*2");
    expect(double.cell("Hoja1", "C3").formula).toBeNull();
    // Outside the table's columns nothing moves.
    expect(double.cell("Hoja1", "E3").value).toBe("fuera");
    expect(double.sheet("Hoja1").validations.map((v) => v.rect)).toEqual([{ top: 1, left: 1, bottom: 4, right: 1 }]);
    expect(seen).toEqual([{ address: "A3:C3", changeType: "RowInserted", triggerSource: "Unknown" }]);
  });

  it("can report date formats in the account's locale (office-js #2824)", async () => {
    double = installed();
    double.seed("Hoja1", [["1/15/2024"]]);
    double.localeDateFormats = true;
    const format = await withSheet(async (sheet, context) => {
      const r = sheet.getRange("A1").load("numberFormat");
      await context.sync();
      return r.numberFormat;
    });
    expect(format).toEqual([["d/m/aaaa"]]);
  });
});
