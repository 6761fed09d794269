import fc from "fast-check";
import { escoTemplate } from "../../src/core/escoTemplate";
import { gridFromLayout } from "../../src/core/layoutGrid";
import { scaffoldLayout } from "../../src/core/layout";
import type { WorkbookLayout } from "../../src/core/layoutTypes";
import type { Issue, PlanTemplate } from "../../src/core/model";
import { normalizeText } from "../../src/core/text";
import { validateWorkbook } from "../../src/core/validate";

describe("gridFromLayout", () => {
  it("places blocks at their anchors, formulas as their result, merges as ranges", () => {
    const layout: WorkbookLayout = {
      sheets: [
        {
          name: "S",
          blocks: [
            {
              anchor: "B2",
              rows: [
                ["a", 1],
                [{ formula: "=1+1", result: 2 }, { formula: "=NOW()" }],
              ],
            },
            { anchor: "A1", rows: [["=not a formula"]] },
          ],
          numberFormats: [],
          styles: [],
          columnWidths: [],
          merges: ["A5:C6"],
          tables: [],
          validations: [],
          conditionalFormats: [],
        },
      ],
    };
    const grid = gridFromLayout(layout);
    expect(grid.sheets[0].values).toEqual([["=not a formula"], [null, "a", 1], [null, 2, null]]);
    expect(grid.sheets[0].merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 2 }]);
  });
});

describe("scaffold → grid → validate round trip", () => {
  it("reads the ESCO scaffold back: 7 results mapped by the id column, 7 RESULT_WITHOUT_MONTHS, nothing else", () => {
    const template = escoTemplate();
    const outcome = validateWorkbook(gridFromLayout(scaffoldLayout(template, { lang: "es" })));
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    const r = outcome.report;
    expect(r.sheet).toBe("Matriz POA 2024");
    expect(r.year).toBe(2024);
    expect(r.results.map((x) => [x.cell, x.text, x.objective])).toEqual(template.results.map((x, i) => [`D${7 + i}`, x.text, x.objective]));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual(template.results.map((_, i) => ["RESULT_WITHOUT_MONTHS", `D${7 + i}`]));
    expect(r.summary).toEqual({ errors: 7, warnings: 0, objectivesCovered: 0, objectivesTotal: 7 });
  });

  const word = fc.constantFrom(
    "plan",
    "gestión",
    "Año",
    "recursos",
    "ESCO",
    "niñez",
    "=SUMA(1)",
    "+1",
    "-3",
    "@a",
    "X",
    "Ene",
    "Resultado",
    "objetivo",
  );
  const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
  const templateArb = fc
    .record({
      year: fc.integer({ min: 1990, max: 2100 }),
      objectiveTexts: fc.array(text, { minLength: 1, maxLength: 12 }),
      results: fc.array(fc.record({ objective: fc.nat(), text }), { maxLength: 25 }),
      lang: fc.constantFrom("es" as const, "en" as const),
    })
    .map(({ year, objectiveTexts, results, lang }) => {
      const objectives = objectiveTexts.map((t, i) => ({ id: `OE${i + 1}`, text: t }));
      // Unique result texts (up to case/accents/spacing) so no DUPLICATE_RESULT is expected.
      const seen = new Set<string>();
      const unique = results.filter((r) => !seen.has(normalizeText(r.text)) && seen.add(normalizeText(r.text)));
      const template: PlanTemplate = {
        institution: "Institución de prueba",
        year,
        objectives,
        results: unique.map((r) => ({ text: r.text, objective: objectives[r.objective % objectives.length].id })),
      };
      return { template, lang };
    });

  it("gives back the template's objectives and results in order, with only the expected issues", () => {
    fc.assert(
      fc.property(templateArb, ({ template, lang }) => {
        const outcome = validateWorkbook(gridFromLayout(scaffoldLayout(template, { lang })), { lang });
        if (!outcome.ok) throw new Error(outcome.notFound.message);
        const r = outcome.report;
        expect(r.sheet).toBe(`Matriz POA ${template.year}`);
        expect(r.year).toBe(template.year);
        expect(r.objectives.map((o) => [o.id, o.text])).toEqual(template.objectives.map((o) => [o.id, o.text]));
        expect(r.results.map((x) => [x.row, x.cell, x.text, x.objective])).toEqual(
          template.results.map((x, i) => [7 + i, `D${7 + i}`, x.text, x.objective]),
        );
        const withResults = new Set(template.results.map((x) => x.objective));
        const expected: Pick<Issue, "code" | "severity" | "sheet" | "cell" | "objective">[] = [
          ...template.results.map((x, i) => ({
            code: "RESULT_WITHOUT_MONTHS" as const,
            severity: "error" as const,
            sheet: r.sheet,
            cell: `D${7 + i}`,
            objective: x.objective,
          })),
          ...template.objectives
            .map((o, k) => ({ o, k }))
            .filter(({ o }) => !withResults.has(o.id))
            .map(({ o, k }) => ({
              code: "OBJECTIVE_NOT_COVERED" as const,
              severity: "error" as const,
              sheet: "Objetivos",
              cell: `A${2 + k}`,
              objective: o.id,
            })),
        ];
        expect(r.issues.map(({ code, severity, sheet, cell, objective }) => ({ code, severity, sheet, cell, objective }))).toEqual(
          expected,
        );
        expect(r.summary).toEqual({
          errors: expected.length,
          warnings: 0,
          objectivesCovered: 0,
          objectivesTotal: template.objectives.length,
        });
      }),
      { numRuns: 150 },
    );
  });
});
