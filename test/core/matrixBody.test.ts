import { parseCell } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { shiftFormula } from "../../src/core/formulaShift";
import { matrixRowFormulas, objectiveListSource, scaffoldLayout } from "../../src/core/layout";
import { addMonitoringColumns, complianceFormula, monitoringSheetIn, scaffoldWithMonitoring } from "../../src/core/layoutMonitoring";
import { monitoringText } from "../../src/core/layoutMonitoringText";
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

describe("the layout of rows a matrix table with seguimiento gains", () => {
  const MONITORING = "Seguimiento";
  const monitoredSpec: MatrixBodySpec = { ...spec, monitoringSheet: MONITORING };
  const today = { year: 2024, month: 4 };
  const monitoredMatrix = () => scaffoldWithMonitoring(escoTemplate(2024), { lang: "es", monitoring: { today } }).sheets.find((s) => s.name === MATRIX)!;
  const formulasOf = (row: number) => {
    const sheet = monitoredMatrix();
    const cells = new Map<number, string>();
    for (const b of sheet.blocks) {
      const a = parseCell(b.anchor);
      b.rows.forEach((line, r) => line.forEach((c, k) => c !== null && typeof c === "object" && a.row + r === row - 1 && cells.set(a.col + k, c.formula)));
    }
    return cells;
  };

  it("gives a gained row the cumplimiento formulas scaffolding gives that row, and the Realizado rule and shading", () => {
    const rows = matrixBodyRows(monitoredSpec, { top: 5, left: 0 }, 10, 10);
    expect(rows.formulas[0]).toEqual(formulasOf(11));
    expect([...rows.formulas[0].keys()]).toEqual([2, 16, 17, 30, 31, 32, 33, 34, 35, 36]);
    expect(rows.validations.map((v) => v.range)).toEqual(["B11:B11", "E11:P11", "S11:AD11"]);
    expect(rows.conditionalFormats.map((cf) => cf.range)).toEqual(["E11:P11", "R11:R11", "S11:AD11", "AE11:AK11", "AE11:AK11", "AE11:AK11"]);
    expect(rows.numberFormats).toContainEqual({ range: "AE11:AK11", format: "0%" });
  });

  it("moves the rules' references into the matrix with the table, absolute ones too, and leaves the corte where it is", () => {
    const place = { top: 8, left: 2 };
    const rows = matrixBodyRows(monitoredSpec, place, 9, 9);
    const pending = rows.conditionalFormats.find((cf) => cf.range === "U10:AF10");
    if (!pending || pending.kind !== "expression") throw new Error("no pending-report rule");
    // What the layout itself writes for a table whose header is on row 9 from column C.
    const sheet = { name: MATRIX, blocks: [], numberFormats: [], styles: [], columnWidths: [], merges: [], tables: [], validations: [], conditionalFormats: [] };
    addMonitoringColumns(sheet, { origin: { headerRow: 8, left: 2 }, dataRows: 1, monitoringSheet: MONITORING, text: monitoringText("es"), planned: [], corte: 0 });
    expect(pending.formula).toBe((sheet.conditionalFormats[0] as { formula: string }).formula);
    expect(pending.formula).toContain("COLUMN($U10)");
    expect(pending.formula).toContain("N(Seguimiento!$C$3)");
    expect(rows.formulas[0].get(30)).toBe(complianceFormula({ headerRow: 8, left: 2 }, 9, "T1", MONITORING));
  });

  it("is identified as a table with seguimiento from the corte its first row reads, and its sheet's name is found quoted or not", () => {
    const firstRow = [...Array(37).keys()].map((c) => formulasOf(7).get(c) ?? "");
    expect(monitoringSheetIn(firstRow)).toBe(MONITORING);
    expect(monitoringSheetIn(["=N('Seg. 2024 (2)'!$C$3)"])).toBe("Seg. 2024 (2)");
    expect(monitoringSheetIn(["=N('It''s'!$C$3)", 3])).toBe("It's");
    expect(monitoringSheetIn(["=N(Seguimiento!$C$30)", "=SUM(A1)"])).toBeNull();
    const candidates = bodySpecCandidates(MATRIX, [{ sheet: "Objetivos", rows: 7 }], monitoringSheetIn(firstRow));
    expect(identifyMatrixBody(firstRow, { top: 5, left: 0 }, candidates)).toEqual(monitoredSpec);
  });
});
