import { escoTemplate } from "../../src/core/escoTemplate";
import {
  COVERAGE_ROWS,
  MATRIX_HEADERS,
  matrixRowFormulas,
  matrixSheetName,
  monthMarkValidationFormula,
  objectiveListSource,
  scaffoldLayout,
  scheduledMonthFormula,
  VALIDATION_FORMULA_LIMIT,
} from "../../src/core/layout";
import { layoutText } from "../../src/core/layoutText";
import type { PlanTemplate } from "../../src/core/model";
import { allFormulas, cellAt, formulaAt, isFormula, rows, sheetOf } from "./layoutCells";

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
const FORBIDDEN = /XLOOKUP|\bLET\(|\bFILTER\(|\bUNIQUE\(|\bSEQUENCE\(|\[|@|_xlfn|TEXTJOIN|(?<![A-Z])IFS\(|MAXIFS|MINIFS|\bCONCAT\(/i;

describe("scaffoldLayout, ESCO 2024 in Spanish", () => {
  const template = escoTemplate(2024);
  const layout = scaffoldLayout(template, { lang: "es" });
  const matrix = sheetOf(layout, "Matriz POA 2024");
  const catalog = sheetOf(layout, "Objetivos");
  const coverage = sheetOf(layout, "Cobertura");

  it("names the sheets as the contract does, catalog first and coverage after the matrix", () => {
    expect(matrixSheetName(2031)).toBe("Matriz POA 2031");
    expect(layout.sheets.map((s) => s.name)).toEqual(["Objetivos", "Matriz POA 2024", "Cobertura"]);
  });

  it("puts the title block in rows 1-4 and the header, in order, on row 6", () => {
    expect(cellAt(matrix, "A1")).toBe(template.institution);
    expect(cellAt(matrix, "A2")).toBe("Plan Operativo Anual 2024");
    expect(String(cellAt(matrix, "A4"))).toMatch(/X/);
    expect(cellAt(matrix, "A5")).toBeUndefined();
    const header = "ABCDEFGHIJKLMNOPQR".split("").map((c) => cellAt(matrix, `${c}6`));
    expect(header).toEqual(["N°", "Objetivo", "Objetivo estratégico", "Resultado", ...MONTHS, "Meses", "Estado"]);
    expect(MATRIX_HEADERS).toEqual(header);
    expect(matrix.merges).toEqual(["A1:R1", "A2:R2", "A3:R3", "A4:R4"]);
  });

  it("pre-fills the seven results from row 7, result i under OEi, numbered, no month marked", () => {
    for (let i = 0; i < 7; i++) {
      const row = 7 + i;
      expect(cellAt(matrix, `A${row}`)).toBe(i + 1);
      expect(cellAt(matrix, `B${row}`)).toBe(`OE${i + 1}`);
      expect(cellAt(matrix, `D${row}`)).toBe(template.results[i].text);
      for (const col of "EFGHIJKLMNOP") expect(cellAt(matrix, `${col}${row}`)).toBeNull();
    }
    expect(cellAt(matrix, "D7")).toMatch(/^Cooperación Internacional gestionada/);
    expect(cellAt(matrix, "A14")).toBeUndefined();
  });

  it("looks the objective text up from the catalog by INDEX/MATCH, with the result cached", () => {
    const c7 = formulaAt(matrix, "C7");
    // Whole columns of the catalog: objectives added to it later are looked up too (contract §2).
    expect(c7.formula).toBe('=IFERROR(INDEX(Objetivos!$B:$B,MATCH(B7,Objetivos!$A:$A,0)),"")');
    expect(c7.result).toBe(template.objectives[0].text);
    expect(formulaAt(matrix, "C13").formula).toContain("MATCH(B13,");
    expect(formulaAt(matrix, "C13").result).toBe(template.objectives[6].text);
  });

  it("counts scheduled months and states the row's status, cached for the fresh sheet", () => {
    const q = formulaAt(matrix, "Q9");
    expect(q.formula).toBe(
      '=SUMPRODUCT(COUNTIF(E9:P9,{"X";"✓";"✔";"SÍ";"SI";"YES";"•";"X/X";"XX";">0"}))',
    );
    expect(q.result).toBe(0);
    const r = formulaAt(matrix, "R9");
    for (const s of ["Falta resultado", "Falta objetivo", "Sin meses", "Completo"]) expect(r.formula).toContain(`"${s}"`);
    expect(r.formula).toMatch(/D9/);
    expect(r.formula).toMatch(/Q9=0/);
    expect(r.result).toBe("Sin meses");
  });

  it("makes the matrix and the catalog Excel tables over exactly their cells", () => {
    expect(matrix.tables).toEqual([{ name: "TablaPOA2024", range: "A6:R13", style: expect.any(String) }]);
    expect(catalog.tables).toEqual([{ name: "TablaObjetivos", range: "A1:B8", style: expect.any(String) }]);
    expect(cellAt(catalog, "A1")).toBe("ID");
    expect(cellAt(catalog, "B1")).toBe("Objetivo estratégico");
    expect(cellAt(catalog, "A8")).toBe("OE7");
    expect(cellAt(catalog, "B2")).toBe(template.objectives[0].text);
  });

  it("validates objective ids against the catalog and month cells against the marks, on every data row", () => {
    const list = matrix.validations.find((v) => v.kind === "list");
    // As many ids as the catalog's ID column holds, from row 2: grows and shrinks with the catalog.
    expect(list).toMatchObject({ range: "B7:B13", source: "=OFFSET(Objetivos!$A$2,0,0,MAX(1,COUNTA(Objetivos!$A:$A)-1),1)", allowBlank: true });
    const custom = matrix.validations.find((v) => v.kind === "custom");
    expect(custom?.range).toBe("E7:P13");
    const formula = custom && custom.kind === "custom" ? custom.formula : "";
    expect(formula).toBe(monthMarkValidationFormula("E7"));
    for (const word of ["|X|", "|SÍ|", "|SI|", "|YES|", "|✓|", "|N/A|", "|-|", "||"]) expect(formula).toContain(word);
    for (const v of matrix.validations) {
      expect(v.errorTitle.length).toBeGreaterThan(0);
      expect(v.errorMessage).toMatch(/[a-z]/);
    }
  });

  it("shades scheduled months and unfinished rows by conditional formats over every data row", () => {
    expect(matrix.conditionalFormats).toEqual([
      expect.objectContaining({ range: "E7:P13", kind: "expression", formula: scheduledMonthFormula("E7") }),
      expect.objectContaining({ range: "R7:R13", kind: "expression", formula: '=AND(LEN(R7)>0,R7<>"Completo")' }),
    ]);
  });

  it("keeps typed ids and results as text and freezes the panes below the header", () => {
    expect(matrix.numberFormats).toEqual(expect.arrayContaining([{ range: "B7:B13", format: "@" }, { range: "D7:D13", format: "@" }]));
    expect(matrix.freeze).toEqual({ rows: 6, columns: 4 });
    expect(catalog.freeze).toEqual({ rows: 1, columns: 1 });
    expect(matrix.columnWidths.map((w) => w.column)).toEqual("ABCDEFGHIJKLMNOPQR".split(""));
  });

  it("computes coverage per objective and month from whole columns of the matrix", () => {
    expect("ABCDEFGHIJKLMNOP".split("").map((c) => cellAt(coverage, `${c}4`))).toEqual([
      "ID",
      "Objetivo estratégico",
      ...MONTHS,
      "Resultados",
      "Cubierto",
    ]);
    // By position in the catalog, over whole columns: rows inserted or deleted there never make a #REF!.
    const a5 = formulaAt(coverage, "A5");
    expect(a5.formula).toBe('=IF(INDEX(Objetivos!$A:$A,2)="","",INDEX(Objetivos!$A:$A,2))');
    expect(a5.result).toBe("OE1");
    expect(formulaAt(coverage, "B11").result).toBe(template.objectives[6].text);
    const jan = formulaAt(coverage, "C5");
    expect(jan.formula).toBe(
      `=IF($A5="","",SUMPRODUCT(COUNTIFS('Matriz POA 2024'!$B:$B,$A5,'Matriz POA 2024'!E:E,{"X";"✓";"✔";"SÍ";"SI";"YES";"•";"X/X";"XX";">0"})))`,
    );
    expect(jan.result).toBe(0);
    expect(formulaAt(coverage, "N11").formula).toContain("'Matriz POA 2024'!P:P");
    expect(formulaAt(coverage, "O5")).toEqual({ formula: `=IF($A5="","",COUNTIF('Matriz POA 2024'!$B:$B,$A5))`, result: 1 });
    expect(formulaAt(coverage, "P5").result).toBe("No");
    expect(formulaAt(coverage, "P5").formula).toContain('"Sí","No"');
    // Rows for objectives the planner adds later (up to COVERAGE_ROWS), blank until the catalog has them.
    expect(formulaAt(coverage, "A12")).toEqual({ formula: '=IF(INDEX(Objetivos!$A:$A,9)="","",INDEX(Objetivos!$A:$A,9))', result: "" });
    expect(formulaAt(coverage, "P12").result).toBe("");
    expect(cellAt(coverage, `A${5 + COVERAGE_ROWS}`)).toBeUndefined();
    const last = 4 + COVERAGE_ROWS;
    expect(coverage.conditionalFormats).toEqual([
      expect.objectContaining({ range: `C5:N${last}`, kind: "colorScale" }),
      expect.objectContaining({ range: `P5:P${last}`, kind: "expression" }),
    ]);
  });

  it("uses no function that Excel 2016 or LibreOffice 7 lacks, and no structured reference", () => {
    const formulas = allFormulas(layout);
    expect(formulas.length).toBeGreaterThan(7 * 3 + 7 * 14);
    for (const f of formulas) {
      expect(f.startsWith("=")).toBe(true);
      expect(f).not.toMatch(FORBIDDEN);
      // Balanced parentheses and quotes: a typo here would only show up inside Excel.
      expect((f.match(/\(/g) ?? []).length).toBe((f.match(/\)/g) ?? []).length);
      expect((f.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });
});

describe("scaffoldLayout in English", () => {
  const template = escoTemplate(2025);
  const es = scaffoldLayout(template, { lang: "es" });
  const en = scaffoldLayout(template, { lang: "en" });
  const matrix = sheetOf(en, "Matriz POA 2025");

  it("keeps the contract's sheet names and header labels", () => {
    expect(en.sheets.map((s) => s.name)).toEqual(es.sheets.map((s) => s.name));
    expect(sheetOf(en, "Matriz POA 2025").blocks[1]).toEqual(sheetOf(es, "Matriz POA 2025").blocks[1]);
    expect(sheetOf(en, "Cobertura").blocks[1]).toEqual(sheetOf(es, "Cobertura").blocks[1]);
  });

  it("translates the title block, status texts, validation messages and coverage answers", () => {
    expect(cellAt(matrix, "A2")).toMatch(/Annual Operating Plan.*2025/);
    expect(String(cellAt(matrix, "A4"))).toMatch(/mark with X/i);
    const status = formulaAt(matrix, "R7");
    for (const s of ["Missing result", "Missing objective", "No months", "Complete"]) expect(status.formula).toContain(`"${s}"`);
    expect(status.result).toBe("No months");
    expect(matrix.validations.map((v) => v.errorTitle)).toEqual(["Invalid objective", "Invalid month mark"]);
    expect(matrix.conditionalFormats[1]).toMatchObject({ formula: '=AND(LEN(R7)>0,R7<>"Complete")' });
    expect(formulaAt(sheetOf(en, "Cobertura"), "P5").formula).toContain('"Yes","No"');
    for (const f of allFormulas(en)) expect(f).not.toMatch(FORBIDDEN);
  });

  it("fits Excel's limits on validation titles (32) and messages (255) in both languages", () => {
    for (const lang of ["es", "en"] as const) {
      const t = layoutText(lang);
      for (const v of [t.objectiveList, t.monthMark]) {
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        expect(v.promptTitle.length).toBeLessThanOrEqual(32);
        expect(v.errorMessage.length).toBeLessThanOrEqual(255);
        expect(v.prompt.length).toBeLessThanOrEqual(255);
      }
    }
  });
});

describe("scaffoldLayout on other templates", () => {
  it("writes planner text that looks like a formula as a literal", () => {
    const template: PlanTemplate = {
      institution: "=HYPERLINK(\"x\")",
      year: 2024,
      objectives: [{ id: "OE1", text: "+Objetivo con signo" }],
      results: [{ text: "=SUM(1)", objective: "OE1" }, { text: "@Resultado", objective: "OE1" }],
    };
    const layout = scaffoldLayout(template, { lang: "es" });
    const matrix = sheetOf(layout, "Matriz POA 2024");
    expect(cellAt(matrix, "A1")).toBe('=HYPERLINK("x")');
    expect(cellAt(matrix, "D7")).toBe("=SUM(1)");
    expect(cellAt(matrix, "D8")).toBe("@Resultado");
    expect(cellAt(sheetOf(layout, "Objetivos"), "B2")).toBe("+Objetivo con signo");
    expect(formulaAt(matrix, "C7").result).toBe("+Objetivo con signo");
  });

  it("gives an empty template one blank row in each table and no dangling ranges", () => {
    const layout = scaffoldLayout({ institution: "", year: 2026, objectives: [], results: [] }, { lang: "es" });
    const matrix = sheetOf(layout, "Matriz POA 2026");
    expect(matrix.tables[0].range).toBe("A6:R7");
    expect(sheetOf(layout, "Objetivos").tables[0].range).toBe("A1:B2");
    expect(cellAt(matrix, "D7")).toBeNull();
    expect(formulaAt(matrix, "C7")).toMatchObject({ result: "" });
    expect(formulaAt(matrix, "R7")).toMatchObject({ result: "" });
    expect(matrix.validations[0]).toMatchObject({ range: "B7:B7", source: objectiveListSource("Objetivos") });
    const coverage = sheetOf(layout, "Cobertura");
    expect(formulaAt(coverage, "C5").result).toBe("");
    expect(formulaAt(coverage, "P5").result).toBe("");
  });

  it("caches what the sheet would compute for a result without objective or with an unknown id", () => {
    const layout = scaffoldLayout(
      { institution: "X", year: 2024, objectives: [{ id: "OE1", text: "Uno" }], results: [{ text: "R1", objective: "oe1" }, { text: "R2", objective: "OE9" }, { text: " ", objective: "OE1" }] },
      { lang: "es" },
    );
    const matrix = sheetOf(layout, "Matriz POA 2024");
    expect(formulaAt(matrix, "C7").result).toBe("Uno"); // MATCH ignores case
    expect(formulaAt(matrix, "R7").result).toBe("Sin meses");
    expect(formulaAt(matrix, "C8").result).toBe("");
    expect(formulaAt(matrix, "R8").result).toBe("Falta objetivo");
    expect(formulaAt(matrix, "R9").result).toBe("Falta resultado");
    expect(formulaAt(sheetOf(layout, "Cobertura"), "O5").result).toBe(2); // COUNTIF ignores case too
  });

  it("quotes custom sheet names in every reference and derives distinct table names", () => {
    const layout = scaffoldLayout(escoTemplate(2024), {
      lang: "es",
      names: { objectives: "Objetivos (2)", matrix: "Matriz POA 2024 (2)", coverage: "Cobertura (2)" },
    });
    expect(layout.sheets.map((s) => s.name)).toEqual(["Objetivos (2)", "Matriz POA 2024 (2)", "Cobertura (2)"]);
    const matrix = sheetOf(layout, "Matriz POA 2024 (2)");
    expect(formulaAt(matrix, "C7").formula).toContain("'Objetivos (2)'!$B:$B");
    expect(matrix.validations[0]).toMatchObject({ source: "=OFFSET('Objetivos (2)'!$A$2,0,0,MAX(1,COUNTA('Objetivos (2)'!$A:$A)-1),1)" });
    expect(formulaAt(sheetOf(layout, "Cobertura (2)"), "A5").formula).toContain("'Objetivos (2)'!$A:$A");
    expect(formulaAt(sheetOf(layout, "Cobertura (2)"), "C5").formula).toContain("'Matriz POA 2024 (2)'!$B:$B");
    const names = layout.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toEqual(["Tabla_Objetivos_2", "TablaPOA_Matriz_POA_2024_2"]);
    for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it("scales to thousands of rows with every range reaching the last row", () => {
    const n = 5000;
    const template: PlanTemplate = {
      institution: "Big",
      year: 2024,
      objectives: escoTemplate().objectives,
      results: Array.from({ length: n }, (_, i) => ({ text: `Resultado ${i + 1}`, objective: `OE${(i % 7) + 1}` })),
    };
    const layout = scaffoldLayout(template, { lang: "es" });
    const matrix = sheetOf(layout, "Matriz POA 2024");
    const last = 6 + n;
    expect(matrix.tables[0].range).toBe(`A6:R${last}`);
    expect(cellAt(matrix, `A${last}`)).toBe(n);
    expect(cellAt(matrix, `D${last}`)).toBe(`Resultado ${n}`);
    expect(formulaAt(matrix, `Q${last}`).formula).toContain(`E${last}:P${last}`);
    for (const v of matrix.validations) expect(rows(v.range).bottom).toBe(last - 1);
    for (const cf of matrix.conditionalFormats) expect(rows(cf.range).bottom).toBe(last - 1);
    expect(isFormula(cellAt(matrix, `C${last}`))).toBe(true);
    expect(formulaAt(sheetOf(layout, "Cobertura"), "O5").result).toBe(Math.ceil(n / 7));
  });
});

describe("scaffoldLayout prints (contract §2)", () => {
  const layout = scaffoldLayout(escoTemplate(2024), { lang: "es" });

  it("sets every sheet landscape on Letter, one page wide, narrow margins, its header on every page and a numbered footer", () => {
    const titleRows = { Objetivos: 1, "Matriz POA 2024": 6, Cobertura: 4 } as Record<string, number>;
    for (const sheet of layout.sheets) {
      expect(sheet.print).toEqual({
        orientation: "landscape",
        paper: "letter",
        fitToPagesWide: 1,
        margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        titleRows: { first: titleRows[sheet.name], last: titleRows[sheet.name] },
        footer: { left: "&A", right: "Página &P de &N" },
      });
    }
    expect(scaffoldLayout(escoTemplate(2024), { lang: "en" }).sheets[1].print?.footer.right).toBe("Page &P of &N");
  });

  it("draws the grid of every table, header included", () => {
    const grids = layout.sheets.map((s) => s.styles.filter((st) => st.grid).map((st) => st.range));
    expect(grids).toEqual([["A1:B8"], ["A6:R13"], [`A4:P${4 + COVERAGE_ROWS}`]]);
  });

  it("gives rows with long wrapped text the lines they need, and freezes right of the row label", () => {
    const matrix = sheetOf(layout, "Matriz POA 2024");
    const heights = new Map((matrix.rowHeights ?? []).map((h) => [h.row, h]));
    for (let row = 7; row <= 13; row++) expect(heights.get(row)?.height).toBeGreaterThanOrEqual(30);
    // The title rows are merged: their height is set, not left to autofit (which skips merged cells).
    expect(heights.get(1)).toMatchObject({ fitsText: false });
    expect(heights.get(7)).toMatchObject({ fitsText: true });
    expect(matrix.freeze).toEqual({ rows: 6, columns: 4 });
  });

  it("keeps the month validation within Excel's 255 characters down to the last row of a sheet", () => {
    for (const cell of ["E7", "E5007", "E1048576"]) expect(monthMarkValidationFormula(cell).length).toBeLessThanOrEqual(VALIDATION_FORMULA_LIMIT);
    // Nor may a validation or a conditional format hold an array constant (Excel refuses both there).
    for (const sheet of layout.sheets) {
      for (const v of sheet.validations) expect(v.kind === "list" ? v.source : v.formula).not.toContain("{");
      for (const cf of sheet.conditionalFormats) if (cf.kind === "expression") expect(cf.formula).not.toContain("{");
    }
  });

  it("writes matrixRowFormulas' formulas in a row whatever the catalog's size", () => {
    const template = escoTemplate(2024);
    for (const objectives of [template.objectives, template.objectives.slice(0, 1)]) {
      const written = sheetOf(scaffoldLayout({ ...template, objectives }, { lang: "en" }), "Matriz POA 2024");
      const f = matrixRowFormulas(7, "Objetivos", "en");
      expect([formulaAt(written, "C7").formula, formulaAt(written, "Q7").formula, formulaAt(written, "R7").formula]).toEqual([f.objectiveText, f.monthCount, f.status]);
    }
  });
});
