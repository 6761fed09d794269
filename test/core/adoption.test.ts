/**
 * Adopting an existing sheet: the report of any layout the reader accepts becomes the template of a
 * new managed matrix, whose own reading gives back the same rows, objectives and months.
 */
import { DEFAULT_ADOPTION_YEAR, templateFromReport } from "../../src/core/adoption";
import { escoTemplate } from "../../src/core/escoTemplate";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { gridFromLayout } from "../../src/core/layoutGrid";
import { scaffoldLayout } from "../../src/core/layout";
import type { Report } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { book, catalogSheet, MONTHS_ES, SEED_RESULTS, seedSheet } from "./grids";

function reportOf(...sheets: SheetGrid[]): Report {
  const o = validateWorkbook(book(...sheets), { sheet: sheets[0].name });
  if (!o.ok) throw new Error(o.notFound.message);
  return o.report;
}

const monthsAt = (...m: number[]) => MONTHS_ES.map((_, k) => m.includes(k));

/**
 * Santa-Ana-shaped: title with the year, an objective column of id-and-text cells (the catalog),
 * activities whose months sit under `Programado` of four sub-columns, colour marks, a section row.
 */
function santaAnaLike(): SheetGrid {
  const values: CellValue[][] = [[null, "FORMATO POA 2025"], []];
  const head: CellValue[] = ["N°", "Objetivo", "6. ACTIVIDAD"];
  const sub: CellValue[] = [null, null, null];
  MONTHS_ES.forEach((m) => {
    head.push(m.toUpperCase(), null, null, null);
    sub.push("Programado", "Realizado", "Cumplimiento", "Medio de verificación");
  });
  values.push(head, sub);
  const col = (k: number) => 3 + k * 4;
  const fills: (string | null)[][] = [[], [], [], []];
  const activity = (n: number, objective: CellValue, text: string, marks: Record<number, CellValue>, colour: number[] = []) => {
    const row: CellValue[] = [n, objective, text];
    const fill: (string | null)[] = [null, null, null];
    MONTHS_ES.forEach((_, k) => {
      row[col(k)] = marks[k] ?? null;
      row[col(k) + 1] = k === 11 ? "X" : null; // "Realizado" is not the plan
      fill[col(k)] = colour.includes(k) ? "92D050" : null;
    });
    values.push(row);
    fills.push(fill);
  };
  activity(1, "OE 1: Mejorar la gestión", "Contratar el barrido", { 0: 1, 1: "x" });
  activity(2, "OE 2: Ampliar la cobertura", "=HYPERLINK(\"http://x\")", { 5: "X" }, [7]);
  activity(3, null, "Coordinar reuniones", { 2: 4 });
  values.push([null, null, "Actividades no planificadas"]);
  fills.push([]);
  activity(4, "OE 2: Ampliar la cobertura", "+Informe trimestral", {});
  return { name: "7 POA 2022", values, fills };
}

describe("templateFromReport", () => {
  it("takes the seed's seven results, their inferred objectives and their months, the year from the sheet", () => {
    const seed = seedSheet(SEED_RESULTS, (i) => (i === 0 ? ["X", "x"] : i === 3 ? [null, null, 2] : []));
    const report = reportOf(seed);
    const template = templateFromReport(report, { institution: " ESCO " });
    expect(template.institution).toBe("ESCO");
    expect(template.year).toBe(2024);
    expect(template.objectives).toEqual(escoTemplate().objectives);
    expect(template.results.map((r) => r.text)).toEqual(SEED_RESULTS);
    expect(template.results.map((r) => r.objective)).toEqual(["OE1", "OE2", "OE3", "OE4", "OE5", "OE6", "OE7"]);
    expect(template.results[0].months).toEqual(monthsAt(0, 1));
    expect(template.results[3].months).toEqual(monthsAt(2));
    expect(template.results[1].months).toEqual(monthsAt());
  });

  it("takes a Santa-Ana-like sheet's activities: Programado months, colour marks, the column catalog, unmapped rows empty", () => {
    const report = reportOf(santaAnaLike());
    const template = templateFromReport(report);
    expect(template.year).toBe(2025);
    expect(template.objectives).toEqual([
      { id: "OE1", text: "Mejorar la gestión" },
      { id: "OE2", text: "Ampliar la cobertura" },
    ]);
    expect(template.results).toEqual([
      { text: "Contratar el barrido", objective: "OE1", months: monthsAt(0, 1) },
      { text: "=HYPERLINK(\"http://x\")", objective: "OE2", months: monthsAt(5, 7) },
      { text: "Coordinar reuniones", objective: "", months: monthsAt(2) },
      { text: "+Informe trimestral", objective: "OE2", months: monthsAt() },
    ]);
  });

  it("an objective id the catalog lacks becomes empty; duplicate and blank catalog ids are dropped", () => {
    const report = reportOf(seedSheet(["Algo"]), catalogSheet());
    report.objectives = [
      { id: "OE1", text: "Uno", results: 1, months: monthsAt(), covered: false },
      { id: "oe1", text: "Otra vez", results: 0, months: monthsAt(), covered: false },
      { id: " ", text: "Sin id", results: 0, months: monthsAt(), covered: false },
    ];
    report.results = [
      { row: 4, cell: "A4", text: "Algo", objective: "OE9", months: monthsAt(3), level: "result" },
      { row: 5, cell: "A5", text: "Otro", objective: "oe1", months: monthsAt(), level: "result" },
    ];
    const template = templateFromReport(report);
    expect(template.objectives).toEqual([{ id: "OE1", text: "Uno" }]);
    expect(template.results.map((r) => r.objective)).toEqual(["", "oe1"]);
  });

  it("without a year in the report: the year asked for, else the fallback, else the default", () => {
    const report = reportOf(seedSheet());
    report.year = null;
    expect(templateFromReport(report).year).toBe(DEFAULT_ADOPTION_YEAR);
    expect(templateFromReport(report, { fallbackYear: 2026 }).year).toBe(2026);
    expect(templateFromReport(report, { year: 2027, fallbackYear: 2026 }).year).toBe(2027);
    report.year = 2025;
    expect(templateFromReport(report, { fallbackYear: 2026 }).year).toBe(2025);
    expect(templateFromReport(report, { year: 2030 }).year).toBe(2030);
  });
});

describe("the adopted matrix, as scaffolded and read back", () => {
  it("holds the Santa-Ana-like plan: texts literal, X in the months, objectives mapped or left empty", () => {
    const template = templateFromReport(reportOf(santaAnaLike()));
    const layout = scaffoldLayout(template, { lang: "es" });
    const outcome = validateWorkbook(gridFromLayout(layout), { sheet: "Matriz POA 2025" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    const r = outcome.report;
    expect(r.year).toBe(2025);
    expect(r.results.map((x) => [x.cell, x.text, x.objective, x.months])).toEqual([
      ["D7", "Contratar el barrido", "OE1", monthsAt(0, 1)],
      ["D8", "=HYPERLINK(\"http://x\")", "OE2", monthsAt(5, 7)],
      ["D9", "Coordinar reuniones", null, monthsAt(2)],
      ["D10", "+Informe trimestral", "OE2", monthsAt()],
    ]);
    // Only what the planner still has to do: pick an objective for row 9, schedule row 10.
    expect(r.issues.map((i) => `${i.code}@${i.cell}`).sort()).toEqual(["RESULT_UNMAPPED@B9", "RESULT_WITHOUT_MONTHS@D10"]);
    expect(r.objectives.map((o) => [o.id, o.covered])).toEqual([
      ["OE1", true],
      ["OE2", true],
    ]);
  });
});

describe("adopting another institution's plan (contract §3 and §8 v2)", () => {
  const plan = (): SheetGrid => ({
    name: "Matriz",
    values: [
      ["INSTITUCIÓN:", "Secretaría de Cultura"],
      ["Nivel", "Producto", ...MONTHS_ES],
      ["Producto Final 1", "Talleres de arte", ...MONTHS_ES.map(() => null)],
      ["Producto Intermedio 1", "Talleres de danza", "X"],
      ["Producto Intermedio 2", "Talleres de música", null, "X"],
    ],
  });

  it("copies no template objective, leaves the hierarchy row out, and starts from the title block's institution", () => {
    const report = reportOf(plan());
    expect(report.catalog).toBe("none");
    expect(report.institution).toBe("Secretaría de Cultura");
    const template = templateFromReport(report, { institution: report.institution });
    expect(template.objectives).toEqual([]);
    expect(template.institution).toBe("Secretaría de Cultura");
    expect(template.results.map((r) => [r.text, r.objective])).toEqual([
      ["Talleres de danza", ""],
      ["Talleres de música", ""],
    ]);
    // The adopted matrix reads back as another institution's: no ESCO objective in it either.
    const adopted = validateWorkbook(gridFromLayout(scaffoldLayout(template, { lang: "es" })));
    if (!adopted.ok) throw new Error(adopted.notFound.message);
    expect(adopted.report.objectives).toEqual([]);
    expect(adopted.report.results.map((r) => r.text)).toEqual(["Talleres de danza", "Talleres de música"]);
    expect(JSON.stringify(adopted.report)).not.toMatch(/ESCO|Cooperación Internacional/);
  });
});
