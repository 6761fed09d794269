import { escoTemplate } from "../../src/core/escoTemplate";
import { createOfficeShell } from "../../src/excel/officeShell";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { installDouble, MATRIX, type InstalledDouble } from "./helpers";

describe("reading and validating through the Office.js double", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it("validates a scaffolded workbook in at most 2 syncs, loading everything it reads", async () => {
    double = installDouble();
    const shell = createOfficeShell();
    await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    double.resetCounters();
    const outcome = await shell.validate({ lang: "es" });
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.sheet).toBe(MATRIX);
    expect(outcome.report.results).toHaveLength(7);
    expect(outcome.report.issues.filter((i) => i.code === "RESULT_WITHOUT_MONTHS").map((i) => i.cell)).toEqual(["D7", "D8", "D9", "D10", "D11", "D12", "D13"]);
    expect(outcome.notes).toBeUndefined();
  });

  it("anchors values and fills at A1, turns error literals and dated numbers into their kinds", async () => {
    double = installDouble();
    double.seed("Plan", [["Resultado", "Ene"], ["R1", 45292], ["R2", "#N/A"]], { anchor: "C3", fills: { D4: "2f75b5" } });
    double.sheet("Plan").cells.get(3 * 16384 + 3)!.numberFormat = "d/m/yyyy";
    const { book, notes } = await readWorkbook({ lang: "es", timeoutMs: 1000, fills: true, merges: true });
    expect(double.syncCount).toBe(2);
    expect(notes).toEqual([]);
    const plan = book.sheets.find((s) => s.name === "Plan")!;
    expect(plan.values[0]).toEqual([]);
    expect(plan.values[2]).toEqual([null, null, "Resultado", "Ene"]);
    expect(plan.values[3][3]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(plan.values[4][3]).toEqual({ error: "#N/A" });
    expect(plan.fills?.[3]).toEqual([null, null, null, "2F75B5"]);
    expect(plan.fills?.[2]).toEqual([null, null, null, null]);
  });

  it("says plainly when this Excel cannot read fills (ExcelApi below 1.9), and still reads values", async () => {
    double = installDouble("1.8");
    double.seed("Plan", [["Resultado", "Ene"], ["R1", "X"]], { fills: { B2: "2F75B5" } });
    const shell = createOfficeShell();
    expect(shell.capabilities()).toEqual({ core: true, cellProperties: false, changeSource: false });
    const outcome = await shell.validate({ lang: "en" });
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(outcome.notes).toEqual([expect.stringContaining("cannot read fill colours")]);
  });

  it("reads only the named sheet and the catalog", async () => {
    double = installDouble();
    double.seed("Otra", [["x"]]);
    double.seed("Objetivos", [["ID", "Objetivo estratégico"], ["OE1", "Uno"]]);
    const { book } = await readWorkbook({ lang: "es", timeoutMs: 1000, sheet: "hoja1", fills: true, merges: false });
    expect(book.sheets.map((s) => [s.name, s.values.length])).toEqual([["Hoja1", 1], ["Otra", 0], ["Objetivos", 2]]);
  });

  it("falls back to reading without fills when the answer would be too large, and says so", async () => {
    double = installDouble();
    double.seed("Plan", [["Resultado", "Ene"], ["R1", "X"]]);
    double.responseLimitBytes = 300;
    const { book, notes } = await readWorkbook({ lang: "es", timeoutMs: 1000, fills: true, merges: false });
    expect(notes).toEqual([expect.stringContaining("colores de relleno")]);
    expect(book.sheets.find((s) => s.name === "Plan")!.fills).toBeUndefined();
  });

  it("rejects a hung sync with a planner-facing message after the timeout", async () => {
    double = installDouble();
    double.hangSync(2);
    const shell = createOfficeShell({ syncTimeoutMs: 30 });
    await expect(shell.validate({ lang: "es" })).rejects.toMatchObject({ code: "SYNC_TIMEOUT", message: expect.stringContaining("Excel no respondió en") });
    double.hangSync(1);
    await expect(shell.validate({ lang: "en" })).rejects.toMatchObject({ code: "SYNC_TIMEOUT", message: expect.stringContaining("Excel did not answer") });
  });
});

describe("timeout message", () => {
  it("names the default 20 s in both languages", () => {
    const { timeoutError } = jest.requireActual<typeof import("../../src/excel/messages")>("../../src/excel/messages");
    expect(timeoutError("es", 20_000).message).toMatch(/^Excel no respondió en 20 s\./);
    expect(timeoutError("en", 20_000).message).toMatch(/^Excel did not answer within 20 s\./);
  });
});
