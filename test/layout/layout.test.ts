import { escoTemplate } from "../../src/core/escoTemplate";
import {
  MATRIX_HEADERS,
  matrixSheetName,
  scaffoldLayout,
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
    expect(c7.formula).toBe('=IFERROR(INDEX(Objetivos!$B$2:$B$8,MATCH(B7,Objetivos!$A$2:$A$8,0)),"")');
    expect(c7.result).toBe(template.objectives[0].text);
    expect(formulaAt(matrix, "C13").formula).toContain("MATCH(B13,");
    expect(formulaAt(matrix, "C13").result).toBe(template.objectives[6].text);
  });

  it("counts scheduled months and states the row's status, cached for the fresh sheet", () => {
    const q = formulaAt(matrix, "Q9");
    expect(q.formula).toBe('=COUNTIF(E9:P9,"X")+COUNTIF(E9:P9,">=1")');
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
    expect(list).toMatchObject({ range: "B7:B13", source: "=Objetivos!$A$2:$A$8", allowBlank: true });
    const custom = matrix.validations.find((v) => v.kind === "custom");
    expect(custom?.range).toBe("E7:P13");
    expect(custom && custom.kind === "custom" ? custom.formula : "").toBe(
      '=OR(LEN(TRIM(E7))=0,UPPER(TRIM(E7))="X",IF(ISNUMBER(E7),AND(E7>=0,E7=INT(E7)),FALSE))',
    );
    for (const v of matrix.validations) {
      expect(v.errorTitle.length).toBeGreaterThan(0);
      expect(v.errorMessage).toMatch(/[a-z]/);
    }
  });

  it("shades scheduled months and unfinished rows by conditional formats over every data row", () => {
    expect(matrix.conditionalFormats).toEqual([
      expect.objectContaining({ range: "E7:P13", kind: "expression", formula: '=OR(UPPER(TRIM(E7))="X",AND(ISNUMBER(E7),E7>=1))' }),
      expect.objectContaining({ range: "R7:R13", kind: "expression", formula: '=AND(LEN(R7)>0,R7<>"Completo")' }),
    ]);
  });

  it("keeps typed ids and results as text and freezes the panes below the header", () => {
    expect(matrix.numberFormats).toEqual(expect.arrayContaining([{ range: "B7:B13", format: "@" }, { range: "D7:D13", format: "@" }]));
    expect(matrix.freeze).toEqual({ rows: 6, columns: 4 });
    expect(catalog.freeze).toEqual({ rows: 1, columns: 0 });
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
    const a5 = formulaAt(coverage, "A5");
    expect(a5.formula).toBe('=IF(Objetivos!A2="","",Objetivos!A2)');
    expect(a5.result).toBe("OE1");
    expect(formulaAt(coverage, "B11").result).toBe(template.objectives[6].text);
    const jan = formulaAt(coverage, "C5");
    expect(jan.formula).toBe(
      `=IF($A5="","",COUNTIFS('Matriz POA 2024'!$B:$B,$A5,'Matriz POA 2024'!E:E,"X")+COUNTIFS('Matriz POA 2024'!$B:$B,$A5,'Matriz POA 2024'!E:E,">=1"))`,
    );
    expect(jan.result).toBe(0);
    expect(formulaAt(coverage, "N11").formula).toContain("'Matriz POA 2024'!P:P");
    expect(formulaAt(coverage, "O5")).toEqual({ formula: `=IF($A5="","",COUNTIF('Matriz POA 2024'!$B:$B,$A5))`, result: 1 });
    expect(formulaAt(coverage, "P5").result).toBe("No");
    expect(formulaAt(coverage, "P5").formula).toContain('"Sí","No"');
    expect(cellAt(coverage, "A12")).toBeUndefined();
    expect(coverage.conditionalFormats).toEqual([
      expect.objectContaining({ range: "C5:N11", kind: "colorScale" }),
      expect.objectContaining({ range: "P5:P11", kind: "expression" }),
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
    expect(matrix.validations[0]).toMatchObject({ range: "B7:B7", source: "=Objetivos!$A$2:$A$2" });
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
    expect(formulaAt(matrix, "C7").formula).toContain("'Objetivos (2)'!$B$2:$B$8");
    expect(matrix.validations[0]).toMatchObject({ source: "='Objetivos (2)'!$A$2:$A$8" });
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
