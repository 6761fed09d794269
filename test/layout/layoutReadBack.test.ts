import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldLayout } from "../../src/core/layout";
import { gridFromLayout } from "../../src/core/layoutGrid";
import { validateWorkbook } from "../../src/core/validate";

/** The scaffold is a matrix the core's own reader recognises, in either language. */
describe("the scaffolded layout read back by the core", () => {
  it.each(["es", "en"] as const)("lang %s: the matrix sheet, year 2024, 7 results from D7 each missing months", (lang) => {
    const outcome = validateWorkbook(gridFromLayout(scaffoldLayout(escoTemplate(2024), { lang })), { lang });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    const { report } = outcome;
    expect(report.sheet).toBe("Matriz POA 2024");
    expect(report.year).toBe(2024);
    expect(report.results.map((r) => [r.cell, r.objective])).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => [`D${6 + i}`, `OE${i}`]));
    expect(report.issues.map((i) => i.code)).toEqual(new Array(7).fill("RESULT_WITHOUT_MONTHS"));
    expect(report.summary).toEqual({ errors: 7, warnings: 0, objectivesCovered: 0, objectivesTotal: 7 });
  });
});
