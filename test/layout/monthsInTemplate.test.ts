/**
 * A template whose results carry months (an adopted sheet): the matrix writes `X` in them and caches
 * what the formulas compute (Meses, Estado, Cobertura), so readers that do not recalculate agree.
 */
import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldLayout } from "../../src/core/layout";
import { layoutText } from "../../src/core/layoutText";
import type { PlanTemplate } from "../../src/core/model";
import { cellAt, formulaAt, sheetOf } from "./layoutCells";

const monthsAt = (...m: number[]) => Array.from({ length: 12 }, (_, k) => m.includes(k));
const MONTH_COLUMNS = "EFGHIJKLMNOP".split("");

describe.each(["es", "en"] as const)("scaffoldLayout with months (%s)", (lang) => {
  const base = escoTemplate(2025);
  const template: PlanTemplate = {
    ...base,
    results: [
      { text: "Uno", objective: "OE1", months: monthsAt(0, 1, 11) },
      { text: "Dos", objective: "OE1", months: monthsAt(1) },
      { text: "Tres", objective: "", months: monthsAt(4) },
      { text: "Cuatro", objective: "OE3", months: monthsAt() },
      { text: "Cinco", objective: "OE9", months: monthsAt(6) },
      { text: "=SUM(1)", objective: "OE2" },
    ],
  };
  const layout = scaffoldLayout(template, { lang });
  const matrix = sheetOf(layout, "Matriz POA 2025");
  const coverage = sheetOf(layout, "Cobertura");
  const t = layoutText(lang);

  it("writes X in the scheduled months only, and the count in Meses", () => {
    const marks = (row: number) => MONTH_COLUMNS.map((c) => cellAt(matrix, `${c}${row}`));
    expect(marks(7)).toEqual(monthsAt(0, 1, 11).map((s) => (s ? "X" : null)));
    expect(marks(8)).toEqual(monthsAt(1).map((s) => (s ? "X" : null)));
    expect(marks(12)).toEqual(new Array(12).fill(null));
    expect([7, 8, 9, 10, 11, 12].map((r) => formulaAt(matrix, `Q${r}`).result)).toEqual([3, 1, 1, 0, 1, 0]);
  });

  it("leaves an unmapped row's objective empty and keeps every text literal", () => {
    expect(cellAt(matrix, "B9")).toBeNull();
    expect(formulaAt(matrix, "C9").result).toBe("");
    expect(cellAt(matrix, "D12")).toBe("=SUM(1)");
  });

  it("caches each row's status as the Estado formula computes it", () => {
    expect([7, 8, 9, 10, 11, 12].map((r) => formulaAt(matrix, `R${r}`).result)).toEqual([
      t.status.complete,
      t.status.complete,
      t.status.missingObjective,
      t.status.noMonths,
      t.status.missingObjective,
      t.status.noMonths,
    ]);
  });

  it("caches the coverage: rows per objective and month, results, covered", () => {
    // Row 5 is OE1, row 6 OE2, row 7 OE3; months in C…N.
    const months = (row: number) => "CDEFGHIJKLMN".split("").map((c) => formulaAt(coverage, `${c}${row}`).result);
    expect(months(5)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(months(6)).toEqual(new Array(12).fill(0));
    expect([5, 6, 7].map((r) => formulaAt(coverage, `O${r}`).result)).toEqual([2, 1, 1]);
    expect([5, 6, 7, 8].map((r) => formulaAt(coverage, `P${r}`).result)).toEqual([t.yes, t.no, t.no, t.no]);
  });
});
