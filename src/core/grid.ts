/**
 * What every shell hands the core: the cell values of a workbook, as plain data.
 * Anchored at A1 so that grid indices are sheet coordinates: values[r][c] is the cell at
 * row r + 1, column c + 1. Rows may be ragged or shorter than the sheet; a missing cell is null.
 */

/** An error value such as `#N/A` or `#REF!`, kept apart from text that merely looks like one. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive; the value sits in its top-left cell. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rectangle of cells, 0-based and inclusive: where the core reads something (fill colours). */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Hidden (or very hidden) in the workbook: read only after every visible sheet (contract §3 v2). Absent: visible. */
  hidden?: boolean;
  values: CellValue[][];
  merges?: MergedRange[];
  /**
   * Solid fill colour of each cell as `RRGGBB` (upper case), null for none. Same indexing as
   * `values`; absent when the shell could not read fills (contract §8, colour as a mark).
   */
  fills?: (string | null)[][];
  /**
   * Cells (0-based `[row, col]`) whose formula reads today's date (`TODAY()`, `NOW()`): their value is
   * not one the planner typed, and may be stale (the CLI gives what the file was last saved with; Excel
   * under manual calculation, the last recalculation's). The seguimiento corte cell's default formula is
   * one (contract §9): the core then computes that default itself, with the shell's date, and reports
   * it as the default. Both shells fill it.
   */
  todayFormulas?: [number, number][];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** Whether a cell holds nothing a planner typed: empty, or only spaces. */
export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as CellError).error === "string";
}
