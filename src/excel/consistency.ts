import type { CellValue } from "../core/grid";
import { classifyMark, isShareMark } from "../core/marks";
import { unambiguousAmount } from "../core/monitoring/executedText";
import { monthIndex } from "../core/months";
import { isNumberLabel } from "../core/rowLabel";
import { normalizeText } from "../core/text";

/**
 * What keeping the managed matrix consistent means, as pure functions over a snapshot of its table
 * (the shell reads it, applies the writes): marks the planner just typed in a non-standard way become
 * `X`, and `N°` numbers the rows that hold a result or a month. Each function returns only the cells
 * whose content must change, so a second pass over its own result returns nothing (idempotent).
 */

export interface TableSnapshot {
  /** 0-based sheet row and column of the table's top-left (header) cell. */
  top: number;
  left: number;
  /** Header row then body rows, as `formulas` reads them (formula text for formula cells). */
  rows: unknown[][];
}

/** A 0-based rect of sheet cells. */
type SheetRect = { top: number; left: number; bottom: number; right: number };

export interface CellWrite {
  /** 0-based sheet coordinates. */
  row: number;
  col: number;
  value: string | number;
}

export interface MatrixColumns {
  /** 0-based columns within the table. */
  number: number | null;
  result: number | null;
  months: number[];
  /** The Realizado block (seguimiento): the months named a second time (`Ene.` … `Dic.`), all twelve or none. */
  executed: number[];
}

export function matrixColumns(header: unknown[]): MatrixColumns {
  const months: number[] = new Array(12).fill(-1);
  const executed: number[] = new Array(12).fill(-1);
  let number: number | null = null;
  let result: number | null = null;
  header.forEach((h, c) => {
    const text = typeof h === "string" ? normalizeText(h) : "";
    const m = monthIndex(h as CellValue);
    if (m !== null && months[m] === -1) months[m] = c;
    else if (m !== null && executed[m] === -1) executed[m] = c;
    else if (number === null && typeof h === "string" && isNumberLabel(h)) number = c;
    else if (result === null && /^resultados?\b|^results?\b/.test(text)) result = c;
  });
  return { number, result, months: months.filter((c) => c >= 0), executed: executed.every((c) => c >= 0) ? executed : [] };
}

/** Whether a table's header is the scaffolded matrix's: `N°`, a `Resultado` column and the twelve months. */
export function isMatrixHeader(header: unknown[]): boolean {
  const cols = matrixColumns(header);
  return cols.number !== null && cols.result !== null && cols.months.length === 12;
}

function isFormula(v: unknown): boolean {
  return typeof v === "string" && v.startsWith("=");
}

function toCellValue(v: unknown): CellValue {
  return v === "" || v === undefined ? null : (v as CellValue);
}

/**
 * Non-standard marks (`x`, `Sí`, `✓`, ` X `…) inside `changed` (0-based sheet rect) become `X`: exactly
 * those whose fix the core calls safe. A planned share (`0.5`, `50%`) is non-standard too, but `X` would
 * drop the share, so the core asks first (a fix with `safe: false`) and the watch leaves it alone.
 */
export function normaliseMarks(table: TableSnapshot, changed: SheetRect): CellWrite[] {
  const { months } = matrixColumns(table.rows[0] ?? []);
  return typedCells(table, months, changed)
    .filter(({ value }) => classifyMark(value).kind === "nonstandard" && !isShareMark(value))
    .map(({ row, col }) => ({ row, col, value: "X" }));
}

/** The cells of `columns` (within the table) inside `changed` that hold what the planner typed (formula cells aside). */
function typedCells(table: TableSnapshot, columns: number[], changed: SheetRect): { row: number; col: number; value: CellValue }[] {
  const out: { row: number; col: number; value: CellValue }[] = [];
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.top + r;
    if (row < changed.top || row > changed.bottom) continue;
    for (const c of columns) {
      const col = table.left + c;
      if (col < changed.left || col > changed.right) continue;
      const v = table.rows[r][c];
      if (!isFormula(v)) out.push({ row, col, value: toCellValue(v) });
    }
  }
  return out;
}

/**
 * Realizado typed as text inside `changed` becomes the number it plainly is (`3 ` → 3, `2,5` → 2.5);
 * text that could mean two amounts (`1.500`), carries a currency or a unit, or is no number is left as
 * the planner typed it (core/monitoring/executedText.ts). Numbers and formulas are never touched.
 */
export function normaliseExecuted(table: TableSnapshot, changed: SheetRect): CellWrite[] {
  const { executed } = matrixColumns(table.rows[0] ?? []);
  const writes: CellWrite[] = [];
  for (const { row, col, value } of typedCells(table, executed, changed)) {
    const n = unambiguousAmount(value);
    if (n !== null) writes.push({ row, col, value: n });
  }
  return writes;
}

function hasText(v: unknown): boolean {
  return v !== null && v !== undefined && String(v).trim() !== "";
}

/**
 * `N°` counts the rows holding a result or a month mark, 1, 2, 3…; blank rows get no number.
 * Formula cells and cells holding something other than a whole number (a planner's own code such as
 * `1.a`) are never overwritten.
 */
export function renumber(table: TableSnapshot): CellWrite[] {
  const cols = matrixColumns(table.rows[0] ?? []);
  if (cols.number === null) return [];
  const body = table.rows.slice(1);
  const filled = body.map((line) => (cols.result !== null && hasText(line[cols.result])) || cols.months.some((c) => hasText(line[c])));
  return renumberRows(
    body.map((line) => line[cols.number as number]),
    filled,
    { row: table.top + 1, col: table.left + cols.number },
  );
}

function isOurNumber(current: unknown): boolean {
  return current === "" || current === null || current === undefined || (typeof current === "number" && Number.isInteger(current) && current > 0);
}

/**
 * `renumber` over one column: `numbers` are the body's `N°` cells as `formulas` reads them, `filled`
 * says which rows hold a result or a month, `at` is the sheet cell of the first body row's `N°`.
 */
export function renumberRows(numbers: unknown[], filled: boolean[], at: { row: number; col: number }): CellWrite[] {
  const writes: CellWrite[] = [];
  let n = 0;
  numbers.forEach((current, r) => {
    if (filled[r]) n++;
    if (isFormula(current) || !isOurNumber(current)) return;
    const target: number | "" = filled[r] ? n : "";
    if (current !== target && !(target === "" && (current === null || current === undefined))) writes.push({ row: at.row + r, col: at.col, value: target });
  });
  return writes;
}

/**
 * Whether an edit confined to these rows leaves every other row's `N°` as it was: each row already has
 * what numbering gives it (a number when it holds something, nothing when it is empty), so no row
 * started or stopped counting. A formula or a planner's own code in `N°` says nothing: renumber to be sure.
 */
export function numberingUnchanged(numbers: unknown[], filled: boolean[]): boolean {
  return numbers.every((current, r) => {
    if (isFormula(current) || !isOurNumber(current)) return false;
    const blank = current === "" || current === null || current === undefined;
    return filled[r] ? !blank : blank;
  });
}

/** A cell counts as holding something for `N°` unless Excel says it is empty (`valueTypes`). */
export function filledRows(types: unknown[][]): boolean[] {
  return types.map((line) => line.some((t) => t !== "Empty"));
}

/** Groups single-cell writes into vertical runs (same column, consecutive rows) to send fewer operations. */
export function columnRuns(writes: CellWrite[]): { row: number; col: number; values: (string | number)[][] }[] {
  const sorted = [...writes].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { row: number; col: number; values: (string | number)[][] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === w.col && last.row + last.values.length === w.row) last.values.push([w.value]);
    else runs.push({ row: w.row, col: w.col, values: [[w.value]] });
  }
  return runs;
}
