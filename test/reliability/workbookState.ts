import fc from "fast-check";
import { install, type ExcelDouble } from "../excelDouble";
import type { Scalar, SheetModel } from "../excelDouble/model";
import { MAX_COLUMNS } from "../excelDouble/model";

/**
 * What "nothing lost" is measured against: every stored cell of the double (content and formats) and
 * every sheet-level object (merges, validations, conditional formats, widths, panes, tables), keyed so
 * two states can be compared cell by cell and a test can say which cells were allowed to change.
 */

export type InstalledDouble = ExcelDouble & { uninstall(): void };

export function installDouble(maxApi = "1.17"): InstalledDouble {
  return install(globalThis as unknown as Record<string, unknown>, { maxApi, displayLanguage: "es-SV" });
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

function sortedJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(",")}}`;
}

/** Cells holding content or formatting, by `sheetId|row|col` (ids survive renames; rows/cols 0-based). */
export function cellState(double: ExcelDouble): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of double.model.sheets) {
    for (const [key, c] of s.cells) {
      const empty = c.value === "" && c.formula === undefined && !c.error && c.numberFormat === "General" && Object.keys(c.format).length === 0;
      if (empty) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      out.set(`${s.id}|${row}|${col}`, sortedJson({ value: c.value, formula: c.formula ?? null, error: !!c.error, numberFormat: c.numberFormat, format: c.format }));
    }
  }
  return out;
}

/** Sheet-level state of one sheet, cells aside. */
export function sheetExtras(s: SheetModel): string {
  return sortedJson({
    name: s.name,
    merges: s.merges,
    validations: s.validations,
    conditionalFormats: s.conditionalFormats,
    freeze: s.freeze,
    columnWidths: [...s.columnWidths.entries()],
  });
}

export interface WorkbookState {
  cells: Map<string, string>;
  sheets: { id: string; extras: string }[];
  tables: Map<string, string>;
  active: string | null;
}

export function workbookState(double: ExcelDouble): WorkbookState {
  return {
    cells: cellState(double),
    sheets: double.model.sheets.map((s) => ({ id: s.id, extras: sheetExtras(s) })),
    tables: new Map(double.model.tables.map((t) => [t.id, sortedJson(t)])),
    active: double.model.activeSheetId,
  };
}

export function parseKey(key: string): { sheetId: string; row: number; col: number } {
  const [sheetId, row, col] = key.split("|");
  return { sheetId, row: Number(row), col: Number(col) };
}

/**
 * Cells whose state differs between `before` and `after` and that `allowed` does not cover, as
 * readable strings (empty when nothing outside the managed area changed).
 */
export function unexpectedCellChanges(before: Map<string, string>, after: Map<string, string>, allowed: (sheetId: string, row: number, col: number) => boolean): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: string[] = [];
  for (const key of keys) {
    if (before.get(key) === after.get(key)) continue;
    const { sheetId, row, col } = parseKey(key);
    if (allowed(sheetId, row, col)) continue;
    out.push(`${key}: ${before.get(key) ?? "(empty)"} -> ${after.get(key) ?? "(empty)"}`);
  }
  return out;
}

/** Pre-existing content a planner's workbook may hold: text, numbers, formulas, things that look like marks. */
export const plannerValue: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 2,
    arbitrary: fc.constantFrom("=SUM(A1:A3)", "=1+1", "+5", "-x", "@foo", "'=texto", "X", "x", "Sí", "Ene", "Resultado", "OE1", "Matriz POA 2024", "#N/A", "12/31/2024", "50%"),
  },
);

/** Sheet names: ours (in any case), the default one, and others a planner might use. */
export const plannerSheetName = fc.constantFrom("Objetivos", "objetivos", "Matriz POA 2024", "MATRIZ POA 2024", "Cobertura", "Hoja1", "Hoja2", "Datos", "Matriz POA 2023", "Presupuesto", "Plan 2024");

export interface PlannerCell {
  row: number;
  col: number;
  value: Scalar;
  fill?: string;
}

export interface PlannerSheet {
  name: string;
  cells: PlannerCell[];
  /** A table of the planner's own, top-left at A1 over the first `tableColumns` columns of rows 1–3. */
  table?: { name: string; columns: number };
  merge?: boolean;
}

export const plannerCell: fc.Arbitrary<PlannerCell> = fc.record(
  {
    row: fc.integer({ min: 0, max: 40 }),
    col: fc.integer({ min: 0, max: 20 }),
    value: plannerValue,
    fill: fc.constantFrom("FFFF00", "C6EFCE", "D9D9D9"),
  },
  { requiredKeys: ["row", "col", "value"] },
);

export const plannerSheets: fc.Arbitrary<PlannerSheet[]> = fc.uniqueArray(
  fc.record(
    {
      name: plannerSheetName,
      cells: fc.array(plannerCell, { maxLength: 25 }),
      table: fc.record({ name: fc.constantFrom("TablaPOA2024", "TablaObjetivos", "Tabla1", "Gastos"), columns: fc.integer({ min: 1, max: 4 }) }),
      merge: fc.boolean(),
    },
    { requiredKeys: ["name", "cells"] },
  ),
  { maxLength: 4, selector: (s) => s.name.toUpperCase() },
);

/**
 * Builds the planner's workbook in the double, without syncs or events. Random cells sit in rows 1–41,
 * a merge on row 51, a planner table at A60 (two rows); table names are never shared.
 */
export function seedPlannerWorkbook(double: ExcelDouble, sheets: PlannerSheet[]): void {
  const usedTableNames = new Set(double.model.tables.map((t) => t.name.toUpperCase()));
  for (const s of sheets) {
    const cells = s.cells;
    const rows: (Scalar | null)[][] = [];
    for (const c of cells) {
      rows[c.row] ??= [];
      rows[c.row][c.col] = c.value;
    }
    const fills: Record<string, string> = {};
    for (const c of cells) if (c.fill) fills[`${String.fromCharCode(65 + c.col)}${c.row + 1}`] = c.fill;
    const model = double.seed(s.name, Array.from({ length: rows.length }, (_, r) => rows[r] ?? []), { fills });
    if (s.merge) model.merges.push({ top: 50, left: 0, bottom: 50, right: 2 });
    if (s.table && !usedTableNames.has(s.table.name.toUpperCase())) {
      usedTableNames.add(s.table.name.toUpperCase());
      double.seed(s.name, [Array.from({ length: s.table.columns }, (_, i) => `Col ${i + 1}`), Array.from({ length: s.table.columns }, (_, i) => i)], { anchor: "A60" });
      double.model.tables.push({ id: double.model.newId("table"), name: s.table.name, sheetId: model.id, rect: { top: 59, left: 0, bottom: 60, right: s.table.columns - 1 }, style: "TableStyleLight1" });
    }
  }
}

/** Our three sheet names, for a year. */
export function ourSheetNames(year = 2024): string[] {
  return ["Objetivos", `Matriz POA ${year}`, "Cobertura"];
}

/** Runs to pass to fast-check: moderate, so the whole folder stays well under a minute on two cores. */
export const RUNS = Number(process.env.POA_RELIABILITY_RUNS ?? 25);
