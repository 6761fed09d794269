/**
 * Adopting the sheet the planner is on, through the strict Office.js double: the active sheet is
 * read whatever its layout, the plan is copied to new managed sheets, and the original sheet — its
 * cells, formats, fills, merges, selection — is exactly as it was. Conflicts write nothing.
 */
import { templateFromReport } from "../../src/core/adoption";
import type { Report } from "../../src/core/model";
import { createOfficeShell } from "../../src/excel/officeShell";
import type { SheetModel } from "../excelDouble/model";
import { installDouble, type InstalledDouble } from "./helpers";

const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];
const SHEET = "7 POA 2022";
const monthsAt = (...m: number[]) => MONTHS.map((_, k) => m.includes(k));

/** Columns: A N°, B Objetivo, C Proyecto, D Actividad, then four sub-columns a month from E. */
const monthCol = (k: number) => 4 + k * 4;
const letter = (c: number) => (c < 26 ? "" : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));

/** A Santa-Ana-like sheet: title with 2025, activities under projects, `Programado` sub-columns, colour marks, banding. */
function seedIrregularSheet(double: InstalledDouble): SheetModel {
  const head: (string | number | null)[] = ["N°", "Objetivo", "4.PROYECTOS", "6. ACTIVIDAD"];
  const sub: (string | number | null)[] = [null, null, null, null];
  MONTHS.forEach((m) => {
    head.push(m, null, null, null);
    sub.push("Programado", "Realizado", "Cumplimiento", "Medio de verificación");
  });
  const row = (n: number, objective: string | null, project: string | null, text: string, marks: Record<number, string | number>) => {
    const line: (string | number | null)[] = [n, objective, project, text];
    MONTHS.forEach((_, k) => line.push(marks[k] ?? null, k === 0 ? "X" : null, null, null));
    return line;
  };
  const rows = [
    ["ALCALDÍA MUNICIPAL DE SANTA ANA"],
    ["FORMATO POA 2025"],
    [],
    head,
    sub,
    row(1, "OE 1: Mejorar la gestión", "Santa Ana Limpia", "Contratar el barrido", { 0: "X", 1: "x" }),
    // A planner's text that looks like a formula (typed with an apostrophe): it must stay text in the copy.
    row(2, "OE 2: Ampliar la cobertura", null, "'=HYPERLINK(\"http://ejemplo\")", { 5: 3 }),
    row(3, null, "Mercados", "Coordinar reuniones", {}),
    [null, null, "Actividades no planificadas"],
  ];
  const fills: Record<string, string> = { A4: "1F4E78", D4: "1F4E78", [`${letter(monthCol(7))}7`]: "92D050", [`${letter(monthCol(2))}8`]: "FFC000" };
  // A banded row: every cell filled alike, so its fill is no mark.
  for (let c = 0; c < 4 + 48; c++) fills[`${letter(c)}9`] = "DDEBF7";
  const sheet = double.seed(SHEET, rows, { fills });
  sheet.merges.push({ top: 5, left: 2, bottom: 6, right: 2 });
  sheet.selection = { top: 6, left: 3, bottom: 6, right: 3 };
  sheet.freeze = { rows: 5, columns: 4 };
  double.model.activeSheetId = sheet.id;
  return sheet;
}

/** Everything the double keeps of one sheet, as text: any change to it shows. */
function sheetSnapshot(sheet: SheetModel): string {
  return JSON.stringify({
    ...sheet,
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a - b),
    columnWidths: [...sheet.columnWidths.entries()],
    changedHandlers: sheet.changedHandlers.size,
  });
}

describe("adopting the active sheet through the Office.js double", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  async function readActive(): Promise<Report> {
    const outcome = await createOfficeShell().readActiveSheet({ lang: "es" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    return outcome.report;
  }

  it("reads the active sheet (not the first matrix of the workbook), activities, Programado months and colour marks", async () => {
    double = installDouble();
    double.seed("Otro plan", [["Resultado", ...MONTHS], ["Algo", "X"]]);
    const sheet = seedIrregularSheet(double);
    const before = sheetSnapshot(sheet);
    double.resetCounters();
    const report = await readActive();
    // Two syncs, as validate: the names and the active sheet's values, then fills where the core reads them.
    expect(double.syncCount).toBeLessThanOrEqual(2);
    expect(report.sheet).toBe(SHEET);
    expect(report.year).toBe(2025);
    expect(report.results.map((r) => [r.cell, r.text, r.objective, r.level, r.months])).toEqual([
      ["D6", "Contratar el barrido", "OE1", "activity", monthsAt(0, 1)],
      ["D7", "=HYPERLINK(\"http://ejemplo\")", "OE2", "activity", monthsAt(5, 7)],
      ["D8", "Coordinar reuniones", null, "activity", monthsAt(2)],
    ]);
    expect(sheetSnapshot(sheet)).toBe(before);
  });

  it("copies the plan to new sheets and leaves the original sheet byte-identical", async () => {
    double = installDouble();
    const sheet = seedIrregularSheet(double);
    const before = sheetSnapshot(sheet);
    const template = templateFromReport(await readActive(), { institution: "Alcaldía de Santa Ana" });
    const outcome = await createOfficeShell().scaffold({ template, lang: "es" });
    expect(outcome).toEqual({ ok: true, names: { objectives: "Objetivos", matrix: "Matriz POA 2025", coverage: "Cobertura" } });
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Hoja1", SHEET, "Objetivos", "Matriz POA 2025", "Cobertura"]);

    expect(double.read("Objetivos", "A1:B3")).toEqual([
      ["ID", "Objetivo estratégico"],
      ["OE1", "Mejorar la gestión"],
      ["OE2", "Ampliar la cobertura"],
    ]);
    expect(double.read("Matriz POA 2025", "A1:A2")).toEqual([["Alcaldía de Santa Ana"], ["Plan Operativo Anual 2025"]]);
    const x = (...m: number[]) => monthsAt(...m).map((s) => (s ? "X" : ""));
    expect(double.read("Matriz POA 2025", "A7:P9")).toEqual([
      [1, "OE1", "", "Contratar el barrido", ...x(0, 1)],
      [2, "OE2", "", "=HYPERLINK(\"http://ejemplo\")", ...x(5, 7)],
      [3, "", "", "Coordinar reuniones", ...x(2)],
    ]);
    // The text that looks like a formula is a constant, not a formula.
    expect(double.cell("Matriz POA 2025", "D8").formula).toBeNull();
    expect(double.read("Matriz POA 2025", "A10:D10")).toEqual([["", "", "", ""]]);

    expect(sheetSnapshot(sheet)).toBe(before);

    // The new matrix reads back as the same plan, with only the unmapped row left to fix. Validar, with
    // no sheet named, reads it: the scaffold left the planner on it (§3 v2), not on the original sheet.
    const again = await createOfficeShell().validate({ lang: "es" });
    if (!again.ok) throw new Error(again.notFound.message);
    expect(again.report.sheet).toBe("Matriz POA 2025");
    expect(again.report.results.map((r) => [r.text, r.objective, r.months])).toEqual(template.results.map((r) => [r.text, r.objective || null, r.months]));
  });

  it("with sheets of those names already there, writes nothing and names the conflicts", async () => {
    double = installDouble();
    seedIrregularSheet(double);
    double.seed("Objetivos", [["ID", "Objetivo estratégico"], ["OE1", "Mejorar la gestión"]]);
    double.seed("Matriz POA 2025", [["mío"]]);
    const before = double.snapshot();
    const report = await readActive();
    const outcome = await createOfficeShell().scaffold({ template: templateFromReport(report), lang: "es" });
    expect(outcome).toEqual({ ok: false, conflicts: ["Objetivos", "Matriz POA 2025"] });
    expect(double.snapshot()).toBe(before);
  });

  it("says so, and changes nothing, when the active sheet holds no monthly grid", async () => {
    double = installDouble();
    const sheet = double.seed("Marco lógico", [["Objetivo", "Indicador", "Semestre 1", "Semestre 2"], ["Mejorar", "50 %", "X", null]]);
    double.model.activeSheetId = sheet.id;
    const before = double.snapshot();
    const outcome = await createOfficeShell().readActiveSheet({ lang: "en" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.notFound.message).toMatch(/Marco lógico/);
    expect(double.snapshot()).toBe(before);
  });

  it("on Excel without ExcelApi 1.9 reads the values and says colour marks could not be read", async () => {
    double = installDouble("1.8");
    const sheet = seedIrregularSheet(double);
    const before = sheetSnapshot(sheet);
    const outcome = await createOfficeShell().readActiveSheet({ lang: "es" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect(outcome.report.results[1].months).toEqual(monthsAt(5));
    expect(outcome.notes).toEqual([expect.stringMatching(/colores de relleno/)]);
    expect(sheetSnapshot(sheet)).toBe(before);
  });
});
