/**
 * Finding a matrix on a sheet by its header (contract §3): the first row within the first 30
 * holding at least ten of the twelve months, each in its own cell; the result column labelled on
 * that row or the row just above it; optionally an objective column found the same way.
 */
import type { SheetGrid } from "./grid";
import { valueAt } from "./merges";
import { monthIndex, monthNumber } from "./months";
import { cellKey, cellText } from "./text";
import { parseObjectiveId } from "./objectiveId";

export const HEADER_SEARCH_ROWS = 30;
export const MIN_MONTHS = 10;

export interface MatrixHeader {
  /** 0-based row holding the month labels; data starts on the next row. */
  row: number;
  /** Column (0-based) of each month 0…11, null when the header lacks it. */
  monthColumns: (number | null)[];
  resultColumn: number;
  /** The row the result label was found on (the header row, or the one above). */
  resultLabelRow: number;
  objectiveColumn: number | null;
}

export type HeaderSearch =
  | { found: true; header: MatrixHeader }
  /** `monthsRow`: a row that had the months but no result column, to say so in the message. */
  | { found: false; monthsRow: number | null };

const RESULT_PREFIXES = ["result"]; // covers Resultado(s), Result(s)
const OBJECTIVE_PREFIXES = ["objetivo", "objective", "oe"];

export function findHeader(sheet: SheetGrid): HeaderSearch {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  let monthsRow: number | null = null;
  for (let r = 0; r < limit; r++) {
    const monthColumns = monthColumnsOfRow(sheet, r);
    if (!monthColumns) continue;
    if (monthsRow === null) monthsRow = r;
    const taken = new Set(monthColumns.filter((c): c is number => c !== null));
    const resultCandidates = labelledColumns(sheet, r, RESULT_PREFIXES, taken);
    if (resultCandidates.length === 0) continue;
    const result = pickByTextCount(sheet, r, resultCandidates);
    taken.add(result.col);
    const objectiveCandidates = labelledColumns(sheet, r, OBJECTIVE_PREFIXES, taken);
    const objectiveColumn = objectiveCandidates.length === 0 ? null : pickObjectiveColumn(sheet, r, objectiveCandidates);
    return {
      found: true,
      header: { row: r, monthColumns, resultColumn: result.col, resultLabelRow: result.row, objectiveColumn },
    };
  }
  return { found: false, monthsRow };
}

/**
 * The month columns of a row when it holds at least ten distinct months (a month seen twice keeps
 * its first column: the planned block comes before the executed one), else null. Falls back to a
 * run of the numbers 1…12 in consecutive cells (§8).
 */
export function monthColumnsOfRow(sheet: SheetGrid, r: number): (number | null)[] | null {
  const line = sheet.values[r] ?? [];
  const columns: (number | null)[] = new Array<number | null>(12).fill(null);
  let count = 0;
  for (let c = 0; c < line.length; c++) {
    const m = monthIndex(line[c] ?? null);
    if (m !== null && columns[m] === null) {
      columns[m] = c;
      count++;
    }
  }
  if (count >= MIN_MONTHS) return columns;
  return numberedMonths(line);
}

function numberedMonths(line: readonly unknown[]): (number | null)[] | null {
  for (let c = 0; c + MIN_MONTHS <= line.length; c++) {
    if (monthNumber(line[c] as never) !== 1) continue;
    const columns: (number | null)[] = new Array<number | null>(12).fill(null);
    let k = 0;
    while (k < 12 && c + k < line.length && monthNumber(line[c + k] as never) === k + 1) {
      columns[k] = c + k;
      k++;
    }
    if (k >= MIN_MONTHS) return columns;
  }
  return null;
}

interface LabelCell {
  row: number;
  col: number;
}

/**
 * Columns whose label on the header row or the row above starts with one of the prefixes. A label
 * in a merged area counts where the area reaches these rows, at the area's left column.
 */
function labelledColumns(sheet: SheetGrid, headerRow: number, prefixes: readonly string[], exclude: ReadonlySet<number>): LabelCell[] {
  const found = new Map<number, LabelCell>();
  for (const r of [headerRow, headerRow - 1]) {
    if (r < 0) continue;
    const width = (sheet.values[r] ?? []).length;
    const check = (labelRow: number, col: number, atRow: number) => {
      if (exclude.has(col) || found.has(col)) return;
      const key = cellKey(valueAt(sheet, labelRow, col));
      if (prefixes.some((p) => key.startsWith(p))) found.set(col, { row: atRow, col });
    };
    for (let c = 0; c < width; c++) check(r, c, r);
    // Labels whose merged area reaches down into this row from higher up.
    for (const m of sheet.merges ?? []) {
      if (m.top >= 0 && m.top < r && m.bottom >= r) check(m.top, m.left, m.top);
    }
  }
  return [...found.values()].sort((a, b) => a.col - b.col);
}

/** Among several result columns, the one holding the most text below the header; ties: leftmost. */
function pickByTextCount(sheet: SheetGrid, headerRow: number, candidates: LabelCell[]): LabelCell {
  if (candidates.length === 1) return candidates[0];
  let best = candidates[0];
  let bestCount = -1;
  for (const cand of candidates) {
    let count = 0;
    for (let r = headerRow + 1; r < sheet.values.length; r++) {
      if (typeof valueAt(sheet, r, cand.col) === "string" && cellText(valueAt(sheet, r, cand.col)) !== "") count++;
    }
    if (count > bestCount) {
      best = cand;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Among several objective columns, the one holding ids (`OE3`, `3`) wins over one holding text
 * (§3); with no data to tell them apart, the leftmost (the scaffold puts the id first).
 */
function pickObjectiveColumn(sheet: SheetGrid, headerRow: number, candidates: LabelCell[]): number {
  if (candidates.length === 1) return candidates[0].col;
  let best = candidates[0].col;
  let bestIds = -1;
  for (const cand of candidates) {
    let ids = 0;
    for (let r = headerRow + 1; r < sheet.values.length; r++) {
      const text = cellText(valueAt(sheet, r, cand.col));
      if (text !== "" && parseObjectiveId(text, { allowTrailingText: false }) !== null) ids++;
    }
    if (ids > bestIds) {
      best = cand.col;
      bestIds = ids;
    }
  }
  return best;
}
