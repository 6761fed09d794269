import { columnIndex, columnLetter, sheetRef } from "../../src/core/address";
import { invalidArgument } from "./errors";

/** The workbook the double keeps: plain data that tests may inspect directly. */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Scalar = string | number | boolean;

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
}

export interface Cell {
  /** The constant ("" when empty, or when the cell holds a formula). */
  value: Scalar;
  /** An error constant such as `#N/A`. */
  error?: boolean;
  /** A formula, starting with `=`. Formulas are stored, not computed. */
  formula?: string;
  /** What a formula shows; tests set it (`ExcelDouble.setFormulaResult`). */
  result?: Scalar;
  numberFormat: string;
  format: CellFormat;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  style: string;
}

export interface ValidationModel {
  rect: Rect;
  /** `Excel.DataValidationRule` as given; its formulas are written for the cell `anchor`. */
  rule: Record<string, unknown>;
  /** The cell the rule's formulas were written for (the written range's top-left); absent: the rect's top-left. */
  anchor?: { row: number; col: number };
  ignoreBlanks: boolean;
  errorAlert?: { title?: string; message?: string; showAlert?: boolean; style?: string };
  prompt?: { title?: string; message?: string; showPrompt?: boolean };
}

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: string;
  /** Custom rule formula, relative to the rect's top-left cell. */
  formula?: string;
  fill?: string;
  fontColor?: string;
  criteria?: unknown;
}

export type ChangedHandler = (args: Record<string, unknown>) => unknown;

export interface SheetModel {
  id: string;
  name: string;
  cells: Map<number, Cell>;
  /** Points, by 0-based column; absent means the default 48 pt (8.43 characters). */
  columnWidths: Map<number, number>;
  merges: Rect[];
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  freeze: { rows: number; columns: number };
  selection: Rect;
  changedHandlers: Set<ChangedHandler>;
  /**
   * `Worksheet.visibility` (read from ExcelApi 1.1): Visible, Hidden (the planner can unhide it) or
   * VeryHidden (only code can), https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
   * and https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility. Absent: Visible.
   */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export const DEFAULT_COLUMN_WIDTH = 48;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheetId: string | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: this.newId("sheet"),
      name,
      cells: new Map(),
      columnWidths: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      freeze: { rows: 0, columns: 0 },
      selection: { top: 0, left: 0, bottom: 0, right: 0 },
      changedHandlers: new Set(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): SheetModel | null {
    const key = name.toLocaleUpperCase();
    return this.sheets.find((s) => s.name.toLocaleUpperCase() === key) ?? null;
  }

  sheetById(id: string): SheetModel | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  tableByName(name: string): TableModel | null {
    const key = name.toLocaleUpperCase();
    return this.tables.find((t) => t.name.toLocaleUpperCase() === key) ?? null;
  }

  activeSheet(): SheetModel {
    const s = this.activeSheetId === null ? null : this.sheetById(this.activeSheetId);
    if (!s) throw new Error("The workbook has no sheet");
    return s;
  }
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: SheetModel, row: number, col: number): Cell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "", numberFormat: "General", format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}
export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersection(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.top < i.top) out.push({ top: a.top, left: a.left, bottom: i.top - 1, right: a.right });
  if (i.bottom < a.bottom) out.push({ top: i.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < i.left) out.push({ top: i.top, left: a.left, bottom: i.bottom, right: i.left - 1 });
  if (i.right < a.right) out.push({ top: i.top, left: i.right + 1, bottom: i.bottom, right: a.right });
  return out;
}

/** A local address (`A1`, `A1:C3`, `E:E`, `1:30`, optionally `Sheet!`-prefixed) as a rect; the sheet name when given. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let local = address.trim();
  const bang = local.lastIndexOf("!");
  if (bang >= 0) {
    sheet = local.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    local = local.slice(bang + 1);
  }
  const parts = local.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw invalidArgument(`address ${address}`);
  const refs = parts.map((p) => {
    const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw invalidArgument(`address ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  });
  const a = refs[0];
  const b = refs[1] ?? refs[0];
  if ((a.col === null) !== (b.col === null) || (a.row === null) !== (b.row === null)) throw invalidArgument(`address ${address}`);
  if (parts.length === 1 && (a.col === null || a.row === null)) throw invalidArgument(`address ${address}`);
  const rect: Rect = {
    top: a.row === null ? 0 : Math.min(a.row, b.row as number),
    bottom: a.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row as number),
    left: a.col === null ? 0 : Math.min(a.col, b.col as number),
    right: a.col === null ? MAX_COLUMNS - 1 : Math.max(a.col, b.col as number),
  };
  if (rect.top < 0 || rect.bottom >= MAX_ROWS || rect.left < 0 || rect.right >= MAX_COLUMNS) throw invalidArgument(`address ${address}`);
  return { sheet, rect };
}

export function localAddress(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${columnLetter(r.right)}${r.bottom + 1}`;
}

/** As Excel reports `Range.address`: `'Matriz POA 2024'!A6:R13`. */
export function fullAddress(sheet: SheetModel, r: Rect): string {
  return `${sheetRef(sheet.name)}!${localAddress(r)}`;
}

const ERROR_LITERALS = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]);
const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;
const PERCENT = /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*%\s*$/;
const DATE = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\s*$/;

/**
 * What Excel makes of a value typed or written through `values`/`formulas`: outside a text (`@`) number
 * format, `=…` is a formula, and so is text starting with `+`, `-` or `@` that is not a number; numbers,
 * percentages, dates, TRUE/FALSE and error literals are converted; a leading apostrophe forces text.
 * Under the `@` format every string is kept as typed. `null`/`undefined` leaves the cell unchanged.
 */
export function writeInput(cell: Cell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.result;
  delete cell.error;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw invalidArgument(`cell input of type ${typeof input}`);
  const s = input;
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s === "") {
    cell.value = "";
    return;
  }
  if (s.startsWith("=") && s.length > 1) {
    cell.value = "";
    cell.formula = s;
    return;
  }
  if (NUMBER.test(s)) {
    cell.value = Number(s);
    return;
  }
  if (/^[+\-@]/.test(s)) {
    cell.value = "";
    cell.formula = s.startsWith("@") ? `=${s.slice(1)}` : `=${s}`;
    return;
  }
  if (PERCENT.test(s)) {
    cell.value = Number(s.replace("%", "")) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  const d = DATE.exec(s);
  if (d) {
    const year = Number(d[3]) < 100 ? 2000 + Number(d[3]) : Number(d[3]);
    cell.value = Math.round((Date.UTC(year, Number(d[1]) - 1, Number(d[2])) - Date.UTC(1899, 11, 30)) / 86400000);
    if (cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === "true";
    return;
  }
  if (ERROR_LITERALS.has(s.toUpperCase())) {
    cell.value = s.toUpperCase();
    cell.error = true;
    return;
  }
  cell.value = s;
}

/**
 * The smallest rect holding every used cell of the sheet (within `within`, when given): cells with a
 * value, or with formatting too unless `valuesOnly`; null when there is none.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | null {
  let r: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    if (!(hasContent(cell) || (!valuesOnly && hasFormatting(cell)))) continue;
    const row = Math.floor(key / MAX_COLUMNS);
    const col = key % MAX_COLUMNS;
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.bottom = Math.max(r.bottom, row);
      r.left = Math.min(r.left, col);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

/** What `values` reads for a cell. */
export function cellValue(cell: Cell | undefined): Scalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.result ?? "";
  return cell.value;
}

export function cellFormula(cell: Cell | undefined): Scalar {
  if (!cell) return "";
  return cell.formula ?? cell.value;
}

export function cellText(cell: Cell | undefined): string {
  const v = cellValue(cell);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function cellValueType(cell: Cell | undefined): string {
  if (cell?.error) return "Error";
  const v = cellValue(cell);
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || cell.value !== "");
}

export function hasFormatting(cell: Cell | undefined): boolean {
  return !!cell && (cell.numberFormat !== "General" || Object.keys(cell.format).length > 0);
}

/** UTF-8 byte length, without Node's Buffer (the double must bundle for a browser). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
