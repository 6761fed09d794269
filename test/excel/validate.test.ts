import { escoTemplate } from "../../src/core/escoTemplate";
import { createOfficeShell } from "../../src/excel/officeShell";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { parseCell } from "../../src/core/address";
import { recordSeenValues } from "../../src/core/fixSeen";
import { scaffoldLayout } from "../../src/core/layout";
import { validateWorkbook } from "../../src/core/validate";
import { FIVE_MB } from "../excelDouble";
import { installDouble, MATRIX, showFormulaResults, templateWithRows, type InstalledDouble } from "./helpers";

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

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

  it.each([
    ["7 rows", 7, 0],
    ["500 rows", 500, 0],
    ["5,000 rows", 5000, 0],
    ["5,000 rows of 500-character results", 5000, 500],
  ])("validates %s in at most 2 syncs, every answer under 5 MB, finding months marked by colour", async (_, rows, textLength) => {
    double = installDouble();
    const template = templateWithRows(rows, textLength);
    await createOfficeShell().scaffold({ template, lang: "es" });
    showFormulaResults(double, scaffoldLayout(template, { lang: "es" }));
    const last = 6 + rows;
    double.seed(MATRIX, [], { fills: { F7: "2F75B5", [`P${last}`]: "92D050" } });
    double.resetCounters();
    const outcome = await createOfficeShell().validate({ lang: "es" });
    expect(double.syncCount).toBeLessThanOrEqual(2);
    for (const s of double.syncs) {
      expect(s.payloadBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(outcome.notes).toBeUndefined();
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect(outcome.report.results).toHaveLength(rows);
    expect(outcome.report.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR").map((i) => i.cell)).toEqual(rows === 7 ? ["F7", "P13"] : ["F7", `P${last}`]);
    expect(outcome.report.results[0].months[1]).toBe(true);
    expect(outcome.report.results[rows - 1].months[11]).toBe(true);
    if (textLength > 0) expect(Math.max(...double.syncs.map((s) => s.responseBytes))).toBeGreaterThan(3_000_000);
  });

  it.each([
    ["the matrix is the active sheet", null],
    ["the planner is on another sheet (the sheets refused together are then read one per sync)", "Objetivos"],
  ])("reads a matrix over the answer cap by rows when %s: the same outcome as one answer, every answered response under the cap", async (_, activeSheet) => {
    double = installDouble();
    // 100 results of 3,000 characters: ~300 KB of values against a 150 KB cap, the fills well under it.
    const template = templateWithRows(100, 3000);
    await createOfficeShell().scaffold({ template, lang: "es" });
    showFormulaResults(double, scaffoldLayout(template, { lang: "es" }));
    double.seed(MATRIX, [], { fills: { F7: "2F75B5", P106: "92D050" } });
    await double.simulateUserEdit(MATRIX, "G60", "12/31/2024");
    await double.simulateUserEdit(MATRIX, "H90", "x");
    if (activeSheet) double.model.activeSheetId = double.sheet(activeSheet).id;
    double.responseLimitBytes = Number.POSITIVE_INFINITY;
    double.resetCounters();
    const whole = await createOfficeShell().validate({ lang: "es" });
    expect(double.syncCount).toBe(activeSheet ? 3 : 2);
    const limit = 150_000;
    expect(Math.max(...double.syncs.map((s) => s.responseBytes))).toBeGreaterThan(limit);
    double.responseLimitBytes = limit;
    double.resetCounters();
    const byRows = await createOfficeShell().validate({ lang: "es" });
    expect(byRows).toEqual(whole);
    // The double refuses an over-cap answer as a whole (nothing of it is readable): the reading got
    // every row through answers under the cap, halving a span of rows whenever one was refused.
    expect(double.syncs.some((s) => s.responseBytes > limit)).toBe(true);
    expect(double.syncs.filter((s) => s.responseBytes <= limit).length).toBeGreaterThan(2);
    if (!byRows.ok) throw new Error(byRows.notFound.message);
    expect(byRows.report.sheet).toBe(MATRIX);
    expect(byRows.report.results).toHaveLength(100);
    expect(byRows.report.issues.filter((i) => ["MONTH_MARKED_BY_COLOR", "INVALID_MONTH_MARK", "NONSTANDARD_MONTH_MARK"].includes(i.code)).map((i) => i.cell)).toEqual(["F7", "G60", "H90", "P106"]);
  });

  it("still finds colour marks when the matrix is not the sheet the planner is on (a third sync, for the fills)", async () => {
    double = installDouble();
    const template = templateWithRows(20);
    await createOfficeShell().scaffold({ template, lang: "es" });
    double.seed(MATRIX, [], { fills: { G9: "2F75B5" } });
    double.model.activeSheetId = double.sheet("Objetivos").id;
    double.resetCounters();
    const outcome = await createOfficeShell().validate({ lang: "es" });
    expect(double.syncCount).toBe(3);
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect(outcome.report.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR").map((i) => i.cell)).toEqual(["G9"]);
  });

  it("gives the core the same outcome as a grid with every cell's fill (banded rows, fills on marks, headers, other sheets)", async () => {
    double = installDouble();
    const colours = ["2F75B5", "92D050", "FFFF00"];
    const rows: (string | number | null)[][] = [["POA 2024"], [], ["N°", "Resultado", ...MONTHS]];
    const fills: Record<string, string> = { A1: "FF0000", C3: "DDEBF7", D3: "DDEBF7" };
    for (let i = 0; i < 60; i++) {
      const row = 4 + i;
      rows.push([i + 1, i % 13 === 4 ? null : `Resultado ${i}`, ...MONTHS.map((_, m) => ((i * 7 + m * 3) % 5 === 0 ? "X" : (i + m) % 17 === 0 ? "x" : null))]);
      for (let m = 0; m < 12; m++) if ((i * 5 + m) % 4 === 0) fills[`${String.fromCharCode(67 + m)}${row}`] = colours[(i + m) % 3];
      // Banded: the label carries the same fill as the months.
      if (i % 6 === 0) for (let c = 1; c < 14; c++) fills[`${String.fromCharCode(65 + c)}${row}`] = "D9D9D9";
    }
    double.seed(MATRIX, rows, { fills });
    double.seed("Notas", [["Leyenda"], ["azul"]], { fills: { A2: "2F75B5" } });
    double.model.activeSheetId = double.sheet(MATRIX).id;
    const full = (name: string, values: (string | number | null)[][], f: Record<string, string>) => {
      const grid = values.map((line) => line.map((v) => (v === "" ? null : v)));
      const fillGrid: (string | null)[][] = values.map(() => []);
      for (const [address, colour] of Object.entries(f)) {
        const { row, col } = parseCell(address);
        while (fillGrid.length <= row) fillGrid.push([]);
        fillGrid[row][col] = colour;
      }
      return { name, values: grid, fills: fillGrid.map((line) => Array.from({ length: 14 }, (_, c) => line[c] ?? null)) };
    };
    const fullBook = { sheets: [{ name: "Hoja1", values: [] }, full(MATRIX, rows, fills), full("Notas", [["Leyenda"], ["azul"]], { A2: "2F75B5" })] };
    const expected = validateWorkbook(fullBook, { lang: "es" });
    // The shell's fixes carry what their cells held (as the core records it from the full grid).
    if (expected.ok) recordSeenValues(fullBook, expected.report.issues);
    const outcome = await createOfficeShell().validate({ lang: "es" });
    expect(double.syncCount).toBe(2);
    expect(outcome).toEqual(expected);
    expect(expected.ok && expected.report.issues.some((i) => i.code === "MONTH_MARKED_BY_COLOR")).toBe(true);
  });

  it("anchors values and fills at A1, turns error literals and dated numbers into their kinds", async () => {
    double = installDouble();
    const months = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
    double.seed("Plan", [["Resultado", ...months], ["R1", 45292], ["R2", "#N/A"]], { anchor: "C3", fills: { E4: "2f75b5", A1: "FF0000" } });
    double.sheet("Plan").cells.get(3 * 16384 + 3)!.numberFormat = "d/m/yyyy";
    double.model.activeSheetId = double.sheet("Plan").id;
    const { book, notes } = await readWorkbook({ lang: "es", timeoutMs: 1000, fills: true, merges: true });
    expect(double.syncCount).toBe(2);
    expect(notes).toEqual([]);
    const plan = book.sheets.find((s) => s.name === "Plan")!;
    expect(plan.values[0]).toEqual([]);
    expect(plan.values[2].slice(0, 5)).toEqual([null, null, "Resultado", "Ene", "Feb"]);
    expect(plan.values[3][3]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(plan.values[4][3]).toEqual({ error: "#N/A" });
    // Fills only where the core reads them: the data rows' label and month cells.
    expect(plan.fills?.[3]).toEqual([null, null, null, null, "2F75B5", ...new Array(10).fill(null)]);
    expect(plan.fills?.[4]).toEqual(new Array(15).fill(null));
    expect(plan.fills?.[0] ?? []).toEqual([]);
    expect(book.sheets.find((s) => s.name === "Hoja1")!.fills).toBeUndefined();
  });

  it("says plainly when this Excel cannot read fills (ExcelApi below 1.9), and still reads values", async () => {
    double = installDouble("1.8");
    double.seed("Plan", [["Resultado", "Ene"], ["R1", "X"]], { fills: { B2: "2F75B5" } });
    const shell = createOfficeShell();
    expect(shell.capabilities()).toMatchObject({ core: true, dataValidation: true, cellProperties: false, changeSource: false });
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

  it("reads the fills of the named sheet with its values when the planner is on it, however the name is spelt", async () => {
    double = installDouble();
    // Hoja1, the workbook's first sheet, is the one the planner is on.
    double.seed("Hoja1", [["Resultado", ...MONTHS], ["R1", "X"]], { fills: { B2: "2F75B5" } });
    double.seed("Otra", [["x"]]);
    const { book } = await readWorkbook({ lang: "es", timeoutMs: 1000, sheet: "hoja1", fills: true, merges: false });
    expect(book.sheets.find((s) => s.name === "Hoja1")?.fills?.[1]?.[1]).toBe("2F75B5");
    expect(double.syncCount).toBe(2);
  });

  it("reads the fills in halves when they alone are too large for one answer", async () => {
    double = installDouble();
    double.seed(MATRIX, [["Resultado", ...MONTHS], ...Array.from({ length: 40 }, (_, i) => [`R${i}`])], { fills: { B2: "2F75B5", M41: "92D050" } });
    // Values (a few KB) fit, 40 rows × 13 fills (about 20 KB) do not.
    double.responseLimitBytes = 8_000;
    const { book, notes } = await readWorkbook({ lang: "es", timeoutMs: 1000, fills: true, merges: false });
    expect(notes).toEqual([]);
    const matrix = book.sheets.find((s) => s.name === MATRIX)!;
    expect(matrix.values).toHaveLength(41);
    expect(matrix.fills?.[1]?.[1]).toBe("2F75B5");
    expect(matrix.fills?.[40]?.[12]).toBe("92D050");
    expect(double.syncs.filter((s) => s.responseBytes > 8_000).length).toBeGreaterThan(0);
  });

  it("falls back to reading without fills when not even one row of them fits an answer, and says so", async () => {
    double = installDouble();
    double.seed(MATRIX, [["Resultado", ...MONTHS], ...Array.from({ length: 40 }, (_, i) => [`R${i}`])], { fills: { B2: "2F75B5" } });
    // The sheets are read under no cap (sync 1: the active sheet, an empty one; sync 2: the matrix); from then on,
    // every answer over 300 bytes is refused: less than one row of fills.
    Object.defineProperty(double, "responseLimitBytes", { get: () => (double.syncs.length <= 2 ? Number.POSITIVE_INFINITY : 300), configurable: true });
    const { book, notes } = await readWorkbook({ lang: "es", timeoutMs: 1000, fills: true, merges: false });
    expect(notes).toEqual([expect.stringContaining("colores de relleno")]);
    const matrix = book.sheets.find((s) => s.name === MATRIX)!;
    expect(matrix.values).toHaveLength(41);
    expect(matrix.fills).toBeUndefined();
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
