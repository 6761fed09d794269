import ExcelJS from "exceljs";
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from "../core/grid";
import { themeColors, resolveColor } from "./colors";
import { readsToday } from "../core/monitoring/settings";

/**
 * An ExcelJS workbook as the plain grid the core reads (anchored at A1): values with formula cells
 * giving their cached `result` (Excel saves it; we never recalculate), rich text joined, hyperlinks as
 * their text, dates as Date, error values as `{ error }`, merges, and solid fills as `RRGGBB`.
 *
 * Limits: fills only come from the cell's own style (a fill set on a whole row or column for cells
 * that were never written is not seen); theme colours are resolved against the workbook's own theme
 * with Excel's tint rule approximated in RGB; conditional-format colours are not fills and are not read.
 */

/** Nodes the core never looks at; skipping them keeps big workbooks fast (a whole-column validation expands per cell). */
export const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "extLst", "hyperlinks"];

type RichText = { richText: { text: string }[] };

function isRichText(v: unknown): v is RichText {
  return typeof v === "object" && v !== null && Array.isArray((v as RichText).richText);
}

function textOf(v: unknown): string {
  if (isRichText(v)) return v.richText.map((r) => r.text ?? "").join("");
  if (v === null || v === undefined) return "";
  return String(v);
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (isRichText(v)) return textOf(v);
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string") return { error: (v as { error: string }).error };
  return null;
}

export function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula:
      // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops falsy results such as 0.
      return plainValue(cell.result);
    case ExcelJS.ValueType.Hyperlink: {
      const v = cell.value as { text?: unknown };
      return textOf(v.text);
    }
    default:
      return plainValue(cell.value);
  }
}

function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  // ExcelJS keeps merges in a private map of ranges (1-based); its public `model` would serialise every row.
  const raw = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (!raw || typeof raw !== "object") return [];
  const merges: MergedRange[] = [];
  for (const range of Object.values(raw)) {
    const m = range?.model;
    if (m) merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return merges;
}

/** A cell whose formula reads today's date (the core's rule): its saved result is the day the file was last calculated. */
function formulaReadsToday(cell: ExcelJS.Cell): boolean {
  if (cell.type !== ExcelJS.ValueType.Formula) return false;
  // The cell's own formula; a shared formula's copies carry none (the corte cell is never one).
  const formula = (cell.model as { formula?: unknown }).formula;
  return typeof formula === "string" && readsToday(formula);
}

export function sheetToGrid(ws: ExcelJS.Worksheet, theme: string[]): SheetGrid {
  const values: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  const todayFormulas: [number, number][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    while (values.length < r) {
      values.push([]);
      fills.push([]);
    }
    const rowValues: CellValue[] = [];
    const rowFills: (string | null)[] = [];
    // includeEmpty: a cell with a fill and no value is exactly a month marked by colour.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      rowValues[c] = cellValue(cell);
      if (formulaReadsToday(cell)) todayFormulas.push([r, c]);
      const fill = cell.fill;
      rowFills[c] = fill && fill.type === "pattern" && fill.pattern === "solid" ? resolveColor(fill.fgColor, theme) : null;
    });
    for (let c = 0; c < rowValues.length; c++) {
      if (rowValues[c] === undefined) rowValues[c] = null;
      if (rowFills[c] === undefined) rowFills[c] = null;
    }
    values[r] = rowValues;
    fills[r] = rowFills;
  });
  const merges = mergesOf(ws);
  blankMergedCells(values, merges);
  const grid: SheetGrid = { name: ws.name, values, merges, fills };
  if (todayFormulas.length > 0) grid.todayFormulas = todayFormulas;
  // `hidden` and `veryHidden` alike: the planner does not see the sheet (§3 v2 reads it last and says so).
  if (ws.state !== undefined && ws.state !== "visible") grid.hidden = true;
  return grid;
}

/**
 * A merged area's value is its top-left cell's; other cells a file keeps under it (LibreOffice does)
 * are hidden in Excel, so they read as empty. Loading no longer expands merges (boundedMerges.ts), so
 * this walks the cells the sheet really holds, row by row, against the merged column spans of that row:
 * linear in the grid, whatever size the merges claim.
 */
function blankMergedCells(values: CellValue[][], merges: MergedRange[]): void {
  if (merges.length === 0) return;
  const masters = new Set(merges.map((m) => `${m.top}:${m.left}`));
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let open: MergedRange[] = [];
  for (let r = 0; r < values.length; r++) {
    while (next < byTop.length && byTop[next].top <= r) open.push(byTop[next++]);
    open = open.filter((m) => m.bottom >= r);
    const line = values[r];
    if (open.length === 0 || !line || line.length === 0) continue;
    const spans = open.map((m) => [m.left, m.right] as const).sort((a, b) => a[0] - b[0]);
    let s = 0;
    for (let c = 0; c < line.length; c++) {
      while (s < spans.length && spans[s][1] < c) s++;
      if (s >= spans.length) break;
      if (line[c] === null || c < spans[s][0]) continue;
      if (!masters.has(`${r}:${c}`)) line[c] = null;
    }
  }
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const theme = themeColors(wb);
  return { sheets: wb.worksheets.map((ws) => sheetToGrid(ws, theme)) };
}
