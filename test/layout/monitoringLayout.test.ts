import { escoTemplate } from "../../src/core/escoTemplate";
import { MATRIX_HEADERS, scaffoldLayout } from "../../src/core/layout";
import { gridFromLayout } from "../../src/core/layoutGrid";
import { BAND_LABELS, MONITORING_HEADERS, MONITORING_SHEET_HEADERS, scaffoldWithMonitoring } from "../../src/core/layoutMonitoring";
import { monitoringText } from "../../src/core/layoutMonitoringText";
import type { LayoutCell, LayoutSheet, WorkbookLayout } from "../../src/core/layoutTypes";
import type { PlanTemplate } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { EXECUTION_CODES } from "../../src/core/monitoring/executionChecks";

/**
 * The scaffold with seguimiento (contract §9), as layout data: where its columns go, that the plan's
 * part is exactly the plan-only scaffold's, that today's reader still reads it as the plan, and that
 * every formula keeps to what Excel 2016 and LibreOffice 7 compute alike.
 */

const TODAY = { year: 2024, month: 4 };

function monitored(template: PlanTemplate = escoTemplate(2024), lang: "es" | "en" = "es"): WorkbookLayout {
  return scaffoldWithMonitoring(template, { lang, monitoring: { today: TODAY } });
}

function sheet(layout: WorkbookLayout, name: string): LayoutSheet {
  const found = layout.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function allFormulas(layout: WorkbookLayout): string[] {
  const out: string[] = [];
  for (const s of layout.sheets) {
    for (const b of s.blocks) for (const line of b.rows) for (const c of line) if (c !== null && typeof c === "object") out.push(c.formula);
    for (const v of s.validations) out.push(v.kind === "list" ? v.source : v.formula);
    for (const f of s.conditionalFormats) if (f.kind === "expression") out.push(f.formula);
  }
  return out;
}

describe("the scaffold with seguimiento", () => {
  it("continues the matrix table to the right of Estado: twelve Realizado months, then T1…T4, S1, S2, Año, under a band row", () => {
    const matrix = sheet(monitored(), "Matriz POA 2024");
    expect(matrix.tables[0].range).toBe("A6:AK13");
    const grid = gridFromLayout({ sheets: [matrix] }).sheets[0];
    expect(grid.values[5]).toEqual([...MATRIX_HEADERS, ...MONITORING_HEADERS]);
    expect(MONITORING_HEADERS.slice(0, 12)).toEqual(["Ene.", "Feb.", "Mar.", "Abr.", "May.", "Jun.", "Jul.", "Ago.", "Sep.", "Oct.", "Nov.", "Dic."]);
    expect(grid.values[4][4]).toBe(BAND_LABELS.planned);
    expect(grid.values[4][18]).toBe(BAND_LABELS.executed);
    expect(grid.values[4][30]).toBe(BAND_LABELS.compliance);
    expect(matrix.merges).toEqual(expect.arrayContaining(["E5:P5", "S5:AD5", "AE5:AK5"]));
    // The band prints with the header on every page.
    expect(matrix.print?.titleRows).toEqual({ first: 5, last: 6 });
  });

  it("leaves every part of the plan as the plan-only scaffold writes it", () => {
    const plain = scaffoldLayout(escoTemplate(2024), { lang: "es" });
    const withMonitoring = monitored();
    expect(withMonitoring.sheets.map((s) => s.name)).toEqual(["Objetivos", "Matriz POA 2024", "Cobertura", "Seguimiento"]);
    expect(withMonitoring.sheets[0]).toEqual(plain.sheets[0]);
    expect(withMonitoring.sheets[2]).toEqual(plain.sheets[2]);
    const before = gridFromLayout({ sheets: [plain.sheets[1]] }).sheets[0].values;
    const after = gridFromLayout({ sheets: [withMonitoring.sheets[1]] }).sheets[0].values;
    before.forEach((line, r) => line.forEach((v, c) => expect([r, c, after[r][c]]).toEqual([r, c, v])));
    const planPart = (s: LayoutSheet) => ({ validations: s.validations.slice(0, 2), merges: s.merges.slice(0, 4), freeze: s.freeze });
    expect(planPart(withMonitoring.sheets[1])).toEqual(planPart(plain.sheets[1]));
  });

  it("is read by today's reader as the same plan, without a new issue (§8: the block under Programado is the plan)", () => {
    for (const lang of ["es", "en"] as const) {
      const template = escoTemplate(2024);
      template.results[0].months = [true, true, true, false, false, false, false, false, false, false, false, false];
      const plain = validateWorkbook(gridFromLayout(scaffoldLayout(template, { lang })), { lang });
      const book = gridFromLayout(scaffoldWithMonitoring(template, { lang, monitoring: { today: TODAY } }));
      // Realizado typed in, under months the plan has and has not: still not read as the plan.
      const matrix = book.sheets[1].values;
      matrix[6][18] = 1;
      matrix[7][19] = "2";
      matrix[8][29] = 5;
      const withMonitoring = validateWorkbook(book, { lang });
      if (!plain.ok || !withMonitoring.ok) throw new Error("not found");
      expect(withMonitoring.report.sheet).toBe("Matriz POA 2024");
      // The plan's part of the report is the same; seguimiento only adds its own keys and §9's checks.
      expect(withMonitoring.report.issues.filter((i) => !EXECUTION_CODES.has(i.code))).toEqual(plain.report.issues);
      expect(withMonitoring.report.results.map(({ executed, compliance, ...plan }) => plan)).toEqual(plain.report.results);
      const { compliance, status, warnings, ...summary } = withMonitoring.report.summary;
      const { warnings: planWarnings, ...planSummary } = plain.report.summary;
      expect(summary).toEqual(planSummary);
      expect(warnings - planWarnings).toBe(withMonitoring.report.issues.filter((i) => EXECUTION_CODES.has(i.code) && i.severity === "warning").length);
      // And the typed Realizado is read as Realizado: the first row's January, the second's February as text.
      expect(withMonitoring.report.results[0].executed?.[0]).toBe(1);
      expect(withMonitoring.report.results[1].executed?.[1]).toBe(2);
      expect([compliance?.year === undefined, status === undefined]).toEqual([false, false]);
    }
  });

  it("writes a Seguimiento sheet: corte and thresholds, the institution, then a row per catalog position", () => {
    const s = sheet(monitored(), "Seguimiento");
    const grid = gridFromLayout({ sheets: [s] }).sheets[0].values;
    expect(grid[6]).toEqual([...MONITORING_SHEET_HEADERS]);
    // Corte April 2024 → March: T1 due; the fresh plan has no month scheduled, so nothing is due.
    expect(grid[2][2]).toBe(3);
    expect(grid[3][2]).toBe(1);
    expect(grid[4][2]).toBe(0.8);
    expect(grid[7][1]).toBe(monitoringText("es").institution);
    expect(grid[8].slice(0, 2)).toEqual(["OE1", escoTemplate(2024).objectives[0].text]);
    expect(grid[8][9]).toBe("Sin programación al corte");
    // 30 catalog positions, blank past the catalog.
    expect(grid.length).toBe(8 + 30);
    expect(grid[37].slice(0, 2)).toEqual(["", ""]);
    expect(s.print).toMatchObject({ orientation: "landscape", paper: "letter", fitToPagesWide: 1, titleRows: { first: 7, last: 7 } });
    expect(s.freeze).toEqual({ rows: 7, columns: 2 });
  });

  it("caches, for readers that don't recalculate, the figures the core gives the template's plan at the corte", () => {
    const template = escoTemplate(2024);
    template.results[0].months = [true, false, false, true, false, false, false, false, false, false, false, false];
    const layout = monitored(template);
    const matrix = gridFromLayout({ sheets: [sheet(layout, "Matriz POA 2024")] }).sheets[0].values;
    // Corte March: Jan is due and unreported (0 %), April not yet.
    expect(matrix[6].slice(30, 37)).toEqual([0, "", "", "", 0, "", 0]);
    expect(matrix[7].slice(30, 37)).toEqual(["", "", "", "", "", "", ""]);
    const seguimiento = gridFromLayout({ sheets: [sheet(layout, "Seguimiento")] }).sheets[0].values;
    expect(seguimiento[8].slice(2, 10)).toEqual([0, "", "", "", 0, "", 0, "Crítico"]);
    expect(seguimiento[7][9]).toBe("Crítico");
  });

  it("uses only functions Excel 2016 and LibreOffice 7 compute alike, and no dynamic array", () => {
    const functions = new Set<string>();
    for (const f of allFormulas(monitored())) for (const m of f.replace(/"(?:[^"]|"")*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)) functions.add(m[1]);
    const allowed = ["AND", "CHAR", "COLUMN", "COUNT", "COUNTA", "COUNTIF", "COUNTIFS", "FIND", "IF", "IFERROR", "INDEX", "INT", "ISNUMBER", "LEFT", "LEN", "MATCH", "MAX", "MID", "MONTH", "N", "NOT", "OFFSET", "OR", "SUBSTITUTE", "SUM", "SUMIFS", "SUMPRODUCT", "TODAY", "TRIM", "UPPER", "YEAR"];
    expect([...functions].filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it("keeps validation formulas within Excel's 255 characters and its texts within its limits", () => {
    const layout = monitored();
    for (const s of layout.sheets)
      for (const v of s.validations) {
        expect((v.kind === "list" ? v.source : v.formula).length).toBeLessThanOrEqual(255);
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        expect(v.errorMessage.length).toBeLessThanOrEqual(255);
        expect((v.promptTitle ?? "").length).toBeLessThanOrEqual(32);
        expect((v.prompt ?? "").length).toBeLessThanOrEqual(255);
      }
    for (const lang of ["es", "en"] as const) {
      const t = monitoringText(lang);
      for (const v of [t.executed, t.corte, t.threshold]) expect(v.errorMessage.length).toBeLessThanOrEqual(255);
    }
  });

  it("follows a catalog of more than 30 objectives with a row each", () => {
    const template = escoTemplate(2024);
    template.objectives = Array.from({ length: 34 }, (_, i) => ({ id: `OE${i + 1}`, text: `Objetivo ${i + 1}` }));
    const grid = gridFromLayout({ sheets: [sheet(monitored(template), "Seguimiento")] }).sheets[0].values;
    expect(grid.length).toBe(8 + 34);
    expect(grid[8 + 33][0]).toBe("OE34");
  });
});

/** Every literal text cell of a layout sheet, for the language test below. */
function texts(s: LayoutSheet): string[] {
  return s.blocks.flatMap((b) => b.rows.flat()).filter((c: LayoutCell): c is string => typeof c === "string");
}

describe("seguimiento's words", () => {
  it("are the planner's language on the Seguimiento sheet, and the contract's Spanish in headers and bands", () => {
    const en = sheet(monitored(escoTemplate(2024), "en"), "Seguimiento");
    expect(texts(en)).toEqual(expect.arrayContaining(["Cut-off month (0 to 12)", "Institution (every row)", "Estado"]));
    const enMatrix = sheet(monitored(escoTemplate(2024), "en"), "Matriz POA 2024");
    expect(texts(enMatrix)).toEqual(expect.arrayContaining(["Programado", "Realizado", "Ene.", "Año"]));
    expect(enMatrix.validations[2].errorTitle).toBe("Invalid executed value");
  });
});
