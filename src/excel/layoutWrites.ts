import { columnIndex, parseCell, parseRange, rangeAddress } from "../core/address";
import type { LayoutCell, LayoutConditionalFormat, LayoutPrint, LayoutRowHeight, LayoutSheet, LayoutStyle, LayoutValidation } from "../core/layoutTypes";
import { mustStayText, TEXT_FORMAT } from "./literalText";
import { jsonBytes, OPERATION_OVERHEAD } from "./payload";

/**
 * A layout turned into Office.js operations, each with the bytes it adds to a request, so the
 * writer can pack them into as few syncs as the 5 MB cap allows. Values, formulas and number formats
 * go as whole 2-D arrays per block (split by rows only when one block alone is too big).
 *
 * Each operation belongs to a part: the data (sheets, values, formulas, number formats, tables),
 * without which there is no matrix, or one of the cosmetic parts, which the writer may skip (the
 * planner's Excel lacks the API) or give up on (Excel refused it) without losing the data.
 */

export interface WriteEnv {
  context: Excel.RequestContext;
  sheets: Map<string, Excel.Worksheet>;
}

/** The cosmetic parts of a scaffold, in the order they are written. */
export const COSMETIC_PARTS = ["styles", "columnWidths", "merges", "rowHeights", "validation", "conditionalFormats", "printSetup", "freeze"] as const;
export type CosmeticPart = (typeof COSMETIC_PARTS)[number];
export type LayoutPart = "data" | CosmeticPart | "activate";

export interface WriteStep {
  bytes: number;
  part: LayoutPart;
  queue: (env: WriteEnv) => void;
  /** The same operations, safe to queue again after part of them may already have been applied (clears first). */
  requeue?: (env: WriteEnv) => void;
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
        part: "data",
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
    return { bytes: jsonBytes(data), part: "data", queue: ({ sheets }) => (sheets.get(sheet.name)!.getRange(nf.range).numberFormat = data) };
  });
}

/** The thin grey lines of a grid: every edge of every cell of the range. */
const GRID_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const GRID_COLOUR = "#808080";

export function styleStep(sheetName: string, s: LayoutStyle): WriteStep {
  return {
    bytes: jsonBytes(s) + (s.grid ? GRID_EDGES.length * 2 * OPERATION_OVERHEAD : 0),
    part: "styles",
    queue: ({ sheets }) => {
      const format = sheets.get(sheetName)!.getRange(s.range).format;
      if (s.grid) {
        for (const edge of GRID_EDGES) {
          const border = format.borders.getItem(edge);
          border.style = "Continuous";
          border.color = GRID_COLOUR;
        }
      }
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
  const write = (dv: Excel.DataValidation) => {
    dv.rule = v.kind === "list" ? { list: { inCellDropDown: true, source: v.source } } : { custom: { formula: v.formula } };
    dv.ignoreBlanks = v.allowBlank;
    dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.errorMessage };
    if (v.prompt !== undefined) dv.prompt = { showPrompt: true, title: v.promptTitle ?? "", message: v.prompt };
  };
  return {
    bytes: jsonBytes(v),
    part: "validation",
    queue: ({ sheets }) => write(sheets.get(sheetName)!.getRange(v.range).dataValidation),
    requeue: ({ sheets }) => {
      const dv = sheets.get(sheetName)!.getRange(v.range).dataValidation;
      dv.clear();
      write(dv);
    },
  };
}

export function conditionalFormatStep(sheetName: string, f: LayoutConditionalFormat): WriteStep {
  const add = (range: Excel.Range) => {
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
  };
  return {
    bytes: jsonBytes(f),
    part: "conditionalFormats",
    queue: ({ sheets }) => add(sheets.get(sheetName)!.getRange(f.range)),
    // Clearing the range removes only what an earlier attempt added: a scaffold writes on new sheets, and
    // Agregar seguimiento, on the existing matrix sheet, puts its formats only on the columns it adds
    // (Realizado and cumplimiento), which held none before.
    requeue: ({ sheets }) => {
      const range = sheets.get(sheetName)!.getRange(f.range);
      range.conditionalFormats.clearAll();
      add(range);
    },
  };
}

/** Points per inch, for margins. */
const POINTS_PER_INCH = 72;
const ORIENTATION = { landscape: "Landscape", portrait: "Portrait" } as const;
const PAPER = { letter: "Letter" } as const;

/**
 * The print setup through the page layout API (ExcelApi 1.9). `verticalFitToPages: 0` asks for as many
 * pages tall as needed, as `fitToHeight="0"` does in the file the CLI writes (ECMA-376 pageSetup).
 */
function printStep(sheetName: string, p: LayoutPrint): WriteStep {
  return {
    bytes: jsonBytes(p) + 12 * OPERATION_OVERHEAD,
    part: "printSetup",
    queue: ({ sheets }) => {
      const layout = sheets.get(sheetName)!.pageLayout;
      layout.orientation = ORIENTATION[p.orientation];
      layout.paperSize = PAPER[p.paper];
      layout.zoom = { horizontalFitToPages: p.fitToPagesWide, verticalFitToPages: 0 };
      layout.leftMargin = p.margins.left * POINTS_PER_INCH;
      layout.rightMargin = p.margins.right * POINTS_PER_INCH;
      layout.topMargin = p.margins.top * POINTS_PER_INCH;
      layout.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
      layout.headerMargin = p.margins.header * POINTS_PER_INCH;
      layout.footerMargin = p.margins.footer * POINTS_PER_INCH;
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
      const footer = layout.headersFooters.defaultForAllPages;
      if (p.footer.left !== undefined) footer.leftFooter = p.footer.left;
      if (p.footer.center !== undefined) footer.centerFooter = p.footer.center;
      if (p.footer.right !== undefined) footer.rightFooter = p.footer.right;
    },
  };
}

/** Consecutive rows that share how they are sized: `from`–`to` (1-based), autofit or a height in points. */
function heightRuns(heights: LayoutRowHeight[]): { from: number; to: number; height: number | "autofit" }[] {
  const runs: { from: number; to: number; height: number | "autofit" }[] = [];
  for (const h of heights) {
    // A row sized only for its wrapped text is autofitted, so Excel keeps sizing it as the planner edits.
    const height = h.fitsText ? "autofit" : h.height;
    const last = runs[runs.length - 1];
    if (last && last.to === h.row - 1 && last.height === height) last.to = h.row;
    else runs.push({ from: h.row, to: h.row, height });
  }
  return runs;
}

function rowHeightSteps(sheetName: string, heights: LayoutRowHeight[]): WriteStep[] {
  return heightRuns(heights).map((run) => ({
    bytes: OPERATION_OVERHEAD,
    part: "rowHeights" as const,
    queue: ({ sheets }: WriteEnv) => {
      const format = sheets.get(sheetName)!.getRange(`${run.from}:${run.to}`).format;
      if (run.height === "autofit") format.autofitRows();
      else format.rowHeight = run.height;
    },
  }));
}

/**
 * Every operation of one sheet, in an order Excel accepts: the data first (the sheet, number formats
 * before the values they protect, values, tables), then the cosmetic parts in COSMETIC_PARTS order
 * (formats and grid, widths, merges (outside tables), row heights once widths and wrapping are set,
 * validations, conditional formats, print setup, frozen panes). `tableNames` renames tables whose
 * name is taken elsewhere in the workbook.
 */
export function sheetSteps(sheet: LayoutSheet, tableNames: Map<string, string>, maxPieceBytes: number): WriteStep[] {
  const name = sheet.name;
  return [
    { bytes: jsonBytes(name), part: "data", queue: ({ context, sheets }) => sheets.set(name, context.workbook.worksheets.add(name)) },
    ...contentSteps(sheet, tableNames, maxPieceBytes),
  ];
}

/** `sheetSteps` for a sheet that exists already (in `WriteEnv.sheets` under its name): everything but adding it. */
export function contentSteps(sheet: LayoutSheet, tableNames: Map<string, string>, maxPieceBytes: number): WriteStep[] {
  const name = sheet.name;
  const steps: WriteStep[] = [...numberFormatSteps(sheet), ...blockSteps(sheet, maxPieceBytes)];
  for (const t of sheet.tables) {
    steps.push({
      bytes: jsonBytes(t),
      part: "data",
      queue: ({ sheets }) => {
        const ws = sheets.get(name)!;
        // A Range, not an address: a bare address means the active sheet, which this new one is not
        // (TableCollection.add: "If the address does not contain a sheet name, the currently-active sheet is used").
        const table = ws.tables.add(ws.getRange(t.range), true);
        table.name = tableNames.get(t.name) ?? t.name;
        table.style = t.style;
      },
    });
  }
  steps.push(...sheet.styles.map((s) => styleStep(name, s)));
  for (const w of sheet.columnWidths) {
    const col = w.column.toUpperCase();
    columnIndex(col); // throws on a bad letter before anything is queued
    steps.push({ bytes: OPERATION_OVERHEAD, part: "columnWidths", queue: ({ sheets }) => (sheets.get(name)!.getRange(`${col}:${col}`).format.columnWidth = charactersToPoints(w.width)) });
  }
  for (const m of sheet.merges) {
    steps.push({
      bytes: OPERATION_OVERHEAD,
      part: "merges",
      queue: ({ sheets }) => sheets.get(name)!.getRange(m).merge(false),
      requeue: ({ sheets }) => {
        const range = sheets.get(name)!.getRange(m);
        range.unmerge();
        range.merge(false);
      },
    });
  }
  steps.push(...rowHeightSteps(name, sheet.rowHeights ?? []));
  steps.push(...sheet.validations.map((v) => validationStep(name, v)), ...sheet.conditionalFormats.map((f) => conditionalFormatStep(name, f)));
  if (sheet.print) steps.push(printStep(name, sheet.print));
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push({
      bytes: OPERATION_OVERHEAD,
      part: "freeze",
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
