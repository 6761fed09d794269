import ExcelJS from "exceljs";
import { columnLetter, parseCell, parseRange } from "../core/address";
import type { LayoutCell, LayoutSheet, LayoutStyle, WorkbookLayout } from "../core/layoutTypes";

/**
 * Renders a WorkbookLayout with ExcelJS: values, formulas with their cached results, number formats,
 * styles and grid lines, widths and row heights, merges, real Excel tables, data validations,
 * conditional formats, frozen panes and print setup. Excel recalculates on open (fullCalcOnLoad), so
 * the cached results only serve readers that don't.
 */

/** ExcelJS keeps data validations on the sheet but leaves them out of its typings. */
interface DataValidationsHolder {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

type TableTheme = NonNullable<ExcelJS.TableStyleProperties["theme"]>;

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

/** ExcelJS formulas go without the leading `=`. */
function bare(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function toCellValue(cell: LayoutCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "object") return cell.result === undefined ? { formula: bare(cell.formula) } : { formula: bare(cell.formula), result: cell.result };
  // Strings are always literals here: ExcelJS only makes a formula from a { formula } object.
  return cell;
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++) {
    const sheetRow = ws.getRow(row + 1);
    for (let col = r.left; col <= r.right; col++) visit(sheetRow.getCell(col + 1));
  }
}

function applyStyle(ws: ExcelJS.Worksheet, style: LayoutStyle): void {
  // One shared object per style rule: ExcelJS dedupes styles on write, and these are never mutated.
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  const hasFont = Object.keys(font).length > 0;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  const hasAlignment = Object.keys(alignment).length > 0;
  const fill: ExcelJS.Fill | undefined = style.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } : undefined;
  forEachCell(ws, style.range, (cell) => {
    if (hasFont) cell.font = { ...cell.font, ...font };
    if (hasAlignment) cell.alignment = { ...cell.alignment, ...alignment };
    if (fill) cell.fill = fill;
    if (style.grid) cell.border = GRID;
  });
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** ExcelJS's code for Letter paper (the OOXML `paperSize` 1). */
const PAPER_SIZE = { letter: 1 } as const;

/** The footer in OOXML's header/footer codes: `&L`, `&C`, `&R` open the left, centre and right sections. */
function footerCode(footer: NonNullable<LayoutSheet["print"]>["footer"]): string {
  return `${footer.left ? `&L${footer.left}` : ""}${footer.center ? `&C${footer.center}` : ""}${footer.right ? `&R${footer.right}` : ""}`;
}

function writePrint(ws: ExcelJS.Worksheet, print: NonNullable<LayoutSheet["print"]>): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PageSetup["paperSize"],
    // Without fitToPage, Excel and LibreOffice ignore fitToWidth; a height of 0 means "as many pages as needed".
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    margins: { ...print.margins },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footerCode(print.footer) };
}

/** A cell's value to hand back to ExcelJS; its `value` getter drops falsy cached results (0, ""), `result` keeps them. */
function tableCellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula && value !== null && typeof value === "object" && "formula" in value) {
    return cell.result === undefined ? value : { ...value, result: cell.result };
  }
  return value;
}

function writeTable(ws: ExcelJS.Worksheet, table: LayoutSheet["tables"][number]): void {
  const r = parseRange(table.range);
  const columns: ExcelJS.TableColumnProperties[] = [];
  const header = ws.getRow(r.top + 1);
  for (let col = r.left; col <= r.right; col++) columns.push({ name: String(header.getCell(col + 1).value ?? `Col${col - r.left + 1}`), filterButton: true });
  // ExcelJS writes the table's cells itself, so it gets the values already on the sheet.
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const sheetRow = ws.getRow(row + 1);
    const values: ExcelJS.CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) values.push(tableCellValue(sheetRow.getCell(col + 1)));
    rows.push(values);
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.range.split(":")[0],
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as TableTheme, showRowStripes: true },
    columns,
    rows,
  });
}

function writeSheet(wb: ExcelJS.Workbook, sheet: LayoutSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    block.rows.forEach((cells, i) => {
      const row = ws.getRow(anchor.row + i + 1);
      cells.forEach((cell, j) => {
        if (cell !== null) row.getCell(anchor.col + j + 1).value = toCellValue(cell);
      });
    });
  }
  for (const table of sheet.tables) writeTable(ws, table);
  for (const nf of sheet.numberFormats) forEachCell(ws, nf.range, (cell) => (cell.numFmt = nf.format));
  for (const style of sheet.styles) applyStyle(ws, style);
  for (const w of sheet.columnWidths) ws.getColumn(w.column).width = w.width;
  for (const h of sheet.rowHeights ?? []) ws.getRow(h.row).height = h.height;
  for (const range of sheet.merges) ws.mergeCells(range);

  const validations = (ws as unknown as DataValidationsHolder).dataValidations;
  for (const v of sheet.validations) {
    // One entry per range: ExcelJS writes it as a single <dataValidation sqref="E7:P13">.
    validations.add(v.range, {
      type: v.kind,
      allowBlank: v.allowBlank,
      formulae: [bare(v.kind === "list" ? v.source : v.formula)],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.errorMessage,
      showInputMessage: v.prompt !== undefined,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    });
  }

  sheet.conditionalFormats.forEach((cf, i) => {
    const priority = i + 1;
    if (cf.kind === "expression") {
      const style: Partial<ExcelJS.Style> = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } };
      if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
      ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: "expression", priority, formulae: [bare(cf.formula)], style }] });
    } else {
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [{ type: "colorScale", priority, cfvo: [{ type: "min" }, { type: "max" }], color: [{ argb: argb(cf.minColor) }, { argb: argb(cf.maxColor) }] }],
      });
    }
  });

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: `${columnLetter(columns)}${rows + 1}`, activeCell: "A1" }];
  }
  if (sheet.print) writePrint(ws, sheet.print);
}

/** The workbook for a layout; `activeSheet` is the tab Excel opens on. */
export function layoutToWorkbook(layout: WorkbookLayout, options: { activeSheet?: string } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Matriz POA";
  wb.created = new Date();
  // Cached results are only a courtesy to non-calculating readers; Excel and LibreOffice recompute on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) writeSheet(wb, sheet);
  const active = options.activeSheet === undefined ? 0 : Math.max(0, layout.sheets.findIndex((s) => s.name === options.activeSheet));
  wb.views = [{ x: 0, y: 0, width: 28800, height: 17600, firstSheet: 0, activeTab: active, visibility: "visible" }];
  // Only the active tab may be selected, or Excel opens with several sheets grouped.
  wb.worksheets.forEach((ws, i) => {
    const view = ws.views[0] ?? { state: "normal" };
    ws.views = [{ ...view, tabSelected: i === active } as unknown as ExcelJS.WorksheetView];
  });
  return wb;
}
