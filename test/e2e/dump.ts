/**
 * The double's workbook as JSON-friendly plain data (A1 addresses instead of cell keys), so the Node
 * side of the e2e tests can compare it with the core's layout.
 */
import { columnLetter } from "../../src/core/address";
import type { ExcelDouble } from "../excelDouble";
import { cellValue, MAX_COLUMNS } from "../excelDouble/model";

export interface DumpRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface DumpCell {
  /** What `Range.values` reads: a formula cell gives its result, "" as the double computes nothing. */
  value: string | number | boolean;
  formula?: string;
  error?: boolean;
  /** `#RRGGBB`, when the cell has a fill. */
  fill?: string;
  numberFormat?: string;
}

export interface DumpSheet {
  name: string;
  /** Cells holding a constant, a formula or a fill, by A1 address. */
  cells: Record<string, DumpCell>;
  merges: string[];
  validations: { range: string; rule: Record<string, unknown>; ignoreBlanks: boolean; errorAlert?: unknown; prompt?: unknown }[];
  conditionalFormats: { range: string; type: string; formula?: string; fill?: string; fontColor?: string; criteria?: unknown }[];
  freeze: { rows: number; columns: number };
  /** The selected range, A1. */
  selection: string;
}

export interface WorkbookDump {
  sheets: DumpSheet[];
  tables: { name: string; sheet: string; range: string; style: string }[];
  activeSheet: string | null;
}

function a1(r: DumpRect): string {
  const tl = `${columnLetter(r.left)}${r.top + 1}`;
  const br = `${columnLetter(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Cell keys are `row * MAX_COLUMNS + col` (model.ts). */
const COLUMNS = MAX_COLUMNS;

export function dumpWorkbook(double: ExcelDouble): WorkbookDump {
  const model = double.model;
  return {
    sheets: model.sheets.map((s) => {
      const cells: Record<string, DumpCell> = {};
      for (const [key, c] of s.cells) {
        if (c.value === "" && !c.formula && !c.format.fill) continue;
        const row = Math.floor(key / COLUMNS);
        const col = key % COLUMNS;
        const out: DumpCell = { value: cellValue(c) };
        if (c.formula) out.formula = c.formula;
        if (c.error) out.error = true;
        if (c.format.fill) out.fill = c.format.fill;
        if (c.numberFormat !== "General") out.numberFormat = c.numberFormat;
        cells[`${columnLetter(col)}${row + 1}`] = out;
      }
      return {
        name: s.name,
        cells,
        merges: s.merges.map(a1),
        validations: s.validations.map((v) => ({ range: a1(v.rect), rule: v.rule, ignoreBlanks: v.ignoreBlanks, errorAlert: v.errorAlert, prompt: v.prompt })),
        conditionalFormats: s.conditionalFormats.map((c) => ({ range: a1(c.rect), type: c.type, formula: c.formula, fill: c.fill, fontColor: c.fontColor, criteria: c.criteria })),
        freeze: { ...s.freeze },
        selection: a1(s.selection),
      };
    }),
    tables: model.tables.map((t) => ({ name: t.name, sheet: model.sheetById(t.sheetId)?.name ?? "?", range: a1(t.rect), style: t.style })),
    activeSheet: model.activeSheetId === null ? null : (model.sheetById(model.activeSheetId)?.name ?? null),
  };
}
