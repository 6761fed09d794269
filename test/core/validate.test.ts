import { validateWorkbook } from "../../src/core/validate";
import { book, catalogSheet, MONTHS_ES, scaffoldLikeSheet, seedSheet } from "./grids";

describe("validateWorkbook: which sheet, and when there is none (contract §3, §7)", () => {
  it("NO_SHEETS for an empty workbook", () => {
    const o = validateWorkbook(book());
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.notFound.reason).toBe("NO_SHEETS");
  });

  it("SHEET_NOT_FOUND names the sheet asked for and those there are", () => {
    const o = validateWorkbook(book(catalogSheet(), seedSheet()), { sheet: "Matriz 2025" });
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.notFound.reason).toBe("SHEET_NOT_FOUND");
    expect(o.notFound.message).toContain("Matriz 2025");
    expect(o.notFound.message).toContain("Objetivos, POA");
  });

  it("NO_MATRIX says what was looked for, in either language", () => {
    const b = book({ name: "Notas", values: [["Hola"]] });
    const es = validateWorkbook(b);
    const en = validateWorkbook(b, { lang: "en" });
    expect(es.ok || es.notFound.reason).toBe("NO_MATRIX");
    if (!es.ok) {
      expect(es.notFound.message).toMatch(/Ene…Dic/);
      expect(es.notFound.message).toMatch(/Resultado/);
      expect(es.notFound.message).toMatch(/200 filas/);
    }
    if (!en.ok) expect(en.notFound.message).toMatch(/first 200 rows/);
  });

  it("NO_MATRIX on a named sheet without one, mentioning a months row without a result column", () => {
    const o = validateWorkbook(book({ name: "Plan", values: [["Indicador", ...MONTHS_ES]] }), { sheet: "Plan" });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.notFound.message).toMatch(/La fila 1 tiene los meses/);
  });

  it("takes the first sheet in workbook order holding a matrix", () => {
    const second = scaffoldLikeSheet([{ objective: "OE1", text: "R", marks: ["X"] }], "Matriz POA 2025");
    const o = validateWorkbook(book(catalogSheet(), { name: "Notas", values: [["x"]] }, seedSheet(), second));
    expect(o.ok && o.report.sheet).toBe("POA");
  });

  it("reads the sheet named by the user, even a later one, also up to case and spacing", () => {
    const second = scaffoldLikeSheet([{ objective: "OE1", text: "R", marks: ["X"] }], "Matriz POA 2025");
    expect(validateWorkbook(book(seedSheet(), second), { sheet: "Matriz POA 2025" }).ok).toBe(true);
    const o = validateWorkbook(book(seedSheet(), second), { sheet: "matriz  poa 2025" });
    expect(o.ok && o.report.sheet).toBe("Matriz POA 2025");
  });

  it("gives the report the contract's keys", () => {
    const o = validateWorkbook(book(catalogSheet(), scaffoldLikeSheet([{ objective: "OE1", text: "R" }])));
    if (!o.ok) throw new Error(o.notFound.message);
    const r = o.report;
    expect(Object.keys(r).sort()).toEqual(["catalog", "institution", "issues", "objectives", "results", "sheet", "summary", "year"]);
    expect(Object.keys(r.objectives[0]).sort()).toEqual(["covered", "id", "months", "results", "text"]);
    expect(Object.keys(r.results[0]).sort()).toEqual(["cell", "level", "months", "objective", "row", "text"]);
    expect(Object.keys(r.issues[0]).sort()).toEqual(expect.arrayContaining(["cell", "code", "message", "severity", "sheet"]));
    expect(Object.keys(r.summary).sort()).toEqual(["errors", "objectivesCovered", "objectivesTotal", "warnings"]);
    expect(r.results[0]).toEqual({ row: 7, cell: "D7", text: "R", objective: "OE1", months: new Array(12).fill(false), level: "result" });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("writes messages in English on request", () => {
    const o = validateWorkbook(book(seedSheet()), { lang: "en" });
    if (!o.ok) throw new Error(o.notFound.message);
    expect(o.report.issues.find((i) => i.code === "RESULT_WITHOUT_MONTHS")?.message).toMatch(
      /^Result "Cooperación Internacional.*" \(A4\) has no month scheduled/,
    );
  });
});
