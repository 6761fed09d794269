/**
 * Seguimiento read from a workbook through validateWorkbook (contract §9), with hand-computed figures:
 * the Realizado block of our scaffold, Santa Ana's `Realizado` sub-column, the Red Cross's `advanced`
 * block; §4's number rules on Realizado; P of marks, quantities and shares; the corte and the thresholds
 * from the options, the workbook's cells (found by their labels) or the defaults.
 */
import type { SheetGrid } from "../../../src/core/grid";
import type { Report } from "../../../src/core/model";
import { parseCorte } from "../../../src/core/monitoring/corte";
import { validateWorkbook, type ValidateOptions } from "../../../src/core/validate";
import { book, catalogSheet, scaffoldLikeSheet } from "../grids";
import { cruzRojaSheet, santaAnaSheet, scaffoldMonitoredSheet, settingsSheet, type PlanRow } from "./sheets";

function report(sheets: SheetGrid[], options: ValidateOptions = {}): Report {
  const outcome = validateWorkbook(book(...sheets), { lang: "es", ...options });
  if (!outcome.ok) throw new Error(outcome.notFound.message);
  return outcome.report;
}

const issuesOf = (r: Report, ...codes: string[]) => r.issues.filter((i) => codes.includes(i.code)).map((i) => `${i.code} ${i.cell}`);

/** The docs' worked example, plus a row planned in October only and one with a missing and an invalid Realizado. */
const EXAMPLE: PlanRow[] = [
  { objective: "OE1", text: "Fila A", plan: ["X", "X", "X"], done: [1, 0, 2, null, 3] },
  { objective: "OE1", text: "Fila B", plan: [2, 2], done: [1, 1] },
  { objective: "OE2", text: "Fila C", plan: [null, null, null, null, null, null, null, null, null, "X"] },
  { objective: "OE2", text: "Fila D", plan: [null, "X", "X"], done: [null, null, "pendiente"] },
];

describe("seguimiento in the scaffold's shape (a Realizado block under `Realizado`)", () => {
  const r = report([catalogSheet(), scaffoldMonitoredSheet(EXAMPLE)], { month: 3 });

  it("reads each row's Realizado and figures, to the hand-computed values", () => {
    expect(r.reportMonth).toBe(3);
    expect(r.corteSource).toBe("given");
    const [a, b, c, d] = r.results;
    expect(a.executed).toEqual([1, 0, 2, null, 3, null, null, null, null, null, null, null]);
    expect(a.compliance?.months.slice(0, 4)).toEqual([1, 0, 2, null]);
    expect(a.compliance?.T1).toBe(1); // 3 / 3
    expect(b.compliance?.months.slice(0, 3)).toEqual([0.5, 0.5, null]);
    expect(b.compliance?.T1).toBe(0.5); // 2 / 4
    expect(c.compliance?.year).toBeNull(); // October is not due at March
    expect(d.executed?.slice(0, 3)).toEqual([null, null, null]); // blank, and invalid text, are null
    expect(d.compliance?.T1).toBe(0); // 0 / 2: a due month not reported counts as 0 done
    expect(a.compliance?.T2).toBeNull();
  });

  it("gives each objective the mean of its rows capped at 100 %, and its semáforo", () => {
    const [oe1, oe2, oe3] = r.objectives;
    expect(oe1.compliance?.T1).toBe(0.75); // (100 % + 50 %) / 2
    expect(oe1.status).toBe("critico");
    expect(oe2.compliance?.T1).toBe(0); // row C has no due month: only row D counts
    expect(oe2.status).toBe("critico");
    expect(oe3.compliance?.year).toBeNull();
    expect(oe3.status).toBe("sin_programacion");
    expect(r.summary.compliance?.year).toBe(0.5); // (100 % + 50 % + 0 %) / 3
    expect(r.summary.status).toBe("critico");
  });

  it("raises the Realizado checks at the Realizado cells", () => {
    expect(issuesOf(r, "REPORT_MISSING", "UNPLANNED_EXECUTION", "INVALID_EXECUTED_VALUE")).toEqual([
      "UNPLANNED_EXECUTION W7",
      "REPORT_MISSING T10",
      "INVALID_EXECUTED_VALUE U10",
    ]);
    expect(r.summary.errors).toBe(r.issues.filter((i) => i.severity === "error").length);
    expect(r.summary.warnings).toBe(r.issues.filter((i) => i.severity === "warning").length);
    expect(r.issues.find((i) => i.code === "REPORT_MISSING")?.objective).toBe("OE2");
  });

  it("reads the plan exactly as without seguimiento", () => {
    const plain = report([catalogSheet(), scaffoldLikeSheet(EXAMPLE.map((row) => ({ objective: row.objective, text: row.text, marks: row.plan })))]);
    expect(r.results.map((x) => x.months)).toEqual(plain.results.map((x) => x.months));
    expect(r.issues.filter((i) => !["REPORT_MISSING", "UNPLANNED_EXECUTION", "INVALID_EXECUTED_VALUE"].includes(i.code))).toEqual(plain.issues);
  });

  it("moving the corte forward adds the months that fall due", () => {
    const april = report([catalogSheet(), scaffoldMonitoredSheet(EXAMPLE)], { month: 4 });
    expect(april.results[0].compliance?.T2).toBeNull(); // nothing planned in April
    const february = report([catalogSheet(), scaffoldMonitoredSheet(EXAMPLE)], { month: 2 });
    expect(february.results[0].compliance?.T1).toBe(0.5); // 1 / 2: March is not due yet
    expect(issuesOf(february, "INVALID_EXECUTED_VALUE")).toEqual(["INVALID_EXECUTED_VALUE U10"]); // a fact about the cell, whatever the corte
  });
});

describe("a sheet with no Realizado cells", () => {
  it("has no seguimiento in its report and no REPORT_MISSING (§9)", () => {
    const r = report([catalogSheet(), scaffoldLikeSheet(EXAMPLE.map((row) => ({ objective: row.objective, text: row.text, marks: row.plan })))], { month: 12 });
    const json = JSON.stringify(r);
    for (const key of ["reportMonth", "executed", "compliance", "status", "thresholds", "corteSource"]) expect(json).not.toContain(`"${key}"`);
    expect(issuesOf(r, "REPORT_MISSING")).toEqual([]);
  });

  it("reads a second block of months with no executed word over it as no Realizado", () => {
    const sheet = scaffoldMonitoredSheet(EXAMPLE);
    sheet.values[4][18] = "Presupuesto";
    const r = report([catalogSheet(), sheet], { month: 12 });
    expect(r.reportMonth).toBeUndefined();
    expect(r.results[0].months.slice(0, 3)).toEqual([true, true, true]);
  });
});

describe("Santa Ana's shape: a `Realizado` sub-column under each month", () => {
  const rows: PlanRow[] = [
    { text: "Limpieza de parques", plan: [1, 1, 1, 1], done: [1, 1, 0, 1] },
    { text: "Campaña de reciclaje", plan: [null, 2, null, 2], done: [null, 1] },
  ];
  const r = report([santaAnaSheet(rows)], { month: 4 });

  it("reads the plan from `Programado` and the execution from `Realizado`", () => {
    expect(r.results.map((x) => x.level)).toEqual(["activity", "activity"]);
    expect(r.results[0].executed?.slice(0, 4)).toEqual([1, 1, 0, 1]);
    expect(r.results[0].compliance?.months.slice(0, 4)).toEqual([1, 1, 0, 1]);
    expect(r.results[0].compliance?.T1).toBeCloseTo(2 / 3, 12);
    expect(r.results[0].compliance?.T2).toBe(1);
    expect(r.results[1].compliance?.S1).toBe(0.25); // 1 / 4
  });

  it("with no catalog, still gives the rows' and the institution's figures, and no objective", () => {
    expect(r.catalog).toBe("none");
    expect(r.objectives).toEqual([]);
    expect(r.summary.compliance?.year).toBeCloseTo((0.75 + 0.25) / 2, 12);
    expect(r.summary.status).toBe("critico");
  });

  it("points REPORT_MISSING at the Realizado sub-column", () => {
    // Row 15, April (month 3): Realizado in column F + 4·3 + 1 = S.
    expect(issuesOf(r, "REPORT_MISSING")).toEqual(["REPORT_MISSING S15"]);
  });
});

describe("the Red Cross's shape: `planned` and `advanced` blocks", () => {
  it("reads the advanced block as the Realizado", () => {
    const rows: PlanRow[] = [{ text: "Capacitar voluntarios", objective: "OE1", plan: [10, 10, 10], done: [8, 12, 10] }];
    const r = report([catalogSheet(), cruzRojaSheet(rows)], { month: 3 });
    expect(r.results[0].months.slice(0, 4)).toEqual([true, true, true, false]);
    expect(r.results[0].executed?.slice(0, 3)).toEqual([8, 12, 10]);
    expect(r.results[0].compliance?.T1).toBe(1); // 30 / 30
    expect(r.results[0].compliance?.months.slice(0, 3)).toEqual([0.8, 1.2, 1]);
    expect(r.objectives[0].status).toBe("cumplido");
  });
});

describe("§4's number rules on Realizado, and P of quantities and shares", () => {
  const done = ["1.500", "$ 250", "3 talleres", "50%", "-2", "X", "N/A", " 7 ", true];
  const r = report([catalogSheet(), scaffoldMonitoredSheet([{ objective: "OE1", text: "Fila", plan: new Array(9).fill("X"), done }])], { month: 9 });

  it("reads numbers stored as text, amounts with a currency or a unit, and percentages; refuses negatives, marks and booleans", () => {
    expect(r.results[0].executed?.slice(0, 9)).toEqual([1500, 250, 3, 0.5, null, null, null, 7, null]);
    expect(issuesOf(r, "INVALID_EXECUTED_VALUE")).toEqual(["INVALID_EXECUTED_VALUE W7", "INVALID_EXECUTED_VALUE X7", "INVALID_EXECUTED_VALUE AA7"]);
    // `N/A` is nothing reported: a due month asks for its Realizado.
    expect(issuesOf(r, "REPORT_MISSING")).toEqual(["REPORT_MISSING Y7"]);
  });

  it("takes a quantity's amount, and a share's fraction, as P", () => {
    const plan = ["2,000 libros", "50%", 0.25, 2.5, "$ 1.000", "Sí"];
    const doneAll = [1000, "50%", 0.25, 5, 500, 1];
    const q = report([catalogSheet(), scaffoldMonitoredSheet([{ objective: "OE1", text: "Fila", plan, done: doneAll }])], { month: 6 });
    expect(q.results[0].compliance?.months.slice(0, 6)).toEqual([0.5, 1, 1, 2, 0.5, 1]);
  });
});

describe("the corte and the thresholds", () => {
  const rows: PlanRow[] = [{ objective: "OE1", text: "Fila", plan: ["X", "X", "X", "X"], done: [1, 1, 1, 0] }];
  const matrix = () => scaffoldMonitoredSheet(rows);

  it("uses §9's default from the shell's date where nothing says otherwise", () => {
    expect(report([catalogSheet(), matrix()], { today: { year: 2024, month: 4 } }).reportMonth).toBe(3);
    expect(report([catalogSheet(), matrix()], { today: { year: 2025, month: 1 } }).reportMonth).toBe(12);
    expect(report([catalogSheet(), matrix()], { today: { year: 2023, month: 6 } }).reportMonth).toBe(0);
    expect(report([catalogSheet(), matrix()], { today: { year: 2024, month: 4 } }).corteSource).toBe("default");
  });

  it("takes the month typed in the workbook's corte cell, found by its label, unless one is given", () => {
    const sheets = [catalogSheet(), matrix(), settingsSheet({ corte: 2, cumplido: 1, enRiesgo: 0.8 }, { top: 9, name: "Mi seguimiento" })];
    const fromCell = report(sheets, { today: { year: 2024, month: 12 } });
    expect([fromCell.reportMonth, fromCell.corteSource]).toEqual([2, "workbook"]);
    expect(fromCell.summary.compliance?.year).toBe(1);
    const given = report(sheets, { month: 4, today: { year: 2024, month: 12 } });
    expect([given.reportMonth, given.corteSource]).toEqual([4, "given"]);
    expect(given.summary.compliance?.year).toBe(0.75);
  });

  it("reads the scaffold's default formula (today's date) as §9's default, not the value the file was saved with", () => {
    const r = report([catalogSheet(), matrix(), settingsSheet({ corte: 11 }, { todayFormula: true })], { today: { year: 2024, month: 3 } });
    expect([r.reportMonth, r.corteSource]).toEqual([2, "default"]);
    expect(r.notes).toBeUndefined();
  });

  it("falls back to the default, with a note naming the cell, when the corte cell holds no month", () => {
    const r = report([catalogSheet(), matrix(), settingsSheet({ corte: "marzo" })], { today: { year: 2024, month: 5 } });
    expect([r.reportMonth, r.corteSource]).toEqual([4, "default"]);
    expect(r.notes).toEqual([expect.stringContaining("Seguimiento!C3")]);
    expect(r.notes?.[0]).toContain("enero a abril");
  });

  it("judges by the workbook's thresholds, found by their labels in either language", () => {
    const r = report([catalogSheet(), matrix(), settingsSheet({ corte: 4, cumplido: 0.7, enRiesgo: 0.5 }, { lang: "en", name: "Monitoring" })]);
    expect(r.thresholds).toEqual({ cumplido: 0.7, enRiesgo: 0.5 });
    expect(r.summary.compliance?.year).toBe(0.75);
    expect(r.summary.status).toBe("cumplido");
    expect(report([catalogSheet(), matrix()], { month: 4 }).summary.status).toBe("critico");
  });

  it.each([
    ["a threshold that is text", { cumplido: "alto", enRiesgo: 0.8 }],
    ["at risk above achieved", { cumplido: 0.8, enRiesgo: 0.9 }],
    ["a blank threshold", { cumplido: 1, enRiesgo: null }],
    ["over 500 %", { cumplido: 90, enRiesgo: 80 }],
  ])("uses the defaults, with a note, for %s", (_, thresholds) => {
    const r = report([catalogSheet(), matrix(), settingsSheet({ corte: 4, ...thresholds })], { lang: "en" });
    expect(r.thresholds).toEqual({ cumplido: 1, enRiesgo: 0.8 });
    expect(r.notes).toEqual([expect.stringContaining("Seguimiento!C4 and Seguimiento!C5")]);
  });
});

describe("parseCorte (--month, the pane's picker)", () => {
  it.each([
    ["0", 0],
    ["3", 3],
    [" 12 ", 12],
    ["03", 3],
    ["marzo", 3],
    ["Mar", 3],
    ["March", 3],
    ["dic", 12],
    ["Septiembre", 9],
  ])("%j is %p", (text, corte) => expect(parseCorte(text)).toBe(corte));

  it.each(["13", "-1", "3.5", "", "tres", "2024", "Q1"])("%j is no corte", (text) => expect(parseCorte(text)).toBeNull());
});
