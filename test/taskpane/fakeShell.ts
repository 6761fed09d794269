import type { Report, ValidationOutcome } from "../../src/core/model";
import type { Fix, Lang } from "../../src/core/model";
import type { AddMonitoringRequest, AddMonitoringResult, ExcelCapabilities, ExcelShell, ScaffoldOutcome, ScaffoldRequest, ShellValidationOutcome } from "../../src/excel/shell";

/** An Excel that has every requirement set the add-in uses. */
export const ALL_CAPABILITIES: ExcelCapabilities = {
  core: true,
  dataValidation: true,
  cellProperties: true,
  pageLayout: true,
  mergedAreas: true,
  changeSource: true,
};

/** An ExcelShell whose every method is a jest.fn(), succeeding by default. */
export function fakeShell(options: { capabilities?: Partial<ExcelCapabilities> } = {}) {
  const stop = jest.fn<Promise<void>, []>(async () => undefined);
  type WatchOptions = { lang: Lang; onError: (message: string) => void };
  const shell = {
    capabilities: jest.fn<ExcelCapabilities, []>(() => ({
      ...ALL_CAPABILITIES,
      ...options.capabilities,
    })),
    scaffold: jest.fn<Promise<ScaffoldOutcome>, [ScaffoldRequest]>(async () => ({
      ok: true,
      names: { objectives: "Objetivos", matrix: "Matriz POA 2024", coverage: "Cobertura" },
    })),
    addMonitoring: jest.fn<Promise<AddMonitoringResult>, [AddMonitoringRequest]>(async () => ({
      ok: true,
      matrixSheet: "Matriz POA 2024",
      monitoringSheet: "Seguimiento",
    })),
    validate: jest.fn<Promise<ShellValidationOutcome>, [{ lang: Lang; sheet?: string; month?: number; monitoring?: boolean }]>(async () => ({
      ok: true,
      report: sampleReport(),
    })),
    readActiveSheet: jest.fn<Promise<ShellValidationOutcome>, [{ lang: Lang }]>(async () => ({
      ok: true,
      report: sampleReport(),
    })),
    selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    applyFixes: jest.fn<Promise<{ applied: number; skipped: number }>, [Fix[]]>(async (fixes) => ({
      applied: fixes.length,
      skipped: 0,
    })),
    watch: jest.fn<Promise<() => Promise<void>>, [WatchOptions]>(async () => stop),
  } satisfies ExcelShell;
  return { shell, stop };
}

const noMonths = () => Array<boolean>(12).fill(false);
const monthsAt = (...indices: number[]) => noMonths().map((_, i) => indices.includes(i));

/**
 * Three objectives: OE1 with two rows (Ene, Feb / Feb), OE2 with one row and no month, OE3 with none.
 * Issues: two under OE2 (one with a safe fix, one with an unsafe fix), one general issue without a cell,
 * one under OE3 pointing at the catalog.
 */
export function sampleReport(): Report {
  const sheet = "Matriz POA 2024";
  return {
    sheet,
    year: 2024,
    catalog: "sheet",
    objectives: [
      { id: "OE1", text: "Gestionar cooperación internacional", results: 2, months: monthsAt(0, 1), covered: true },
      { id: "OE2", text: "Gestionar apoyos técnicos", results: 1, months: noMonths(), covered: false },
      { id: "OE3", text: "Posicionar a la ESCO", results: 0, months: noMonths(), covered: false },
    ],
    results: [
      { row: 7, cell: "D7", text: "Cooperación gestionada", objective: "OE1", months: monthsAt(0, 1), level: "result" },
      { row: 8, cell: "D8", text: "Convenios firmados", objective: "OE1", months: monthsAt(1), level: "result" },
      { row: 9, cell: "D9", text: "Apoyos gestionados", objective: "OE2", months: noMonths(), level: "result" },
    ],
    issues: [
      {
        code: "NONSTANDARD_MONTH_MARK",
        severity: "warning",
        sheet,
        cell: "F8",
        message: "La marca «x» de Feb no es la marca estándar X.",
        objective: "OE1",
        fix: { sheet, cell: "F8", value: "X", safe: true },
      },
      {
        code: "RESULT_WITHOUT_MONTHS",
        severity: "error",
        sheet,
        cell: "D9",
        message: "El resultado «Apoyos gestionados» no tiene ningún mes programado.",
        objective: "OE2",
      },
      {
        code: "INVALID_MONTH_MARK",
        severity: "error",
        sheet,
        cell: "G9",
        message: "La celda G9 tiene «pendiente», que no es una marca de mes.",
        objective: "OE2",
        fix: { sheet, cell: "G9", value: null, safe: false },
      },
      {
        code: "OBJECTIVE_NOT_COVERED",
        severity: "error",
        sheet: "Objetivos",
        cell: "A4",
        message: "El objetivo OE3 no tiene ningún resultado con meses.",
        objective: "OE3",
      },
      {
        code: "MONTH_COLUMN_MISSING",
        severity: "error",
        sheet,
        cell: null,
        message: "Falta la columna del mes Dic.",
      },
    ],
    summary: { errors: 4, warnings: 1, objectivesCovered: 1, objectivesTotal: 3 },
  };
}

/** A promise with its resolve exposed, to hold the shell mid-call. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
