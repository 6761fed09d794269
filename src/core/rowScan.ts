/**
 * Looking down a sheet for where a block of rows ends (contract §8 v2), shared by the header's label
 * choice (which judges a column by its block's rows only) and by the blocks themselves: the next row
 * naming the months again (a stacked form's next header), a signature footer after a blank row, and
 * totals rows (`Total`, `Subtotal`), which sum the rows above and are not rows of the plan.
 */
import { isBlankValue, type CellValue, type SheetGrid } from "./grid";
import { classifyMark } from "./marks";
import { MIN_MONTHS, monthCellsOfRow } from "./monthLayout";
import { MONTH_NAMES, monthIndex } from "./months";
import { normalizeText, stripAccents } from "./text";

/**
 * The next row from `from` (up to `limit`, exclusive) that names at least ten months as text (a data
 * row of quantities 1…12 or of dates is not a header), with its month cells. Cells that cannot be a
 * month name (numbers, one-letter marks, long texts) are passed over without normalising them: this
 * runs over every row of a sheet.
 */
export function nextMonthsRow(sheet: SheetGrid, from: number, limit = sheet.values.length): { row: number; cells: number[][] } | null {
  const end = Math.min(limit, sheet.values.length);
  for (let r = from; r < end; r++) {
    const line = sheet.values[r];
    if (!line || !namesMonths(line)) continue;
    const cells = monthCellsOfRow(line);
    if (cells) return { row: r, cells };
  }
  return null;
}

/** The first three letters of every month name (`ene`, `feb`, … `dec`): a cell starting otherwise names no month. */
const MONTH_PREFIXES = new Set(MONTH_NAMES.flatMap((names) => names.map((n) => n.slice(0, 3))));

/** Their first letters, as lower-case char codes: most cells (marks, numbers, long texts) fail this without a copy. */
const MONTH_INITIALS = new Set([...MONTH_PREFIXES].map((p) => p.charCodeAt(0)));

function mayNameMonth(v: string): boolean {
  if (v.length < 3 || v.length > 24) return false;
  let i = 0;
  while (i < v.length && v.charCodeAt(i) <= 32) i++;
  const first = v.charCodeAt(i);
  // A plain ASCII letter that starts no month name: not a month (an accented initial is checked in full).
  if (first < 128 && !MONTH_INITIALS.has(first | 0x20)) return false;
  return MONTH_PREFIXES.has(stripAccents(v.slice(i, i + 3).toLowerCase()));
}

function namesMonths(line: readonly CellValue[]): boolean {
  let seen = 0;
  let count = 0;
  for (const v of line) {
    if (typeof v !== "string" || !mayNameMonth(v)) continue;
    const m = monthIndex(v);
    if (m === null || (seen & (1 << m)) !== 0) continue;
    seen |= 1 << m;
    if (++count >= MIN_MONTHS) return true;
  }
  return false;
}

/** Whether a row holds a value in one of these month cells. */
export function hasMonthValue(line: readonly CellValue[] | undefined, monthColumns: readonly (number | null)[]): boolean {
  if (!line) return false;
  for (const c of monthColumns) if (c !== null && !isBlankValue(line[c])) return true;
  return false;
}

/** The last row in [from, end) with a month value, or `from - 1` when none has one. */
export function lastMonthValueRow(sheet: SheetGrid, monthColumns: readonly (number | null)[], from: number, end: number): number {
  for (let r = Math.min(end, sheet.values.length) - 1; r >= from; r--) if (hasMonthValue(sheet.values[r], monthColumns)) return r;
  return from - 1;
}

/**
 * The last row in [from, end) whose month cells hold a mark (§4: anything but empty or invalid), or
 * `from - 1`. Unlike a month value, a header's title over the months (`PROGRAMACIÓN MENSUAL`) is no
 * mark: this finds a block's last data row before the next header is known.
 */
export function lastMarkedRow(sheet: SheetGrid, monthColumns: readonly (number | null)[], from: number, end: number): number {
  for (let r = Math.min(end, sheet.values.length) - 1; r >= from; r--) {
    const line = sheet.values[r];
    if (!line) continue;
    for (const c of monthColumns) {
      if (c === null || isBlankValue(line[c])) continue;
      if (classifyMark(line[c] ?? null).kind !== "invalid") return r;
    }
  }
  return from - 1;
}

const FOOTER_WORDS = ["firma", "elaborado", "revisado", "aprobado", "autoridad", "responsable:"];

function isBlankRow(line: readonly CellValue[] | undefined): boolean {
  if (!line) return true;
  for (const v of line) if (!isBlankValue(v)) return false;
  return true;
}

function isFooterRow(line: readonly CellValue[] | undefined): boolean {
  if (!line) return false;
  for (const v of line) {
    if (typeof v !== "string") continue;
    if (v.includes("___")) return true;
    const key = normalizeText(v);
    if (FOOTER_WORDS.some((w) => key.includes(w))) return true;
  }
  return false;
}

/**
 * The first row of a signature footer in [from, end): a row after a blank row whose text includes
 * `Firma`, `Elaborado`, `Revisado`, `Aprobado`, `Autoridad`, `Responsable:` or a line of underscores;
 * `end` when there is none.
 */
export function footerRow(sheet: SheetGrid, from: number, end: number): number {
  const last = Math.min(end, sheet.values.length);
  for (let r = Math.max(from, 1); r < last; r++) {
    if (isBlankRow(sheet.values[r - 1]) && isFooterRow(sheet.values[r])) return r;
  }
  return end;
}

const TOTAL_WORDS = new Set(["total", "totales", "subtotal", "sub total", "sub-total", "total general", "gran total", "totals", "grand total"]);

/** `Total`, `Subtotal`, `Total general`…: the label of a totals row. */
export function isTotalWord(text: string): boolean {
  return text.length <= 20 && TOTAL_WORDS.has(normalizeText(text));
}
