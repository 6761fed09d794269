import { parseRange } from "../core/address";
import { shiftFormula } from "../core/formulaShift";
import { bodySpecCandidates, identifyMatrixBody, matrixBodyRows, type MatrixBodySpec } from "../core/matrixBody";
import type { CellWrite } from "./consistency";
import { conditionalFormatStep, styleStep, validationStep, type WriteEnv } from "./layoutWrites";
import type { TablePlace } from "./watchRows";
import type { SheetRect } from "./echoes";

/**
 * Rows a managed table gained since the watch last saw it — typed or pasted below it, filled down
 * (Excel then names the table's old last rows, office-js #728), inserted mid-table — get what
 * scaffolding gives a row: its formulas, number formats, styles, data validation and conditional formats,
 * from the core's layout (src/core/matrixBody.ts), never read back from another row and re-applied
 * (Excel reports a rule's formula for the rule's own top-left cell, office-js #5194). A gained row is one
 * whose formula cells are all empty: a row the planner filled down whole already has its formulas.
 * When the table's first row does not hold the layout's formulas (another version made it, or the
 * planner changed them), rows get that row's formulas and number formats, moved as Excel's fill moves
 * them, and no validation: guessing a rule could refuse marks the sheet should accept.
 */

export interface Catalog {
  sheet: string;
  rows: number;
}

/** Rows that may be new (0-based sheet rows), as read: loads queued, readable after the next sync. */
export interface GrowthRead {
  firstRow: Excel.Range;
  candidates: { first: number; parts: { range: Excel.Range; from: number }[] }[];
}

/** Groups sorted rows into runs of consecutive rows. */
function runs(rows: number[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.last + 1 === row) last.last = row;
    else out.push({ first: row, last: row });
  }
  return out;
}

/** Reads the first data row (formulas, number formats) and the candidate rows' cells, all but the result's text. */
export function queueGrowthRead(sheet: Excel.Worksheet, place: TablePlace, candidates: number[]): GrowthRead {
  const firstRow = sheet.getRangeByIndexes(place.top + 1, place.left, 1, place.width).load("formulas, numberFormat");
  const result = place.cols.result;
  const spans = result === null ? [{ from: 0, to: place.width - 1 }] : [{ from: 0, to: result - 1 }, { from: result + 1, to: place.width - 1 }];
  return {
    firstRow,
    candidates: runs(candidates).map((run) => ({
      first: run.first,
      parts: spans
        .filter((s) => s.to >= s.from)
        .map((s) => ({ from: s.from, range: sheet.getRangeByIndexes(run.first, place.left + s.from, run.last - run.first + 1, s.to - s.from + 1).load("formulas") })),
    })),
  };
}

function isEmpty(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** The formula columns (within the table) the first data row has. */
function formulaColumns(firstRow: unknown[]): number[] {
  return firstRow.flatMap((v, c) => (typeof v === "string" && v.startsWith("=") ? [c] : []));
}

/** Candidate rows whose every formula column is empty: the rows the table gained that nothing filled. */
export function gainedRows(read: GrowthRead): number[] {
  const firstRow = read.firstRow.formulas[0] ?? [];
  const columns = formulaColumns(firstRow);
  if (columns.length === 0) return [];
  const out: number[] = [];
  for (const run of read.candidates) {
    const count = run.parts[0]?.range.formulas.length ?? 0;
    for (let r = 0; r < count; r++) {
      const cell = (c: number) => {
        const part = run.parts.find((p) => c >= p.from && c < p.from + (p.range.formulas[0]?.length ?? 0));
        return part ? part.range.formulas[r][c - part.from] : undefined;
      };
      if (columns.every((c) => isEmpty(cell(c)))) out.push(run.first + r);
    }
  }
  return out;
}

/** Which layout the table was scaffolded with, given the workbook's catalog tables; null when none fits. */
export function identifyBody(read: GrowthRead, place: TablePlace, matrixSheet: string, catalogs: Catalog[]): MatrixBodySpec | null {
  return identifyMatrixBody(read.firstRow.formulas[0] ?? [], { top: place.top, left: place.left }, bodySpecCandidates(matrixSheet, catalogs));
}

export interface GrowthWrites {
  /** Formulas for the gained rows' formula cells, to write with the pass's other values. */
  formulas: CellWrite[];
  /** Queues the formats, validations and conditional formats; returns the ranges it writes formats to. */
  queueFormats: (env: WriteEnv) => SheetRect[];
}

/** What the gained rows get: from the layout when `spec` is known, else copied from the first data row. */
export function growthWrites(gained: number[], place: TablePlace, read: GrowthRead, spec: MatrixBodySpec | null, sheetName: string, copyFormats: boolean, validation: boolean): GrowthWrites {
  const formulas: CellWrite[] = [];
  const blocks = runs(gained);
  if (spec) {
    const layouts = blocks.map((b) => ({ ...b, layout: matrixBodyRows(spec, { top: place.top, left: place.left }, b.first, b.last) }));
    for (const { first, layout } of layouts) {
      layout.formulas.forEach((row, i) => row.forEach((f, c) => formulas.push({ row: first + i, col: place.left + c, value: f })));
    }
    return {
      formulas,
      queueFormats: (env) => {
        const sheet = env.sheets.get(sheetName)!;
        const touched: SheetRect[] = [];
        for (const { layout } of layouts) {
          // Number formats before the formulas and values written in the same request.
          for (const nf of layout.numberFormats) {
            const range = sheet.getRange(nf.range);
            range.numberFormat = filledWith(nf.range, nf.format);
            touched.push(parseRange(nf.range));
          }
          for (const style of layout.styles) {
            styleStep(sheetName, style).queue(env);
            touched.push(parseRange(style.range));
          }
          for (const v of validation ? layout.validations : []) {
            // Excel may have extended a neighbouring rule over the new rows; ours replaces it there only.
            sheet.getRange(v.range).dataValidation.clear();
            validationStep(sheetName, v).queue(env);
          }
          for (const cf of layout.conditionalFormats) conditionalFormatStep(sheetName, cf).queue(env);
        }
        return touched;
      },
    };
  }
  const first = read.firstRow.formulas[0] ?? [];
  const numberFormats = read.firstRow.numberFormat[0] ?? [];
  for (const row of gained) {
    first.forEach((f, c) => {
      if (typeof f === "string" && f.startsWith("=")) formulas.push({ row, col: place.left + c, value: shiftFormula(f, row - (place.top + 1), 0) });
    });
  }
  return {
    formulas,
    queueFormats: (env) => {
      const sheet = env.sheets.get(sheetName)!;
      const source = sheet.getRangeByIndexes(place.top + 1, place.left, 1, place.width);
      return blocks.map(({ first: top, last }) => {
        const range = sheet.getRangeByIndexes(top, place.left, last - top + 1, place.width);
        if (copyFormats) range.copyFrom(source, "Formats");
        range.numberFormat = Array.from({ length: last - top + 1 }, () => numberFormats.slice());
        return { top, left: place.left, bottom: last, right: place.left + place.width - 1 };
      });
    },
  };
}

/** A 2-D array of one value, shaped like the range at `address`. */
function filledWith(address: string, value: string): string[][] {
  const r = parseRange(address);
  return Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => value));
}
