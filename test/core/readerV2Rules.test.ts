/**
 * The v2 reading rules one by one (contract §3, §8), at their edges: which label wins, where a block
 * ends, what a footer or a totals row is, which catalog rule applies, which sheet is read.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { findHeader } from "../../src/core/header";
import { scaffoldLayout } from "../../src/core/layout";
import { escoTemplate } from "../../src/core/escoTemplate";
import { locateMatrix } from "../../src/core/locate";
import type { Report } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { book, catalogSheet, MONTHS_ES, seedSheet } from "./grids";

const sheet = (values: CellValue[][], name = "Plan"): SheetGrid => ({ name, values });
const x = (...months: number[]): CellValue[] => MONTHS_ES.map((_, m) => (months.includes(m) ? "X" : null));

function report(...sheets: SheetGrid[]): Report {
  const o = validateWorkbook(book(...sheets));
  if (!o.ok) throw new Error(o.notFound.message);
  return o.report;
}

describe("§8 v2 row label", () => {
  it("a budget line's label wins only when no other level matches", () => {
    const both = findHeader(sheet([["Descripción", "Actividad", ...MONTHS_ES], ["Pasajes", "Viajar a la zona", "X"]]));
    expect(both.found && [both.header.resultColumn, both.header.level]).toEqual([1, "activity"]);
    for (const label of ["Ítem", "PARTIDA", "Rubro", "Descripción"]) {
      const alone = findHeader(sheet([[label, ...MONTHS_ES], ["Pasajes al interior", "X"]]));
      expect(alone.found && [alone.header.resultColumn, alone.header.level]).toEqual([0, "item"]);
    }
  });

  it("a column of bare codes never wins while a column with words exists, and stays as context", () => {
    const s = sheet([
      ["Actividad", "Partida", "Descripción", ...MONTHS_ES],
      ["01", "530101", "Pasajes al interior", "X"],
      ["1.2.3", 22110, "Viáticos", null, "X"],
    ]);
    const r = report(s);
    expect(r.results.map((x) => [x.cell, x.level])).toEqual([
      ["C2", "item"],
      ["C3", "item"],
    ]);
    expect(r.results[0].context?.map((c) => [c.level, c.text])).toEqual([
      ["activity", "01"],
      ["item", "530101"],
    ]);
  });

  it("nine cells of ten without a word make a code column; more words than that do not", () => {
    const codes = Array.from({ length: 10 }, (_, i): CellValue[] => [i === 0 ? "A1 Taller" : `0${i}`, `Texto ${i}`, "X"]);
    const mostlyCodes = findHeader(sheet([["Actividad", "Descripción", ...MONTHS_ES], ...codes]));
    expect(mostlyCodes.found && mostlyCodes.header.level).toBe("item");
    const twoWords = codes.map((row, i): CellValue[] => (i === 1 ? ["Taller de arte", ...row.slice(1)] : row));
    const worded = findHeader(sheet([["Actividad", "Descripción", ...MONTHS_ES], ...twoWords]));
    expect(worded.found && worded.header.level).toBe("activity");
  });

  it("with no label header, the column with the most text left of the months, level row; columns that say what else they hold are left out", () => {
    const s = sheet([
      ["Código", "Tarea", "Indicador", "Responsable", ...MONTHS_ES],
      ["1", "Limpiar el mercado", "Número de jornadas de limpieza realizadas", "Unidad de aseo", "X"],
      ["2", "Pintar", "Escuela pintada y entregada", "Unidad de obras", null, "X"],
    ]);
    const search = findHeader(s);
    expect(search.found && [search.header.resultColumn, search.header.level]).toEqual([1, "row"]);
  });

  it("a label right of the months heads a summary, not the rows: the scaffold's Cobertura is no matrix", () => {
    const layout = scaffoldLayout(escoTemplate(), { lang: "es" });
    const cobertura = layout.sheets.find((s) => s.name === "Cobertura")!;
    const values: CellValue[][] = [];
    for (const block of cobertura.blocks) {
      const top = Number(/\d+/.exec(block.anchor)![0]) - 1;
      block.rows.forEach((line, r) => (values[top + r] = line.map((c) => (c !== null && typeof c === "object" ? (c.result ?? null) : c) as CellValue)));
    }
    for (let r = 0; r < values.length; r++) values[r] ??= [];
    expect(findHeader(sheet(values, "Cobertura")).found).toBe(false);
  });
});

describe("§8 v2 stacked forms and the end of the data", () => {
  const block = (title: string, rows: CellValue[][]): CellValue[][] => [[title], ["CÓDIGO POA: 1.1"], ["Actividad", ...MONTHS_ES], ...rows];

  it("reads every block's rows in sheet order, each with its own cell; title rows between blocks are not rows", () => {
    const s = sheet([...block("Unidad de Finanzas", [["Pagar planillas", ...x(0)], ["Auditar", ...x(5)]]), [], ...block("Unidad de Obras", [["Reparar calles", ...x(2)]])]);
    const r = report(s);
    expect(r.results.map((x) => [x.cell, x.text])).toEqual([
      ["A4", "Pagar planillas"],
      ["A5", "Auditar"],
      ["A10", "Reparar calles"],
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(["CATALOG_MISSING"]);
  });

  it("a block whose header labels no column keeps the previous block's columns, with its own months", () => {
    const s = sheet([
      ["Actividad", null, ...MONTHS_ES],
      ["Pagar", null, ...x(0)],
      [],
      [null, null, null, ...MONTHS_ES],
      ["Auditar", null, null, ...x(1)],
    ]);
    const located = locateMatrix([s]);
    if (!located.found) throw new Error("no matrix");
    expect(located.location.blocks.map((b) => [b.header.row, b.header.resultColumn, b.header.monthColumns[0]])).toEqual([
      [0, 0, 2],
      [3, 0, 3],
    ]);
    expect(report(s).results.map((x) => [x.cell, x.months.indexOf(true)])).toEqual([
      ["A2", 0],
      ["A5", 1],
    ]);
  });

  it("a totals row is not a row of the plan", () => {
    const r = report(sheet([["N°", "Actividad", ...MONTHS_ES], [1, "Taller", ...x(0)], [2, "Feria", ...x(1)], ["Total", null, 1, 1], [null, "Subtotal", 1]]));
    expect(r.results.map((x) => x.text)).toEqual(["Taller", "Feria"]);
    expect(r.issues.map((i) => i.code)).toEqual(["CATALOG_MISSING"]);
  });

  it("a signature footer after a blank row is not read; the same words before the last month are rows", () => {
    const s = sheet([
      ["Actividad", ...MONTHS_ES],
      ["Taller", ...x(0)],
      [],
      ["Aprobado el reglamento interno", ...x(3)],
      ["Revisar inventario", ...none()],
      [],
      ["Elaborado por: ____________"],
      ["Firma del responsable"],
    ]);
    const r = report(s);
    expect(r.results.map((x) => x.cell)).toEqual(["A2", "A4", "A5"]);
    expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["RESULT_WITHOUT_MONTHS@A5", "CATALOG_MISSING@null"]);
  });
});

function none(): CellValue[] {
  return MONTHS_ES.map(() => null);
}

describe("§3 v2 which sheet", () => {
  const matrix = (name: string, hidden = false): SheetGrid => ({ name, values: [["Actividad", ...MONTHS_ES], ["Taller", "X"]], ...(hidden ? { hidden } : {}) });

  it("visible sheets first in workbook order, then hidden ones; the named one even when hidden", () => {
    const located = (sheets: SheetGrid[], options = {}) => {
      const l = locateMatrix(sheets, options);
      return l.found ? [l.location.sheet.name, l.location.hidden] : l.reason;
    };
    expect(located([matrix("Oculta", true), matrix("Visible")])).toEqual(["Visible", false]);
    expect(located([sheet([["notas"]], "Notas"), matrix("Oculta", true)])).toEqual(["Oculta", true]);
    expect(located([matrix("Oculta", true), matrix("Visible")], { sheet: "oculta" })).toEqual(["Oculta", true]);
    expect(located([matrix("A"), matrix("B")], { prefer: "B" })).toEqual(["B", false]);
    expect(located([matrix("A"), sheet([["notas"]], "Notas")], { prefer: "Notas" })).toEqual(["A", false]);
  });

  it("the report says hidden only when it is", () => {
    expect(report(matrix("Oculta", true)).hidden).toBe(true);
    expect("hidden" in report(matrix("Visible"))).toBe(false);
  });
});

describe("§3 v2 the catalog rule", () => {
  it("rule 1 wins over the others, and its sheet's name may carry accents, case and a trailing period", () => {
    const r = report(catalogSheet("OBJETÍVOS."), seedSheet());
    expect(r.catalog).toBe("sheet");
  });

  it("rule 2: a catalog the user gives applies where the workbook has none", () => {
    const o = validateWorkbook(book(sheet([["Objetivo", "Actividad", ...MONTHS_ES], ["OE2", "Taller", "X"]])), { objectives: { objectives: [{ id: "OE1", text: "Uno" }, { id: "OE2", text: "Dos" }] } });
    if (!o.ok) throw new Error(o.notFound.message);
    expect(o.report.catalog).toBe("file");
    expect(o.report.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["OBJECTIVE_NOT_COVERED@null"]);
  });

  it("rule 4: rows that restate the template's objectives by their wording make the workbook that institution's plan", () => {
    expect(report(seedSheet()).catalog).toBe("template");
    const half = seedSheet([...escoTemplate().results.slice(0, 2).map((r) => r.text), "Taller de pintura", "Feria del libro"]);
    expect(report(half).catalog).toBe("template");
    const fewer = seedSheet([escoTemplate().results[0].text, "Taller de pintura", "Feria del libro"]);
    expect(report(fewer).catalog).toBe("none");
  });

  it("rule 4: an objective column holding the template's texts", () => {
    const texts = escoTemplate().objectives.map((o) => o.text);
    const r = report(sheet([["Objetivo estratégico", "Actividad", ...MONTHS_ES], [texts[0], "Taller", "X"], [texts[2], "Feria", "X"]]));
    expect(r.catalog).toBe("template");
    expect(r.results.map((x) => x.objective)).toEqual(["OE1", "OE3"]);
  });
});

describe("the institution a title block names (for Adoptar)", () => {
  const titled = (title: CellValue[][]): Report => report(sheet([...title, ["Actividad", ...MONTHS_ES], ["Taller", "X"]]));

  it("takes the text beside an Institución: or Entidad: label, passing over a numeric code", () => {
    expect(titled([["MATRIZ DE MONITOREO"], ["INSTITUCIÓN:", "Secretaría de Cultura"]]).institution).toBe("Secretaría de Cultura");
    expect(titled([["ENTIDAD:", 385, "AUTORIDAD DE SUPERVISIÓN"]]).institution).toBe("AUTORIDAD DE SUPERVISIÓN");
  });

  it("else the first title cell naming a public body; none when the title names none", () => {
    expect(titled([["FORMATO POA 2025"], [null, "ALCALDÍA MUNICIPAL DE  SANTA ANA"]]).institution).toBe("ALCALDÍA MUNICIPAL DE SANTA ANA");
    expect("institution" in titled([["Formulario 9"], ["Plan Operativo Anual 2025"]])).toBe(false);
  });
});

describe("§8 v2 hierarchy rows as context", () => {
  it("each planned row shows its nearest higher rows, nearest first; the higher rows without months raise nothing", () => {
    const r = report(
      sheet([
        ["Nivel", "Producto", ...MONTHS_ES],
        ["Resultado Institucional", "Acceso a la cultura", ...none()],
        ["Producto Final 1", "Talleres de arte", ...none()],
        ["Producto Intermedio 1", "Talleres de danza", ...x(0)],
        ["Producto Final 2", "Bibliotecas", ...none()],
        ["Producto Intermedio 1", "Libros adquiridos", ...x(3)],
      ]),
    );
    const contextOf = (cell: string) => r.results.find((x) => x.cell === cell)?.context?.map((c) => [c.level, c.label, c.text, c.cell]);
    expect(contextOf("B4")).toEqual([
      ["output", "Producto Final 1", "Talleres de arte", "B3"],
      ["result", "Resultado Institucional", "Acceso a la cultura", "B2"],
    ]);
    expect(contextOf("B6")).toEqual([
      ["output", "Producto Final 2", "Bibliotecas", "B5"],
      ["result", "Resultado Institucional", "Acceso a la cultura", "B2"],
    ]);
    expect(r.results.filter((x) => x.hierarchy).map((x) => x.cell)).toEqual(["B2", "B3", "B5"]);
    expect(r.issues.map((i) => i.code)).toEqual(["CATALOG_MISSING"]);
  });

  it("gives a parent row the level its cell names, punctuation and numbering aside (`Meta:`, `Producto 2.`)", () => {
    const r = report(
      sheet([
        ["Nivel", "Descripción", ...MONTHS_ES],
        ["Producto 2.", "Salud comunitaria", ...none()],
        ["Meta:", "Vacunar a 500 niños", ...none()],
        ["Actividad 1", "Jornada de vacunación", ...x(2)],
        ["Actividad 2", "Visitas casa por casa", ...x(4)],
      ]),
    );
    expect(r.results.find((x) => x.cell === "B4")?.context?.map((c) => [c.level, c.label, c.text])).toEqual([
      ["target", "Meta:", "Vacunar a 500 niños"],
      ["output", "Producto 2.", "Salud comunitaria"],
    ]);
  });
});
