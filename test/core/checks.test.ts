import { SEVERITY } from "../../src/core/checks";
import { ESCO_INSTITUTION } from "../../src/core/escoTemplate";
import type { Issue, Report } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { CONTRACT_SEVERITY } from "./contractTables";
import { book, catalogSheet, MONTHS_ES, scaffoldLikeSheet, seedSheet } from "./grids";

function report(...args: Parameters<typeof validateWorkbook>): Report {
  const outcome = validateWorkbook(...args);
  if (!outcome.ok) throw new Error(outcome.notFound.message);
  return outcome.report;
}

const brief = (issues: Issue[]) => issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.objective ?? null]);

describe("checks (contract §6)", () => {
  const matrix = scaffoldLikeSheet([
    { objective: "OE1", text: "Resultado uno", marks: ["X"] }, // 7: fine
    { objective: "OE2", text: "Resultado dos" }, // 8: no month
    { objective: "OE3", marks: [null, "X"] }, // 9: a month but no result
    { objective: "OE3", text: "Resultado tres", marks: ["abc", "x"] }, // 10: invalid + non-standard
    { objective: "", text: "Marco regulatorio de la ESCO actualizado", marks: ["X"] }, // 11: no objective
    { objective: "OE9", text: "Resultado nueve" }, // 12: unknown objective, no month
    { objective: "oe 1", text: " resultado  UNO. ", marks: [null, null, "X"] }, // 13: duplicate of row 7
  ]);
  const r = report(book(catalogSheet(), matrix));
  const M = "Matriz POA 2024";

  it("raises each issue with its code, severity, sheet, cell and objective, in row/column/code order", () => {
    expect(brief(r.issues)).toEqual([
      ["RESULT_WITHOUT_MONTHS", "error", M, "D8", "OE2"],
      ["EMPTY_RESULT", "error", M, "D9", "OE3"],
      ["INVALID_MONTH_MARK", "error", M, "E10", "OE3"],
      ["NONSTANDARD_MONTH_MARK", "warning", M, "F10", "OE3"],
      ["RESULT_UNMAPPED", "error", M, "B11", null],
      ["RESULT_UNMAPPED", "error", M, "B12", null],
      ["RESULT_WITHOUT_MONTHS", "error", M, "D12", null],
      ["DUPLICATE_RESULT", "warning", M, "D13", "OE1"],
      ["OBJECTIVE_NOT_COVERED", "error", "Objetivos", "A5", "OE4"],
      ["OBJECTIVE_NOT_COVERED", "error", "Objetivos", "A6", "OE5"],
      ["OBJECTIVE_NOT_COVERED", "error", "Objetivos", "A7", "OE6"],
      ["OBJECTIVE_NOT_COVERED", "error", "Objetivos", "A8", "OE7"],
    ]);
  });

  it("proposes fixes: X for a non-standard mark (safe), clearing an invalid one and the suggested id (asking)", () => {
    const fixes = Object.fromEntries(r.issues.filter((i) => i.fix).map((i) => [i.cell, i.fix]));
    expect(fixes).toEqual({
      E10: { sheet: M, cell: "E10", value: null, safe: false },
      F10: { sheet: M, cell: "F10", value: "X", safe: true },
      B11: { sheet: M, cell: "B11", value: "OE7", safe: false },
    });
  });

  it("lists results (not rows without a result) with their objective and months", () => {
    expect(r.results.map((x) => [x.row, x.cell, x.objective, x.level])).toEqual([
      [7, "D7", "OE1", "result"],
      [8, "D8", "OE2", "result"],
      [10, "D10", "OE3", "result"],
      [11, "D11", null, "result"],
      [12, "D12", null, "result"],
      [13, "D13", "OE1", "result"],
    ]);
    expect(r.results[3].months[0]).toBe(true);
    expect(r.results[2].months.slice(0, 2)).toEqual([false, true]);
  });

  it("counts coverage: results per objective, months, covered when a mapped result has a month", () => {
    const byId = Object.fromEntries(r.objectives.map((o) => [o.id, o]));
    expect(byId.OE1).toMatchObject({ results: 2, covered: true });
    expect(byId.OE1.months.slice(0, 4)).toEqual([true, false, true, false]);
    expect(byId.OE2).toMatchObject({ results: 1, covered: false });
    expect(byId.OE3).toMatchObject({ results: 1, covered: true });
    expect(byId.OE7).toMatchObject({ results: 0, covered: false });
    expect(r.summary).toEqual({ errors: 10, warnings: 2, objectivesCovered: 2, objectivesTotal: 7 });
  });

  it("one MONTH_COLUMN_MISSING per missing month, with no cell, first", () => {
    const s = scaffoldLikeSheet([{ objective: "OE1", text: "R", marks: ["X"] }]);
    s.values[5] = s.values[5].map((v) => (v === "Mar" || v === "Nov" ? "—" : v));
    const issues = report(book(s)).issues;
    expect(brief(issues.slice(0, 2))).toEqual([
      ["MONTH_COLUMN_MISSING", "error", "Matriz POA 2024", null, null],
      ["MONTH_COLUMN_MISSING", "error", "Matriz POA 2024", null, null],
    ]);
    expect(issues[0].message).toContain("Mar");
    expect(issues[1].message).toContain("Nov");
  });

  it("RESULT_UNMAPPED points at the result cell where there is no objective column, and OBJECTIVE_NOT_COVERED has no cell for the built-in catalog", () => {
    // The title names ESCO: the template's catalog applies (§3 v2 rule 4).
    const seed = seedSheet(["Lorem ipsum", "Compra de mobiliario de oficina"], () => MONTHS_ES.map(() => "X"));
    seed.values[0] = ["ESCO — MATRIZ POA 2024"];
    const r2 = report(book(seed));
    expect(r2.catalog).toBe("template");
    expect(brief(r2.issues)).toEqual([
      ["RESULT_UNMAPPED", "error", "POA", "A4", null],
      ["RESULT_UNMAPPED", "error", "POA", "A5", null],
      ...[1, 2, 3, 4, 5, 6, 7].map((k) => ["OBJECTIVE_NOT_COVERED", "error", "POA", null, `OE${k}`]),
    ]);
  });

  it("without a catalog, runs no objective check and says so once, with no cell (§3 v2 rule 6)", () => {
    const r2 = report(book(seedSheet(["Lorem ipsum", "Compra de mobiliario de oficina"], () => MONTHS_ES.map(() => "X"))));
    expect(r2.catalog).toBe("none");
    expect(brief(r2.issues)).toEqual([["CATALOG_MISSING", "warning", "POA", null, null]]);
    expect(r2.objectives).toEqual([]);
    expect(r2.summary).toEqual({ errors: 0, warnings: 1, objectivesCovered: 0, objectivesTotal: 0 });
    expect(r2.results.map((x) => x.objective)).toEqual([null, null]);
  });

  it("pairs every code with one severity", () => {
    expect(SEVERITY).toEqual(CONTRACT_SEVERITY);
  });

  it("raises nothing for quantities, zeros and not-applicable marks", () => {
    const s = scaffoldLikeSheet([{ objective: "OE1", text: "R", marks: [3, 0, "0", "N/A", "-", "X", "2"] }]);
    // The title names the template's institution, so its one-objective catalog applies (§3 v2 rule 4).
    const r3 = report(book(s), { template: { institution: ESCO_INSTITUTION, year: 2024, objectives: [{ id: "OE1", text: "Uno" }], results: [] } });
    expect(r3.catalog).toBe("template");
    expect(r3.issues).toEqual([]);
    expect(r3.results[0].months).toEqual([true, false, false, false, false, true, true, false, false, false, false, false]);
  });

  it("an objective merged over several results is read for each, and an unknown one is reported at the merged cell", () => {
    const s = scaffoldLikeSheet([
      { objective: "OE9", text: "Uno", marks: ["X"] },
      { text: "Dos", marks: ["X"] },
      { objective: "OE2", text: "Tres", marks: ["X"] },
    ]);
    s.merges = [{ top: 6, left: 1, bottom: 7, right: 1 }];
    const r4 = report(book(catalogSheet(), s));
    expect(r4.results.map((x) => x.objective)).toEqual([null, null, "OE2"]);
    expect(brief(r4.issues.filter((i) => i.code === "RESULT_UNMAPPED"))).toEqual([
      ["RESULT_UNMAPPED", "error", "Matriz POA 2024", "B7", null],
      ["RESULT_UNMAPPED", "error", "Matriz POA 2024", "B7", null],
    ]);
  });

  it("a duplicate needs the same objective", () => {
    const s = scaffoldLikeSheet([
      { objective: "OE1", text: "Mismo texto", marks: ["X"] },
      { objective: "OE2", text: "mismo  texto", marks: ["X"] },
    ]);
    expect(report(book(s)).issues.filter((i) => i.code === "DUPLICATE_RESULT")).toEqual([]);
  });
});

describe("the seed matrix (contract §5: mapping inferred from the wording)", () => {
  it("maps its seven results by inference, each with RESULT_MAPPING_INFERRED and RESULT_WITHOUT_MONTHS", () => {
    const r = report(book(seedSheet()));
    expect(r.sheet).toBe("POA");
    expect(r.year).toBe(2024);
    expect(r.results.map((x) => [x.cell, x.objective])).toEqual([1, 2, 3, 4, 5, 6, 7].map((k) => [`A${k + 3}`, `OE${k}`]));
    const expected = [1, 2, 3, 4, 5, 6, 7].flatMap((k) => [
      ["RESULT_MAPPING_INFERRED", "warning", "POA", `A${k + 3}`, `OE${k}`],
      ["RESULT_WITHOUT_MONTHS", "error", "POA", `A${k + 3}`, `OE${k}`],
    ]);
    expect(brief(r.issues)).toEqual(expected);
    expect(r.summary).toEqual({ errors: 7, warnings: 7, objectivesCovered: 0, objectivesTotal: 7 });
    expect(r.issues[0].message).toContain("OE1");
  });

  it("covers every objective once months are marked", () => {
    const r = report(book(seedSheet(undefined, (i) => MONTHS_ES.map((_, k) => (k === i ? "X" : null)))));
    expect(r.summary).toEqual({ errors: 0, warnings: 7, objectivesCovered: 7, objectivesTotal: 7 });
    expect(r.objectives[2].months[2]).toBe(true);
  });

  it("maps the seed's results in any order", () => {
    const order = [6, 2, 0, 5, 3, 1, 4];
    const texts = order.map((i) => seedSheet().values[3 + i][0] as string);
    const r = report(book(seedSheet(texts)));
    expect(r.results.map((x) => x.objective)).toEqual(order.map((i) => `OE${i + 1}`));
  });
});
