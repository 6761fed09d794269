import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { columnIndex } from "../../src/core/address";
import { executedValidationFormula } from "../../src/core/layoutMonitoring";
import { statusWord } from "../../src/core/messages";
import type { CompliancePeriod } from "../../src/core/model";
import { defaultCorte } from "../../src/core/monitoring/corte";
import type { ExecutedValue } from "../../src/core/monitoring/executed";
import { monitoringReport } from "../../src/core/monitoring/monitoringReport";
import { PERIODS } from "../../src/core/monitoring/periods";
import type { Report } from "../../src/core/model";
import { parseNumberText } from "../../src/core/numberText";
import { editWorkbook, runCli, tempDir } from "./cliHarness";
import { convertWithLibreOffice, CSV_EVERY_SHEET, ERROR_VALUE, libreOfficeMissing, libreOfficeUsable, parseCsv } from "./libreOffice";

/**
 * The workbook `poa scaffold --seguimiento` writes, with plans and Realizado typed in through ExcelJS,
 * recalculated by LibreOffice Calc: every row's cumplimiento per period, every objective's and the
 * institution's, and their status words, are the core's (`monitoringReport` fed the same P, R, thresholds and
 * corte), to the percent the sheet shows; and `poa validate --format json` on the same file (reading the
 * Realizado block, the corte cell and the thresholds from the workbook itself) gives the same figures and
 * words: the workbook and the tool agree. The fresh workbook shows no error value, its corte cell
 * computes §9's default from today's date, and the Realizado rule never refuses a number the core reads.
 */

if (!libreOfficeUsable) console.log(`Seguimiento LibreOffice test skipped: ${libreOfficeMissing}.`);
const describeLo = libreOfficeUsable ? describe : describe.skip;

const MATRIX = "Matriz POA 2024";
const ROWS = 7;
const FIRST_ROW = 7;
const OBJECTIVES = ["OE1", "OE2", "OE3", "OE4", "OE5", "OE6", "OE7"];

/** A month mark the sheet and the core read alike (contract §4, §9): blank, a word, a quantity, a share, or invalid text. */
const MARK = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom("X", "x", "Sí", "✓", "XX") },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 0, "hola", -2) },
);
/** A Realizado: blank, a quantity (over-achievement included), zero, or text that is not a number. */
const DONE = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 7 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 2.25, "pendiente") },
);
const ROW = fc.record({
  objective: fc.constantFrom<string | null>("OE1", "OE1", "OE2", "OE2", "OE3", "OE4", null),
  marks: fc.array(MARK, { minLength: 12, maxLength: 12 }),
  done: fc.array(DONE, { minLength: 12, maxLength: 12 }),
});
const CASE = fc.record({
  corte: fc.integer({ min: 0, max: 12 }),
  rows: fc.array(ROW, { minLength: ROWS, maxLength: ROWS }),
  // The planner's own thresholds, sometimes (default 100 % / 80 %).
  thresholds: fc.option(fc.constantFrom({ cumplido: 0.9, enRiesgo: 0.5 }, { cumplido: 1.2, enRiesgo: 1 }), { nil: undefined }),
});
type Case = {
  corte: number;
  rows: { objective: string | null; marks: (string | number | null)[]; done: (string | number | null)[] }[];
  thresholds?: { cumplido: number; enRiesgo: number };
};

/** §9's P of a month: its quantity, 1 for a mark word, 0 when not scheduled (blank, 0, negative, other text). */
function plannedOf(mark: string | number | null): number {
  if (typeof mark === "number") return mark > 0 ? mark : 0;
  return mark !== null && ["x", "sí", "✓", "xx"].includes(mark.toLowerCase()) ? 1 : 0;
}

function executedOf(value: string | number | null): ExecutedValue {
  if (value === null) return { kind: "blank" };
  if (typeof value === "number" && value >= 0) return { kind: "number", value };
  return { kind: "invalid", raw: value };
}

/** A ratio as the sheet's `0%` format shows it. */
function shown(figure: number | null): string {
  return figure === null ? "" : `${Math.round(figure * 100)}%`;
}

function expected(c: Case) {
  return monitoringReport({
    sheet: MATRIX,
    lang: "es",
    corte: c.corte,
    thresholds: c.thresholds,
    objectives: OBJECTIVES,
    rows: c.rows.map((r, i) => ({
      row: FIRST_ROW + i,
      cell: `D${FIRST_ROW + i}`,
      text: `R${i}`,
      objective: r.objective,
      planned: r.marks.map(plannedOf),
      executed: r.done.map(executedOf),
      executedCells: [],
    })),
  });
}

/** A figure as the CSV gives it (its percentage, unrounded), to the percent. */
function toPercent(cell: string): string {
  return cell.endsWith("%") ? `${Math.round(Number(cell.slice(0, -1)))}%` : cell;
}

function csv(dir: string, file: string, sheet: string): string[][] {
  const name = readdirSync(dir).find((f) => f === `${file}-${sheet}.csv`);
  if (!name) throw new Error(`no CSV for ${file} / ${sheet}`);
  return parseCsv(readFileSync(path.join(dir, name), "utf8")).map((line) => line.map(toPercent));
}

const FIRST_COMPLIANCE = columnIndex("AE");
const FIRST_EXECUTED = columnIndex("S");

describeLo("seguimiento in LibreOffice Calc", () => {
  const tmp = tempDir("poa-seg-");
  const cases = fc.sample(CASE, { seed: 912, numRuns: 10 }) as Case[];
  const out = tmp.file("csv");
  /** `poa validate --format json` of each case's file, as the planner would run it. */
  const cli: Report[] = [];

  beforeAll(async () => {
    const fresh = tmp.file("fresh.xlsx");
    expect((await runCli(["scaffold", "--out", fresh, "--seguimiento"])).code).toBe(0);
    const files = [fresh];
    for (const [k, c] of cases.entries()) {
      const file = tmp.file(`case${k}.xlsx`);
      await editWorkbook(fresh, file, (wb) => {
        const seguimiento = wb.getWorksheet("Seguimiento") as ExcelJS.Worksheet;
        seguimiento.getCell("C3").value = c.corte;
        if (c.thresholds) {
          seguimiento.getCell("C4").value = c.thresholds.cumplido;
          seguimiento.getCell("C5").value = c.thresholds.enRiesgo;
        }
        const ws = wb.getWorksheet(MATRIX) as ExcelJS.Worksheet;
        c.rows.forEach((r, i) => {
          const row = ws.getRow(FIRST_ROW + i);
          row.getCell(2).value = r.objective;
          for (let m = 0; m < 12; m++) {
            row.getCell(5 + m).value = r.marks[m];
            row.getCell(FIRST_EXECUTED + 1 + m).value = r.done[m];
          }
        });
      });
      files.push(file);
    }
    // Only after every edit: a validate run in this process loads merges its own way (src/cli/boundedMerges.ts),
    // and ExcelJS then saves the workbooks it edits without their merged areas.
    for (const file of files.slice(1)) {
      const run = await runCli(["validate", file, "--format", "json"]);
      cli.push(JSON.parse(run.stdout) as Report);
    }
    const probes = tmp.file("probes.xlsx");
    await editWorkbook(fresh, probes, (wb) => {
      const ws = wb.addWorksheet("Prueba");
      EXECUTED_PROBES.forEach((value, i) => {
        if (value !== null) ws.getCell(`A${i + 1}`).value = value;
        ws.getCell(`B${i + 1}`).value = { formula: `IF(${executedValidationFormula(`A${i + 1}`).slice(1)},1,0)` };
      });
    });
    files.push(probes);
    convertWithLibreOffice(files, out, CSV_EVERY_SHEET, tmp.dir);
  }, 180_000);

  afterAll(() => tmp.cleanup());

  it("shows no error value in any sheet of the fresh workbook, and its corte is §9's default for today", () => {
    for (const sheet of ["Objetivos", MATRIX, "Cobertura", "Seguimiento"]) {
      const cells = csv(out, "fresh", sheet).flat();
      expect(cells.filter((v) => ERROR_VALUE.test(v))).toEqual([]);
    }
    const now = new Date();
    expect(csv(out, "fresh", "Seguimiento")[2][2]).toBe(String(defaultCorte(2024, { year: now.getFullYear(), month: now.getMonth() + 1 })));
  });

  it("gives every row the core's cumplimiento per period, to the percent", () => {
    cases.forEach((c, k) => {
      const report = expected(c);
      const matrix = csv(out, `case${k}`, MATRIX);
      const sheetRows = c.rows.map((_, i) => matrix[FIRST_ROW - 1 + i].slice(FIRST_COMPLIANCE, FIRST_COMPLIANCE + PERIODS.length));
      const coreRows = report.rows.map((r) => PERIODS.map((p) => shown(r.compliance[p])));
      expect({ case: k, rows: sheetRows }).toEqual({ case: k, rows: coreRows });
    });
  });

  it("gives every objective and the institution the core's figures and status words", () => {
    let judged = 0;
    cases.forEach((c, k) => {
      const report = expected(c);
      const seguimiento = csv(out, `case${k}`, "Seguimiento");
      const line = (figures: Record<CompliancePeriod, number | null>, status: Parameters<typeof statusWord>[1]) => [
        ...PERIODS.map((p) => shown(figures[p])),
        statusWord("es", status),
      ];
      expect({ case: k, institution: seguimiento[7].slice(2, 10) }).toEqual({ case: k, institution: line(report.summary.compliance, report.summary.status) });
      report.objectives.forEach((o, i) => {
        expect({ case: k, objective: o.id, row: seguimiento[8 + i].slice(0, 1).concat(seguimiento[8 + i].slice(2, 10)) }).toEqual({
          case: k,
          objective: o.id,
          row: [o.id, ...line(o.compliance, o.status)],
        });
        if (o.status !== "sin_programacion") judged++;
      });
    });
    // The generated cases reach every status.
    const statuses = new Set(cases.flatMap((c) => expected(c).objectives.map((o) => o.status)));
    expect([...statuses].sort()).toEqual(["critico", "cumplido", "en_riesgo", "sin_programacion"]);
    expect(judged).toBeGreaterThan(10);
    expect(cases.filter((c) => c.thresholds).length).toBeGreaterThan(1);
  });

  it("agrees with poa validate's JSON on the same file: every row's, objective's and the institution's figure and word", () => {
    let compared = 0;
    cases.forEach((c, k) => {
      const report = cli[k];
      expect({ case: k, corte: report.reportMonth, source: report.corteSource }).toEqual({ case: k, corte: c.corte, source: "workbook" });
      expect(report.thresholds).toEqual(c.thresholds ?? { cumplido: 1, enRiesgo: 0.8 });
      const matrix = csv(out, `case${k}`, MATRIX);
      const sheetRows = c.rows.map((_, i) => matrix[FIRST_ROW - 1 + i].slice(FIRST_COMPLIANCE, FIRST_COMPLIANCE + PERIODS.length));
      const toolRows = report.results.map((r) => PERIODS.map((p) => shown(r.compliance?.[p] ?? null)));
      expect({ case: k, rows: toolRows }).toEqual({ case: k, rows: sheetRows });
      const seguimiento = csv(out, `case${k}`, "Seguimiento");
      const line = (figures: Record<CompliancePeriod, number | null> | undefined, status: Parameters<typeof statusWord>[1] | undefined) => [
        ...PERIODS.map((p) => shown(figures?.[p] ?? null)),
        statusWord("es", status ?? "sin_programacion"),
      ];
      expect({ case: k, institution: line(report.summary.compliance, report.summary.status) }).toEqual({ case: k, institution: seguimiento[7].slice(2, 10) });
      report.objectives.forEach((o, i) => {
        expect({ case: k, objective: o.id, row: [o.id, ...line(o.compliance, o.status)] }).toEqual({
          case: k,
          objective: o.id,
          row: seguimiento[8 + i].slice(0, 1).concat(seguimiento[8 + i].slice(2, 10)),
        });
        compared++;
      });
    });
    expect(compared).toBe(cases.length * OBJECTIVES.length);
  });

  it("never refuses in a Realizado cell a number ≥ 0 the core reads (§4's numbers as text), and refuses negatives and words", () => {
    const accepted = csv(out, "probes", "Prueba").map((line) => line[1] === "1");
    const coreReads = (v: string | number | null) => {
      if (v === null) return true;
      if (typeof v === "number") return v >= 0;
      const n = parseNumberText(v);
      return n !== null && n.value >= 0 && !Object.is(n.value, -0);
    };
    const refused = EXECUTED_PROBES.filter((v, i) => v !== null && coreReads(v) && !accepted[i]);
    expect(refused).toEqual([]);
    expect(EXECUTED_PROBES.filter((v, i) => !accepted[i])).toEqual(expect.arrayContaining([-1, -2.5, "-5", "hola", "pendiente"]));
  });
});

const NBSP = "\u00a0";
/** Realizado entries a planner types: numbers, numbers as text (§4), and what is no number ≥ 0. */
const EXECUTED_PROBES: (string | number | null)[] = [
  0,
  1,
  3,
  1500,
  2.5,
  "3",
  "3 ",
  " 12",
  "1.500",
  "1,500.50",
  "1.500,50",
  "10 000",
  "$ 250",
  "$250",
  "Bs 980,50",
  "980,50 Bs",
  `${NBSP}7`,
  "0,75",
  ".5",
  "50%",
  -1,
  -2.5,
  "-5",
  "hola",
  "pendiente",
  "X",
];
