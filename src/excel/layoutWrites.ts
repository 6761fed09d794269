import { columnIndex, parseCell, parseRange, rangeAddress } from "../core/address";
import type { LayoutCell, LayoutConditionalFormat, LayoutSheet, LayoutStyle, LayoutValidation } from "../core/layoutTypes";
import { mustStayText, TEXT_FORMAT } from "./literalText";
import { jsonBytes, OPERATION_OVERHEAD } from "./payload";

/**
 * A layout turned into Office.js operations, each with the bytes it adds to a request, so the
 * writer can pack them into as few syncs as the 5 MB cap allows. Values, formulas and number formats
 * go as whole 2-D arrays per block (split by rows only when one block alone is too big).
 */

export interface WriteEnv {
  context: Excel.RequestContext;
  sheets: Map<string, Excel.Worksheet>;
}

export interface WriteStep {
  bytes: number;
  queue: (env: WriteEnv) => void;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Column width in characters (of the default font's digit) to points, as Excel converts it: 7 px per character plus 5 px padding. */
export function charactersToPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

function colour(rgb: string): string {
  return `#${rgb.replace(/^#/, "").toUpperCase()}`;
}

function cellInput(cell: LayoutCell): string | number {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.formula;
  return cell;
}

/** The number format a layout gives a cell (the last entry covering it wins), else General. */
function formatLookup(sheet: LayoutSheet): (row: number, col: number) => string {
  const entries = sheet.numberFormats.map((f) => ({ ...parseRange(f.range), format: f.format }));
  return (row, col) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (row >= e.top && row <= e.bottom && col >= e.left && col <= e.right) return e.format;
    }
    return "General";
  };
}

/** Splits a block's rows so that no piece's arrays exceed `maxBytes`. */
function rowPieces(rows: unknown[][], formats: string[][], maxBytes: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 2 * OPERATION_OVERHEAD;
  for (let r = 0; r < rows.length; r++) {
    const rowBytes = jsonBytes(rows[r]) + jsonBytes(formats[r]) - 2 * OPERATION_OVERHEAD;
    if (r > start && bytes + rowBytes > maxBytes) {
      pieces.push({ start, end: r });
      start = r;
      bytes = 2 * OPERATION_OVERHEAD;
    }
    bytes += rowBytes;
  }
  if (rows.length > start) pieces.push({ start, end: rows.length });
  return pieces;
}

function blockSteps(sheet: LayoutSheet, maxPieceBytes: number): WriteStep[] {
  const formatOf = formatLookup(sheet);
  const steps: WriteStep[] = [];
  for (const block of sheet.blocks) {
    if (block.rows.length === 0) continue;
    const anchor = parseCell(block.anchor);
    const width = Math.max(...block.rows.map((r) => r.length));
    const inputs: (string | number)[][] = [];
    const formats: string[][] = [];
    // Rows whose cells need a format other than the layout's (written before, by numberFormatSteps).
    const overridden: boolean[] = [];
    block.rows.forEach((line, r) => {
      const row: (string | number)[] = [];
      const fmt: string[] = [];
      let override = false;
      for (let c = 0; c < width; c++) {
        const cell = line[c] ?? null;
        const base = formatOf(anchor.row + r, anchor.col + c);
        let f = base;
        if (typeof cell === "string" && mustStayText(cell)) f = TEXT_FORMAT;
        // A formula in a text-formatted cell would stay text: the layout can't have meant that.
        if (cell !== null && typeof cell === "object" && f === TEXT_FORMAT) f = "General";
        if (f !== base) override = true;
        row.push(cellInput(cell));
        fmt.push(f);
      }
      inputs.push(row);
      formats.push(fmt);
      overridden.push(override);
    });
    for (const { start, end } of rowPieces(inputs, formats, maxPieceBytes)) {
      const address = rangeAddress(anchor.row + start, anchor.col, anchor.row + end - 1, anchor.col + width - 1);
      const fmt = overridden.slice(start, end).some(Boolean) ? formats.slice(start, end) : null;
      const data = inputs.slice(start, end);
      steps.push({
        bytes: (fmt ? jsonBytes(fmt) : 0) + jsonBytes(data),
        queue: ({ sheets }) => {
          const range = sheets.get(sheet.name)!.getRange(address);
          // Format first: a text cell keeps "=…", "+…", "-…", "@…" as typed.
          if (fmt) range.numberFormat = fmt;
          range.formulas = data;
        },
      });
    }
  }
  return steps;
}

function numberFormatSteps(sheet: LayoutSheet): WriteStep[] {
  return sheet.numberFormats.map((nf) => {
    const r = parseRange(nf.range);
    const data = Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => nf.format));
    return { bytes: jsonBytes(data), queue: ({ sheets }) => (sheets.get(sheet.name)!.getRange(nf.range).numberFormat = data) };
  });
}

export function styleStep(sheetName: string, s: LayoutStyle): WriteStep {
  return {
    bytes: jsonBytes(s),
    queue: ({ sheets }) => {
      const format = sheets.get(sheetName)!.getRange(s.range).format;
      if (s.bold !== undefined) format.font.bold = s.bold;
      if (s.italic !== undefined) format.font.italic = s.italic;
      if (s.fontSize !== undefined) format.font.size = s.fontSize;
      if (s.fontColor !== undefined) format.font.color = colour(s.fontColor);
      if (s.fill !== undefined) format.fill.color = colour(s.fill);
      if (s.wrap !== undefined) format.wrapText = s.wrap;
      if (s.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[s.horizontal];
      if (s.vertical !== undefined) format.verticalAlignment = VERTICAL[s.vertical];
    },
  };
}

export function validationStep(sheetName: string, v: LayoutValidation): WriteStep {
  return {
    bytes: jsonBytes(v),
    queue: ({ sheets }) => {
      const dv = sheets.get(sheetName)!.getRange(v.range).dataValidation;
      dv.rule = v.kind === "list" ? { list: { inCellDropDown: true, source: v.source } } : { custom: { formula: v.formula } };
      dv.ignoreBlanks = v.allowBlank;
      dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.errorMessage };
      if (v.prompt !== undefined) dv.prompt = { showPrompt: true, title: v.promptTitle ?? "", message: v.prompt };
    },
  };
}

export function conditionalFormatStep(sheetName: string, f: LayoutConditionalFormat): WriteStep {
  return {
    bytes: jsonBytes(f),
    queue: ({ sheets }) => {
      const range = sheets.get(sheetName)!.getRange(f.range);
      if (f.kind === "expression") {
        const cf = range.conditionalFormats.add("Custom");
        cf.custom.rule.formula = f.formula;
        cf.custom.format.fill.color = colour(f.fill);
        if (f.fontColor !== undefined) cf.custom.format.font.color = colour(f.fontColor);
      } else {
        const cf = range.conditionalFormats.add("ColorScale");
        cf.colorScale.criteria = {
          minimum: { type: "LowestValue", color: colour(f.minColor) },
          maximum: { type: "HighestValue", color: colour(f.maxColor) },
        };
      }
    },
  };
}

/**
 * Every operation of one sheet, in an order Excel accepts: the sheet, number formats before the values
 * they protect, values, formats, widths, merges (outside tables), tables, validations, conditional
 * formats, frozen panes. `tableNames` renames tables whose name is taken elsewhere in the workbook.
 */
export function sheetSteps(sheet: LayoutSheet, tableNames: Map<string, string>, maxPieceBytes: number): WriteStep[] {
  const name = sheet.name;
  const steps: WriteStep[] = [
    { bytes: jsonBytes(name), queue: ({ context, sheets }) => sheets.set(name, context.workbook.worksheets.add(name)) },
    ...numberFormatSteps(sheet),
    ...blockSteps(sheet, maxPieceBytes),
    ...sheet.styles.map((s) => styleStep(name, s)),
  ];
  for (const w of sheet.columnWidths) {
    const col = w.column.toUpperCase();
    columnIndex(col); // throws on a bad letter before anything is queued
    steps.push({ bytes: OPERATION_OVERHEAD, queue: ({ sheets }) => (sheets.get(name)!.getRange(`${col}:${col}`).format.columnWidth = charactersToPoints(w.width)) });
  }
  for (const m of sheet.merges) steps.push({ bytes: OPERATION_OVERHEAD, queue: ({ sheets }) => sheets.get(name)!.getRange(m).merge(false) });
  for (const t of sheet.tables) {
    steps.push({
      bytes: jsonBytes(t),
      queue: ({ sheets }) => {
        const table = sheets.get(name)!.tables.add(t.range, true);
        table.name = tableNames.get(t.name) ?? t.name;
        table.style = t.style;
      },
    });
  }
  steps.push(...sheet.validations.map((v) => validationStep(name, v)), ...sheet.conditionalFormats.map((f) => conditionalFormatStep(name, f)));
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push({
      bytes: OPERATION_OVERHEAD,
      queue: ({ sheets }) => {
        const panes = sheets.get(name)!.freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(sheets.get(name)!.getRange(rangeAddress(0, 0, freeze.rows - 1, freeze.columns - 1)));
      },
    });
  }
  return steps;
}

/** Packs steps, in order, into requests of at most `budget` bytes. */
export function packSteps(steps: WriteStep[], budget: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
