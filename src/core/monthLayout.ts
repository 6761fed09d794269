/**
 * Where the months sit on a header row (contract §3 and §8): month names, dates or the numbers
 * 1…12 in order; the planned block where the twelve months appear twice (planned, then executed);
 * and the `Programado` sub-column where a month label stands over several sub-columns. Also where the
 * Realizado is (§9): the `Realizado` sub-column under each month, or the second block of twelve months
 * under an executed word.
 */
import type { CellValue, SheetGrid } from "./grid";
import { mergeAt, valueAt } from "./merges";
import { monthIndex, monthNumber } from "./months";
import { labelWords } from "./rowLabel";

export const MIN_MONTHS = 10;

/** The leftmost month column of a header: labels, context and totals stand left of it. */
export function firstMonthColumn(monthColumns: readonly (number | null)[]): number {
  let first = Infinity;
  for (const c of monthColumns) if (c !== null && c < first) first = c;
  return first;
}

/** Sub-column and block labels that say "planned" (§8: `Programado`, `Planificado`, `Prog.`, `planned`). */
const PLANNED_WORDS = new Set(
  (
    "programado programada programados programadas programacion prog planificado planificada planificados planificadas " +
    "planificacion planeado planeada plan planned previsto prevista"
  ).split(" "),
);

/**
 * Sub-column and block labels that say "executed" (§9: `Realizado`, `Ejecutado`, `Ejec.`, `Logrado`,
 * `Avance`, `Real`, `Actual`, `Executed`; over a second block also `advanced`, `ejecución`), with their
 * plural and feminine forms. One list for both places: a sub-column headed `Ejecución` is as clear.
 */
const EXECUTED_WORDS = new Set(
  (
    "realizado realizada realizados realizadas ejecutado ejecutada ejecutados ejecutadas ejec ejecucion logrado lograda " +
    "logrados logradas avance avances real actual executed advanced"
  ).split(" "),
);

/** Words that head a month's sub-column (the first word of the label). */
const SUB_COLUMN_WORDS = new Set([
  ...PLANNED_WORDS,
  ...EXECUTED_WORDS,
  ..."achieved done cumplimiento cumplido logro medio medios verificacion evidencia observacion observaciones seguimiento meta porcentaje p e r".split(" "),
]);

export function isPlannedLabel(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  return labelWords(value).some((w) => PLANNED_WORDS.has(w));
}

/** A block label (any of its words) that says "executed": `Realizado`, `advanced`, `Ejecución mensual`. */
export function isExecutedLabel(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  return labelWords(value).some((w) => EXECUTED_WORDS.has(w));
}

/** A sub-column label whose first word says "executed" (`Realizado`, `Ejec.`), not `Cumplimiento` or `% de avance`. */
function isExecutedSubLabel(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const first = labelWords(value)[0];
  return first !== undefined && EXECUTED_WORDS.has(first);
}

function isSubColumnLabel(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const words = labelWords(value);
  return words.length > 0 && (SUB_COLUMN_WORDS.has(words[0]) || value.trim().startsWith("%"));
}

/**
 * For each month 0…11, every column of the row naming it, left to right. Names and dates first;
 * failing ten of those, the numbers 1…12 in order along the row (other cells may sit between them,
 * as when each month stands over sub-columns, but a number out of order ends the run).
 */
export function monthCellsOfRow(line: readonly CellValue[]): number[][] | null {
  const cells: number[][] = Array.from({ length: 12 }, () => []);
  let distinct = 0;
  for (let c = 0; c < line.length; c++) {
    const m = monthIndex(line[c] ?? null);
    if (m === null) continue;
    if (cells[m].length === 0) distinct++;
    cells[m].push(c);
  }
  if (distinct >= MIN_MONTHS) return cells;
  return numberedMonths(line);
}

function numberedMonths(line: readonly CellValue[]): number[][] | null {
  for (let start = 0; start < line.length; start++) {
    if (monthNumber(line[start] ?? null) !== 1) continue;
    const cells: number[][] = Array.from({ length: 12 }, () => []);
    cells[0].push(start);
    let expected = 2;
    for (let c = start + 1; c < line.length && expected <= 12; c++) {
      const v = line[c] ?? null;
      const n = monthNumber(v);
      if (n === expected) {
        cells[n - 1].push(c);
        expected++;
      } else if (n !== null || typeof v === "number") break;
    }
    if (expected - 1 >= MIN_MONTHS) return cells;
  }
  return null;
}

/**
 * One column per month. Where a month appears more than once, the occurrences form blocks (the
 * first of each month, the second…): the planned block is the first one standing under a
 * `Programado`/`Planificado`/`planned` label in the rows above, else the first block.
 */
export function pickPlannedBlock(sheet: SheetGrid, row: number, cells: number[][]): (number | null)[] {
  const blocks = Math.max(...cells.map((c) => c.length));
  if (blocks <= 1) return cells.map((c) => (c.length > 0 ? c[0] : null));
  for (let b = 0; b < blocks; b++) {
    const cols = cells.map((c) => c[b]).filter((c): c is number => c !== undefined);
    if (cols.length < MIN_MONTHS) continue;
    if (blockUnder(sheet, row, Math.min(...cols), Math.max(...cols), isPlannedLabel)) return cells.map((c) => (c[b] === undefined ? null : c[b]));
  }
  return cells.map((c) => (c.length > 0 ? c[0] : null));
}

/**
 * Where the months appear more than once, the Realizado block (§9): the first block other than the
 * planned one standing under an executed word (`Realizado`, `advanced`, `Ejecución`) in the rows above.
 * Null when there is none: a second block with no such word (another year's plan, a cost per month)
 * is not read as execution.
 */
export function pickExecutedBlock(sheet: SheetGrid, row: number, cells: number[][], planned: readonly (number | null)[]): (number | null)[] | null {
  const blocks = Math.max(...cells.map((c) => c.length));
  for (let b = 0; b < blocks && blocks > 1; b++) {
    const columns = cells.map((c) => (c[b] === undefined ? null : c[b]));
    const cols = columns.filter((c): c is number => c !== null);
    if (cols.length < MIN_MONTHS || columns.every((c, m) => c === planned[m])) continue;
    if (blockUnder(sheet, row, Math.min(...cols), Math.max(...cols), isExecutedLabel)) return columns;
  }
  return null;
}

/** Whether a label passing `test` stands over columns `left`…`right` (its merged area meeting them) in the three rows above `row`. */
function blockUnder(sheet: SheetGrid, row: number, left: number, right: number, test: (value: CellValue) => boolean): boolean {
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    const line = sheet.values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (!test(line[c] ?? null)) continue;
      const area = mergeAt(sheet.merges, r, c);
      const from = area ? area.left : c;
      const to = area ? area.right : c;
      if (to >= left && from <= right) return true;
    }
  }
  return false;
}

export interface MonthSpans {
  /** The column read for each month: its `Programado` sub-column, else its first. */
  columns: (number | null)[];
  /** Each month's columns [from, to], inclusive (a single column where it has no sub-columns). */
  spans: ([number, number] | null)[];
  /** The row of sub-column labels under the months, null when there is none. */
  subRow: number | null;
  /** Each month's `Realizado` sub-column (§9), where at least ten months have one; else null. */
  executed: (number | null)[] | null;
}

/**
 * A month label's span: its merged area where it is merged across, else up to the next month's
 * column (the last month as wide as the others). Where the row below labels sub-columns under
 * most months, the month cell is the planned sub-column, else the first (§8).
 */
export function monthSpans(sheet: SheetGrid, row: number, columns: (number | null)[]): MonthSpans {
  const present = columns.filter((c): c is number => c !== null).sort((a, b) => a - b);
  const spans: ([number, number] | null)[] = columns.map((col) => {
    if (col === null) return null;
    const area = mergeAt(sheet.merges, row, col);
    if (area && area.right > area.left && area.left === col) return [col, area.right];
    const next = present.find((c) => c > col);
    if (next !== undefined) return [col, next - 1];
    return null; // the last month: filled in below
  });
  const widths = spans.filter((s): s is [number, number] => s !== null).map((s) => s[1] - s[0] + 1);
  const usual = widths.length > 0 ? Math.min(...widths) : 1;
  columns.forEach((col, m) => {
    if (col !== null && spans[m] === null) spans[m] = [col, col + usual - 1];
  });
  const multi = spans.filter((s) => s !== null && s[1] > s[0]).length;
  if (multi < MIN_MONTHS / 2 || row + 1 >= sheet.values.length) return { columns, spans: clampSingle(columns, spans, multi), subRow: null, executed: null };

  const sub = row + 1;
  let labelled = 0;
  const executed: (number | null)[] = columns.map(() => null);
  const picked = columns.map((col, m) => {
    const span = spans[m];
    if (col === null || span === null) return col;
    let planned: number | null = null;
    let any = false;
    for (let c = span[0]; c <= span[1]; c++) {
      const v = valueAt(sheet, sub, c);
      if (!isSubColumnLabel(v)) continue;
      any = true;
      if (planned === null && isPlannedLabel(v)) planned = c;
      else if (executed[m] === null && isExecutedSubLabel(v)) executed[m] = c;
    }
    if (any) labelled++;
    const read = planned ?? span[0];
    // The month's first sub-column is its plan when none says `Programado`: never its Realizado too.
    if (executed[m] === read) executed[m] = null;
    return read;
  });
  const present12 = columns.filter((c) => c !== null).length;
  if (labelled * 2 < present12) return { columns, spans, subRow: null, executed: null };
  const withExecuted = executed.filter((c) => c !== null).length;
  return { columns: picked, spans, subRow: sub, executed: withExecuted >= MIN_MONTHS ? executed : null };
}

/** Without sub-columns, a month is its one column (the gaps between months are other columns). */
function clampSingle(columns: (number | null)[], spans: ([number, number] | null)[], multi: number): ([number, number] | null)[] {
  if (multi > 0) return spans;
  return columns.map((c) => (c === null ? null : [c, c]));
}
