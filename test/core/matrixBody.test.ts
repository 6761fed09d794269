import { parseCell } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { shiftFormula } from "../../src/core/formulaShift";
import { matrixRowFormulas, objectiveListSource, scaffoldLayout } from "../../src/core/layout";
import { bodySpecCandidates, identifyMatrixBody, isCatalogHeader, matrixBodyRows, type MatrixBodySpec } from "../../src/core/matrixBody";
import { isMatrixTableName } from "../../src/core/matrixTable";

const MATRIX = "Matriz POA 2024";
const spec: MatrixBodySpec = { objectivesSheet: "Objetivos", catalogRows: 7, matrixSheet: MATRIX, lang: "es" };
const scaffolded = (lang: "es" | "en" = "es") => scaffoldLayout(escoTemplate(2024), { lang }).sheets.find((s) => s.name === MATRIX)!;

/** Row `row` (1-based) of the scaffolded matrix, as `formulas` would read it. */
function layoutRow(row: number, lang: "es" | "en" = "es"): unknown[] {
  const sheet = scaffolded(lang);
  const block = sheet.blocks.find((b) => parseCell(b.anchor).row <= row - 1 && parseCell(b.anchor).row + b.rows.length > row - 1)!;
  return block.rows[row - 1 - parseCell(block.anchor).row].map((c) => (c !== null && typeof c === "object" ? c.formula : (c ?? "")));
}

describe("the layout of rows a matrix table gains", () => {
  it("gives a row the formulas scaffolding gives the same row", () => {
    const rows = matrixBodyRows(spec, { top: 5, left: 0 }, 9, 12);
    for (let i = 0; i < 4; i++) {
      const expected = layoutRow(10 + i);
      for (const [c, f] of rows.formulas[i]) expect(f).toBe(expected[c]);
      expect([...rows.formulas[i].keys()]).toEqual([2, 16, 17]);
    }
  });

  it("writes each rule for the top-left of the rows asked, so every cell checks itself", () => {
    const rows = matrixBodyRows(spec, { top: 5, left: 0 }, 13, 15);
    const months = rows.validations.find((v) => v.kind === "custom")!;
    expect(months.range).toBe("E14:P16");
    const scaffoldedMonths = scaffolded().validations.find((v) => v.kind === "custom")!;
    if (months.kind !== "custom" || scaffoldedMonths.kind !== "custom") throw new Error("month rule");
    // The scaffolded rule (written for E7), moved to E14, is the one written for the new rows.
    expect(months.formula).toBe(shiftFormula(scaffoldedMonths.formula, 7, 0));
    expect(rows.validations.find((v) => v.kind === "list")).toMatchObject({ range: "B14:B16", source: objectiveListSource("Objetivos") });
    expect(rows.conditionalFormats.map((cf) => cf.range)).toEqual(["E14:P16", "R14:R16"]);
    expect(rows.numberFormats).toEqual([
      { range: "B14:B16", format: "@" },
      { range: "D14:D16", format: "@" },
      { range: "A14:A16", format: "0" },
    ]);
    // Header and title styles are not a body row's.
    expect(rows.styles.every((s) => /^[A-R]14:[A-R]16$/.test(s.range))).toBe(true);
  });

  it("follows the table where it moved (rows inserted above, columns before it)", () => {
    const rows = matrixBodyRows(spec, { top: 8, left: 2 }, 20, 20);
    // The row-7 formula moved two columns right and to row 21.
    expect(rows.formulas[0].get(16)).toBe(matrixRowFormulas(21, "Objetivos", "es").monthCount.replace(/E21:P21/g, "G21:R21"));
    expect(rows.validations.find((v) => v.kind === "custom")?.range).toBe("G21:R21");
  });

  it("identifies the language and catalog a table was scaffolded with from its first row, and nothing from edited formulas", () => {
    const candidates = bodySpecCandidates(MATRIX, [{ sheet: "Otro", rows: 3 }, { sheet: "Objetivos", rows: 7 }]);
    expect(identifyMatrixBody(layoutRow(7, "en"), { top: 5, left: 0 }, candidates)).toEqual({ ...spec, lang: "en" });
    expect(identifyMatrixBody(layoutRow(7, "es"), { top: 5, left: 0 }, candidates)).toEqual(spec);
    // Excel may give function names in another case and drop spaces: the same formulas.
    expect(identifyMatrixBody(layoutRow(7).map((v) => (typeof v === "string" ? v.replace("COUNTIF", "countif") : v)), { top: 5, left: 0 }, candidates)).toEqual(spec);
    const edited = layoutRow(7);
    edited[16] = "=COUNTA(E7:P7)";
    expect(identifyMatrixBody(edited, { top: 5, left: 0 }, candidates)).toBeNull();
  });

  it("knows its own table names and the catalog's header", () => {
    expect(scaffoldLayout(escoTemplate(2024), { lang: "es", names: { matrix: "Mi plan" } }).sheets[1].tables[0].name).toBe("TablaPOA_Mi_plan");
    for (const name of ["TablaPOA2024", "tablapoa_Mi_plan", "TablaPOA2024_2"]) expect(isMatrixTableName(name)).toBe(true);
    for (const name of ["Tabla1", "Table1", "Tabla_Plan", "POA2024"]) expect(isMatrixTableName(name)).toBe(false);
    expect(isCatalogHeader(["ID", "Objetivo estratégico"])).toBe(true);
    expect(isCatalogHeader(["N°", "Resultado"])).toBe(false);
  });
});
