/**
 * Contract §8 ("Real-world matrices") on synthetic grids: one block per rule, each shaped like the
 * real files planners keep (activity rows, month sub-columns, colour marks, N/A slots, id-and-text
 * objectives, a year in the title that the sheet name contradicts, section headings, logframes).
 */
import type { CellValue, MergedRange, SheetGrid } from "../../src/core/grid";
import { findHeader } from "../../src/core/header";
import { classifyMark } from "../../src/core/marks";
import type { Issue, Report, RowLevel } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { book, catalogSheet, MONTHS_ES } from "./grids";

const sheet = (values: CellValue[][], extra: { merges?: MergedRange[]; fills?: (string | null)[][]; name?: string } = {}): SheetGrid => ({
  name: extra.name ?? "Plan",
  values,
  merges: extra.merges,
  fills: extra.fills,
});

function report(s: SheetGrid, withCatalog = true): Report {
  const o = validateWorkbook(withCatalog ? book(s, catalogSheet()) : book(s));
  if (!o.ok) throw new Error(o.notFound.message);
  return o.report;
}

const codes = (r: Report, ...only: string[]) => r.issues.filter((i) => only.length === 0 || only.includes(i.code)).map((i) => `${i.code}@${i.cell}`);
/** Issues other than mapping ones (these grids have no objective column: mapping is §5's business). */
const rowIssues = (r: Report) => r.issues.filter((i) => !["OBJECTIVE_NOT_COVERED", "RESULT_UNMAPPED", "RESULT_MAPPING_INFERRED"].includes(i.code));
const scheduledCount = (r: Report) => r.results.reduce((n, row) => n + row.months.filter(Boolean).length, 0);

/** A one-row header: the given labels, then Ene…Dic; each data row: label cells then 12 marks. */
function simple(labels: string[], rows: CellValue[][]): SheetGrid {
  return sheet([[...labels, ...MONTHS_ES], ...rows]);
}

describe("§8 row label: which header names the rows", () => {
  it.each<[string, RowLevel]>([
    ["Resultado", "result"],
    ["Resultados", "result"],
    ["Actividad", "activity"],
    ["Actividades", "activity"],
    ["Acción", "action"],
    ["Acciones", "action"],
    ["Operación", "action"],
    ["Operaciones", "action"],
    ["Producto", "output"],
    ["Productos", "output"],
    ["Meta", "target"],
    ["Metas", "target"],
    ["Proyecto", "project"],
    ["Proyectos", "project"],
    ["Result", "result"],
    ["Activity", "activity"],
    ["Action", "action"],
    ["Output", "output"],
    ["Project", "project"],
    ["Target", "target"],
    ["6.  ACTIVIDAD", "activity"],
    ["4.PROYECTOS ", "project"],
    ["ACTIVIDAD_PRINCIPAL", "activity"],
    ["Descripción de la actividad", "activity"],
    ["ACCIONES ESTRATÉGICAS", "action"],
  ])("%p names %p rows, and the report says so", (label, level) => {
    const r = report(simple([label], [["Hacer algo", "X"]]));
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ cell: "A2", text: "Hacer algo", level });
  });

  it.each([["Indicador de actividad"], ["Unidad de medida"], ["Medio de verificación"], ["Responsable"], ["Objetivo de la actividad"]])(
    "%p is not a row-label column",
    (label) => {
      expect(findHeader(simple([label], [["algo", "X"]])).found).toBe(false);
    },
  );

  // Most specific first: activity, action/operation, product/output, result, target, project.
  const order: [string, RowLevel][] = [
    ["Actividad", "activity"],
    ["Acción", "action"],
    ["Producto", "output"],
    ["Resultado", "result"],
    ["Meta", "target"],
    ["Proyecto", "project"],
  ];
  const pairs = order.flatMap((a, i) => order.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)("%p wins over %p, whichever comes first", (specific, general) => {
    for (const labels of [
      [general[0], specific[0]],
      [specific[0], general[0]],
    ]) {
      const s = simple(labels, [["uno", "dos", "X"]]);
      const search = findHeader(s);
      expect(search.found).toBe(true);
      if (!search.found) return;
      expect(search.header.level).toBe(specific[1]);
      expect(search.header.resultColumn).toBe(labels.indexOf(specific[0]));
    }
  });

  it("among equal labels the column holding the most text wins", () => {
    const s = simple(
      ["Actividad", "Actividades"],
      [
        [null, "Taller 1", "X"],
        ["A", "Taller 2", "X"],
        [null, "Taller 3", "X"],
      ],
    );
    const search = findHeader(s);
    expect(search.found && search.header.resultColumn).toBe(1);
  });

  it("keeps the higher levels as context, a merged project counting for each activity under it", () => {
    const s = sheet(
      [
        ["Proyecto", "Meta", "Actividad", ...MONTHS_ES],
        ["Ciudad limpia", "Optimizar el aseo", "Contratar el servicio", "X"],
        [null, null, "Supervisar el servicio", null, "X"],
        ["Parques", null, "Podar", null, null, "X"],
      ],
      { merges: [{ top: 1, left: 0, bottom: 2, right: 0 }] },
    );
    const r = report(s);
    expect(r.results.map((x) => x.level)).toEqual(["activity", "activity", "activity"]);
    expect(r.results[0].context).toEqual([
      { level: "target", label: "Meta", text: "Optimizar el aseo", cell: "B2" },
      { level: "project", label: "Proyecto", text: "Ciudad limpia", cell: "A2" },
    ]);
    expect(r.results[1].context).toEqual([{ level: "project", label: "Proyecto", text: "Ciudad limpia", cell: "A2" }]);
    expect(r.results[2].context).toEqual([{ level: "project", label: "Proyecto", text: "Parques", cell: "A4" }]);
    // Higher-level cells are not rows of their own.
    expect(r.results).toHaveLength(3);
  });

  it("the seed's layout has no context and level result", () => {
    const r = report(simple(["Resultado"], [["R", "X"]]));
    expect(r.results[0].level).toBe("result");
    expect(r.results[0].context).toBeUndefined();
  });
});

describe("§8 month headers", () => {
  it("accepts the numbers 1…12 in order as numbers and as text", () => {
    for (const nums of [MONTHS_ES.map((_, k) => k + 1), MONTHS_ES.map((_, k) => String(k + 1))]) {
      const r = report(sheet([["Actividad", ...nums], ["A", null, null, "X"]]));
      expect(r.results[0].months[2]).toBe(true);
    }
  });

  it("does not take numbers out of order as months", () => {
    const nums = [1, 2, 3, 5, 4, 6, 7, 8, 9, 10, 11, 12];
    expect(findHeader(sheet([["Actividad", ...nums]])).found).toBe(false);
  });

  it("accepts date cells (the month of the date), Ene-24 and Enero 2024", () => {
    const headers: CellValue[][] = [
      MONTHS_ES.map((_, k) => new Date(Date.UTC(2024, k, 1))),
      MONTHS_ES.map((m) => `${m}-24`),
      ["Enero 2024", "Febrero 2024", "Marzo 2024", "Abril 2024", "Mayo 2024", "Junio 2024", "Julio 2024", "Agosto 2024", "Septiembre 2024", "Octubre 2024", "Noviembre 2024", "Diciembre 2024"],
    ];
    for (const h of headers) {
      const r = report(sheet([["Actividad", ...h], ["A", null, null, null, "X"]]));
      expect(r.results[0].months.map(Number)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    }
  });

  it("finds months one every 4 columns, given as numbers, over sub-columns", () => {
    const top: CellValue[] = ["Actividad"];
    const sub: CellValue[] = [null];
    const data: CellValue[] = ["A"];
    for (let m = 0; m < 12; m++) {
      top.push(m + 1, null, null, null);
      sub.push("Programado", "Realizado", "Cumplimiento", "Medio de verificación");
      data.push(m === 5 ? 1 : null, m === 6 ? 1 : null, null, null); // June planned; July only "realizado"
    }
    const r = report(sheet([top, sub, data]));
    expect(r.results).toHaveLength(1);
    expect(r.results[0].row).toBe(3);
    expect(r.results[0].months.map(Number)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });
});

/** Months over four sub-columns each, in the order given; `mark(m)` is written under `markUnder`. */
function subColumnSheet(subLabels: string[], markUnder: number, mark: (m: number) => CellValue, merged: boolean): SheetGrid {
  const width = subLabels.length;
  const top: CellValue[] = ["N°", "Actividad"];
  const sub: CellValue[] = [null, null];
  const data: CellValue[] = [1, "Capacitar al personal"];
  const merges: MergedRange[] = [];
  MONTHS_ES.forEach((name, m) => {
    const left = top.length;
    for (let k = 0; k < width; k++) {
      top.push(k === 0 ? name : null);
      sub.push(subLabels[k]);
      data.push(k === markUnder ? mark(m) : k === (markUnder + 1) % width ? "X" : null);
    }
    if (merged) merges.push({ top: 0, left, bottom: 0, right: left + width - 1 });
  });
  return sheet([top, sub, data], { merges });
}

describe("§8 month sub-columns", () => {
  it.each([
    [["Programado", "Realizado", "Cumplimiento", "Medio de verificación"], 0],
    [["Realizado", "Programado", "Cumplimiento", "Medio de verificación"], 1],
    [["Cumplimiento", "Realizado", "Planificado", "Observaciones"], 2],
    [["Real.", "Prog."], 1],
  ])("reads the planned sub-column of %p, merged label or not", (labels, plannedAt) => {
    for (const merged of [true, false]) {
      const s = subColumnSheet(labels, plannedAt, (m) => (m % 2 === 0 ? "X" : null), merged);
      const r = report(s);
      expect(r.results).toHaveLength(1);
      // Only the planned sub-column counts: even months; the X beside it (executed) does not.
      expect(r.results[0].months).toEqual(MONTHS_ES.map((_, m) => m % 2 === 0));
      const search = findHeader(s);
      expect(search.found && search.header.monthColumns[0]).toBe(2 + plannedAt);
      expect(search.found && search.header.dataRow).toBe(2);
    }
  });

  it("with no planned label, reads each month's first sub-column", () => {
    const s = subColumnSheet(["Meta", "Logro", "%"], 0, () => 2, true);
    const r = report(s);
    expect(r.results[0].months.every(Boolean)).toBe(true);
    expect(rowIssues(r).filter((i) => i.code.includes("MARK"))).toEqual([]);
  });
});

describe("§8 the twelve months twice on one row (planned, then executed)", () => {
  const twice = (above: CellValue[] | null, merges: MergedRange[] = []): SheetGrid => {
    const values: CellValue[][] = [];
    if (above) values.push(above);
    values.push(["Actividad", ...MONTHS_ES, ...MONTHS_ES]);
    // Planned in the first block: January; in the second: February.
    values.push(["A", "X", null, null, null, null, null, null, null, null, null, null, null, null, "X"]);
    return sheet(values, { merges });
  };

  it("takes the first block when nothing says which is planned", () => {
    expect(report(twice(null)).results[0].months[0]).toBe(true);
  });

  it("takes the block under Programado / planned even when it comes second", () => {
    const above: CellValue[] = [null, "Ejecutado", ...new Array<CellValue>(11).fill(null), "Programado"];
    const merges = [
      { top: 0, left: 1, bottom: 0, right: 12 },
      { top: 0, left: 13, bottom: 0, right: 24 },
    ];
    const r = report(twice(above, merges));
    expect(r.results[0].months.map(Number)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const en: CellValue[] = [null, "Actual", ...new Array<CellValue>(11).fill(null), "Planned"];
    expect(report(twice(en, merges)).results[0].months[1]).toBe(true);
  });

  it("takes the first block when it is the one under Planificado", () => {
    const above: CellValue[] = [null, "Planificado", ...new Array<CellValue>(11).fill(null), "Realizado"];
    expect(report(twice(above)).results[0].months[0]).toBe(true);
  });
});

describe("§8 colour as a mark", () => {
  const ORANGE = "FFC000";
  /** Header in row 1, one activity a row; fills by (row, month). */
  function coloured(rows: { label: CellValue; values?: CellValue[]; fill?: (m: number) => string | null; labelFill?: string | null }[]): SheetGrid {
    const values: CellValue[][] = [["N°", "Actividad", ...MONTHS_ES]];
    const fills: (string | null)[][] = [new Array(14).fill("1F4E78")];
    rows.forEach((r, i) => {
      values.push([i + 1, r.label, ...MONTHS_ES.map((_, m) => r.values?.[m] ?? null)]);
      fills.push([r.labelFill ?? null, r.labelFill ?? null, ...MONTHS_ES.map((_, m) => r.fill?.(m) ?? null)]);
    });
    return sheet(values, { fills });
  }

  it("an empty month cell with a solid fill is scheduled, with a warning whose fix writes X", () => {
    const r = report(coloured([{ label: "Podar", fill: (m) => (m === 2 || m === 3 ? ORANGE : null) }]));
    expect(r.results[0].months.map(Number)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const issues = r.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR");
    expect(issues.map((i) => i.cell)).toEqual(["E2", "F2"]);
    expect(issues[0]).toMatchObject({ severity: "warning", sheet: "Plan", fix: { sheet: "Plan", cell: "E2", value: "X", safe: true } });
    expect(issues[0].message).toMatch(/E2/);
    expect(codes(r, "RESULT_WITHOUT_MONTHS")).toEqual([]);
  });

  it("white or no fill is not a mark", () => {
    const r = report(coloured([{ label: "Podar", fill: (m) => (m === 0 ? "FFFFFF" : null) }]));
    expect(r.results[0].months.some(Boolean)).toBe(false);
    expect(codes(r, "RESULT_WITHOUT_MONTHS")).toEqual(["RESULT_WITHOUT_MONTHS@B2"]);
  });

  it("a banded row (the whole row, label included, in one fill) is not scheduled by colour", () => {
    const grey = "D9D9D9";
    const r = report(coloured([{ label: "Podar", fill: () => grey, labelFill: grey, values: ["X"] }, { label: "Regar", values: [null, "X"] }]));
    expect(r.results[0].months.map(Number)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(codes(r, "MONTH_MARKED_BY_COLOR")).toEqual([]);
  });

  it("a coloured cell holding a mark is read by its mark, and colour on a row without a label is decoration", () => {
    const r = report(coloured([{ label: "Podar", values: ["X"], fill: () => ORANGE }, { label: null, fill: (m) => (m < 3 ? ORANGE : null) }]));
    expect(r.results).toHaveLength(1);
    expect(r.results[0].months.every(Boolean)).toBe(true);
    // Month cells other than January are empty and orange: colour marks; January holds X.
    expect(codes(r, "MONTH_MARKED_BY_COLOR")).toHaveLength(11);
    expect(codes(r, "EMPTY_RESULT")).toEqual([]);
  });

  it("without fills (a shell that cannot read them) nothing changes", () => {
    const s = coloured([{ label: "Podar", fill: () => ORANGE }]);
    delete s.fills;
    expect(report(s).results[0].months.some(Boolean)).toBe(false);
  });
});

describe("§8 marks", () => {
  it.each([["N/A"], ["NA"], ["n/a"], ["-"], ["—"], ["–"]])("%p is not scheduled and raises nothing", (mark) => {
    expect(classifyMark(mark)).toEqual({ kind: "notApplicable", scheduled: false });
    const r = report(simple(["Actividad"], [["A", "X", mark]]));
    expect(r.results[0].months.slice(0, 2)).toEqual([true, false]);
    expect(rowIssues(r).filter((i) => i.cell === "C2")).toEqual([]);
  });

  it.each([["X/X"], ["XX"], ["x/x"]])("%p is scheduled, non-standard, fixed to X without asking", (mark) => {
    const r = report(simple(["Actividad"], [["A", mark]]));
    expect(r.results[0].months[0]).toBe(true);
    const issue = r.issues.find((i) => i.cell === "B2") as Issue;
    expect(issue).toMatchObject({ code: "NONSTANDARD_MONTH_MARK", severity: "warning", fix: { value: "X", safe: true } });
  });

  it.each<[CellValue]>([[0.5], [0.25], ["50%"], ["12.5 %"], ["0,5"], ["100%"]])(
    "the share %p is scheduled, non-standard, and its fix to X asks first",
    (mark) => {
      expect(classifyMark(mark)).toEqual({ kind: "nonstandard", scheduled: true });
      const r = report(simple(["Actividad"], [["A", mark]]));
      expect(r.results[0].months[0]).toBe(true);
      const issue = r.issues.find((i) => i.cell === "B2") as Issue;
      expect(issue).toMatchObject({ code: "NONSTANDARD_MONTH_MARK", fix: { value: "X", safe: false } });
    },
  );

  it.each<[CellValue]>([[2.5], [1.25], ["463.75"], ["17,121.75"], ["Bs 980,50"]])("the amount %p (a decimal of 1 or more) is a quantity: scheduled, no issue", (mark) => {
    expect(classifyMark(mark)).toEqual({ kind: "quantity", scheduled: true });
    const r = report(simple(["Actividad"], [["A", mark]]));
    expect(r.results[0].months[0]).toBe(true);
    expect(r.issues.filter((i) => i.cell === "B2")).toEqual([]);
  });

  it.each<[CellValue]>([[-0.5], ["-50%"], [Number.NaN]])("%p is still invalid", (mark) => {
    expect(classifyMark(mark).kind).toBe("invalid");
  });

  it("0% is a zero: not scheduled, no issue", () => {
    expect(classifyMark("0%")).toEqual({ kind: "zero", scheduled: false });
  });
});

describe("§8 objective cells with a leading id, and the catalog from the column", () => {
  const matrix = (objectives: CellValue[]): SheetGrid =>
    sheet([["Objetivo", "Actividad", ...MONTHS_ES], ...objectives.map((o, i) => [o, `Actividad ${i + 1}`, "X"])]);

  it("matches OE 4: …, OE4 - … and O.E. 4. on their id against an Objetivos sheet", () => {
    const r = report(matrix(["OE 4: Fortalecer las capacidades", "OE4 - otra redacción", "O.E. 4.", "oe 4) algo"]));
    expect(r.results.map((x) => x.objective)).toEqual(["OE4", "OE4", "OE4", "OE4"]);
    expect(codes(r, "RESULT_UNMAPPED")).toEqual([]);
  });

  it("without an Objetivos sheet, the catalog is the column's distinct objectives, not the template's", () => {
    const r = report(matrix(["OE 2: Incrementar la cobertura", "OE1 - Mejorar la gestión", "O.E. 2.", "OE 1: Mejorar la gestión"]), false);
    expect(r.objectives.map((o) => [o.id, o.text, o.results])).toEqual([
      ["OE1", "Mejorar la gestión", 2],
      ["OE2", "Incrementar la cobertura", 2],
    ]);
    expect(r.summary.objectivesTotal).toBe(2);
    expect(codes(r)).toEqual([]);
  });

  it("an objective of the column with no activity is not covered, at the first cell where it appears", () => {
    const s = matrix(["OE 1: Mejorar la gestión", "OE 1: Mejorar la gestión"]);
    s.values.push(["OE 3: Ampliar la red", null], ["OE 3: Ampliar la red", null]); // no activity on its rows
    const r = report(s, false);
    expect(r.objectives.map((o) => o.id)).toEqual(["OE1", "OE3"]);
    const issue = r.issues.find((i) => i.code === "OBJECTIVE_NOT_COVERED") as Issue;
    expect(issue).toMatchObject({ sheet: "Plan", cell: "A4", objective: "OE3" });
  });

  it("ids alone in another institution's column: the distinct ids, with one CATALOG_MISSING (§3 v2 rule 5)", () => {
    const s = matrix(["OE1", "OE3", "oe 3", null]);
    const r = report(s, false);
    expect(r.catalog).toBe("ids");
    expect(r.objectives.map((o) => [o.id, o.text, o.results])).toEqual([
      ["OE1", "", 1],
      ["OE3", "", 2],
    ]);
    expect(codes(r)).toEqual(["RESULT_UNMAPPED@A5", "CATALOG_MISSING@null"]);
    expect(r.issues.find((i) => i.code === "CATALOG_MISSING")?.message).toMatch(/\(OE1, OE3\)/);
  });

  it("ids alone in a workbook whose title names the template's institution: the template's catalog (§3 v2 rule 4)", () => {
    const s = matrix(["OE1", "OE2"]);
    s.values.unshift(["Agencia de El Salvador para la Cooperación Internacional — POA 2024"]);
    const r = report(s, false);
    expect(r.catalog).toBe("template");
    expect(r.summary.objectivesTotal).toBe(7);
  });
});

describe("§8 year", () => {
  const titled = (title: CellValue, name: string): SheetGrid =>
    sheet([[null, title], [], ["Actividad", ...MONTHS_ES], ["A", "X"]], { name });

  it("prefers the title's year over the sheet name's and warns where they differ, at the title's cell", () => {
    const r = report(titled("PLAN OPERATIVO ANUAL 2025", "7 POA 2022"));
    expect(r.year).toBe(2025);
    const issue = r.issues.find((i) => i.code === "YEAR_CONFLICT") as Issue;
    expect(issue).toMatchObject({ severity: "warning", sheet: "7 POA 2022", cell: "B1" });
    expect(issue.message).toMatch(/2025.*2022/);
    const en = validateWorkbook(book(titled("POA 2025", "POA 2022")), { lang: "en" });
    expect(en.ok && en.report.issues.find((i) => i.code === "YEAR_CONFLICT")?.message).toMatch(/Year 2025 \(B1\) differs from year 2022/);
  });

  it("no conflict when they agree, or when only one of them has a year", () => {
    expect(codes(report(titled("POA 2025", "POA 2025")), "YEAR_CONFLICT")).toEqual([]);
    expect(codes(report(titled("POA", "POA 2022")), "YEAR_CONFLICT")).toEqual([]);
    expect(report(titled("POA", "POA 2022")).year).toBe(2022);
    expect(codes(report(titled("POA 2025", "Hoja1")), "YEAR_CONFLICT")).toEqual([]);
  });

  it("comes first among the issues (a header-level finding)", () => {
    const r = report(titled("POA 2025", "POA 2022"));
    expect(r.issues[0].code).toBe("YEAR_CONFLICT");
  });
});

describe("§8 section rows", () => {
  const withSection = (n: CellValue, extra: CellValue = null): SheetGrid =>
    sheet([
      ["N°", "Actividad", "Unidad de medida", ...MONTHS_ES],
      [1, "Podar", "Informe", "X"],
      [n, "Actividades no planificadas", extra],
      [2, "Regar", "Bitácora", null, "X"],
    ]);

  it("a label alone, with no month and no number, is a heading: no issue, not a row", () => {
    const r = report(withSection(null));
    expect(r.results.map((x) => x.text)).toEqual(["Podar", "Regar"]);
    expect(rowIssues(r)).toEqual([]);
  });

  it("with a number in N° or another cell filled it is an activity without months", () => {
    expect(codes(report(withSection(3)), "RESULT_WITHOUT_MONTHS")).toEqual(["RESULT_WITHOUT_MONTHS@B3"]);
    expect(codes(report(withSection(null, "Informe")), "RESULT_WITHOUT_MONTHS")).toEqual(["RESULT_WITHOUT_MONTHS@B3"]);
  });

  it("without an N° column a lone label stays a row with no month (§6, as in the seed)", () => {
    const r = report(simple(["Actividad"], [["Podar", "X"], ["Actividades no planificadas"]]));
    expect(codes(r, "RESULT_WITHOUT_MONTHS")).toEqual(["RESULT_WITHOUT_MONTHS@A3"]);
  });

  it("a heading row shaded across its month cells is still a heading (banding, not colour marks)", () => {
    const s = withSection(null);
    s.fills = [[], [], ["C00000", "17375E", "17375E", ...new Array(12).fill("17375E")]];
    const r = report(s);
    expect(rowIssues(r)).toEqual([]);
    expect(r.results).toHaveLength(2);
  });
});

describe("§8 no monthly grid", () => {
  it("refuses a logframe and says what was looked for", () => {
    const logframe = sheet([
      ["PROGRAMME TITLE:"],
      ["IMPACT", "Impact Indicator", "Baseline", "Milestone 1", "Milestone 2", "Target"],
      ["OUTCOME", "Outcome Indicator", "Baseline", "Milestone 1", "Milestone 2", "Target"],
      ["OUTPUT", "Output Indicator", "Baseline", "Milestone 1", "Milestone 2", "Target"],
      ["Activities", "Inputs (£)", "DFID (£)"],
    ]);
    for (const lang of ["es", "en"] as const) {
      const o = validateWorkbook(book(logframe), { lang });
      expect(o.ok).toBe(false);
      if (o.ok) return;
      expect(o.notFound.reason).toBe("NO_MATRIX");
      expect(o.notFound.message).toMatch(/Ene…Dic/);
      expect(o.notFound.message).toMatch(/1…12/);
      expect(o.notFound.message).toMatch(lang === "es" ? /«Actividad»/ : /"Actividad"/);
      expect(o.notFound.message).not.toMatch(/\n/);
    }
  });

  it("refuses a plan by semester or quarter", () => {
    const semesters = sheet([["Actividad", "Semestre 1", "Semestre 2"], ["A", "X", null]]);
    const quarters = sheet([["Actividad", "T1", "T2", "T3", "T4", 1, 2, 3, 4], ["A", "X"]]);
    expect(validateWorkbook(book(semesters)).ok).toBe(false);
    expect(validateWorkbook(book(quarters)).ok).toBe(false);
  });
});

describe("§8 a Santa-Ana-shaped sheet end to end", () => {
  /** Title with 2025 on a sheet named 2022, quarter bands, months one every 4 columns, N/A slots, a section row. */
  function santaAnaLike(): SheetGrid {
    const values: CellValue[][] = [[], [null, null, null, null, "ALCALDÍA MUNICIPAL"], [null, "FORMATO POA 2025"], [], []];
    const head: CellValue[] = [null, "N°", "4.PROYECTOS ", "5. METAS", "6.  ACTIVIDAD", "7. UNIDAD DE MEDIDA"];
    const sub: CellValue[] = [null, null, null, null, null, null];
    MONTHS_ES.forEach((m, k) => {
      head.push(m.toUpperCase(), null, null, null);
      sub.push("Programado", "Realizado", "Cumplimiento", "Medio de verificación \no \nCausal de \nIncumplimiento");
      if (k % 3 === 2) {
        head.push(0);
        sub.push("Seguimiento\nTrimestral");
      }
    });
    values.push(head, sub);
    const monthCol = (k: number) => 6 + k * 4 + Math.floor(k / 3);
    const activity = (n: number, project: string | null, goal: string | null, text: string, months: number[]): CellValue[] => {
      const row: CellValue[] = [null, n, project, goal, text, "Bitácora"];
      MONTHS_ES.forEach((_, k) => {
        row[monthCol(k)] = months.includes(k) ? 1 : null;
        // As in the real file: the Realizado (+1) blank where nothing is planned, the text in Cumplimiento (+2).
        if (months.includes(k)) row[monthCol(k) + 1] = 0;
        else row[monthCol(k) + 2] = "Actividad no programada";
      });
      return row;
    };
    values.push(activity(1, "Santa Ana Limpia", "Optimizar servicio de aseo", "Contratar el ferri", [7]));
    values.push(activity(2, null, null, "Contratar el barrido", [0]));
    values.push(activity(3, null, "Verificar el servicio", "Coordinar reuniones", [2, 5, 8, 11]));
    values.push([null, null, "Actividades no planificadas"]);
    for (let n = 1; n <= 3; n++) {
      const slot: CellValue[] = [null, n];
      MONTHS_ES.forEach((_, k) => {
        slot[monthCol(k)] = "N/A";
        slot[monthCol(k) + 2] = "0";
      });
      values.push(slot);
    }
    return sheet(values, { name: "7 POA 2022", merges: [{ top: 7, left: 2, bottom: 8, right: 2 }, { top: 7, left: 3, bottom: 8, right: 3 }] });
  }

  it("reads three scheduled activities with their context, and nothing from the heading or the N/A slots", () => {
    const r = report(santaAnaLike(), false);
    expect(r.year).toBe(2025);
    expect(r.results.map((x) => [x.row, x.cell, x.level])).toEqual([
      [8, "E8", "activity"],
      [9, "E9", "activity"],
      [10, "E10", "activity"],
    ]);
    expect(scheduledCount(r)).toBe(6);
    expect(r.results[1].context?.map((c) => c.text)).toEqual(["Optimizar servicio de aseo", "Santa Ana Limpia"]);
    expect(codes(r, "YEAR_CONFLICT")).toEqual(["YEAR_CONFLICT@B3"]);
    const marks = r.issues.filter((i) => /MONTH|EMPTY|WITHOUT/.test(i.code));
    expect(marks).toEqual([]);
  });
});
