/**
 * The plan's year (§7): a four-digit year in the title rows or the header, else in the sheet's
 * name; null when none. Both findings are kept so §8's YEAR_CONFLICT can compare them.
 *
 * The one range of plan years, for reading and for writing: the reader takes a year only within it
 * (a code such as `1500` or `2200` in a title is no year), and so the CLI, the pane and the ribbon
 * scaffold no year outside it, which the reader would then not see.
 */
import { cellAddress } from "./address";
import type { SheetGrid } from "./grid";
import type { MatrixHeader } from "./header";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Whether a number is a plan year (a whole year in the range). */
export function isPlanYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

/** A plan year as typed (`" 2025 "`), or null when it is not four digits within the range. */
export function parsePlanYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return isPlanYear(year) ? year : null;
}

export interface YearFinding {
  year: number | null;
  /** Year in the title rows or header, with its cell. */
  content: { year: number; cell: string } | null;
  /** Year in the sheet's name. */
  sheetName: number | null;
}

// No lookbehind: older Safari web views (Excel on Mac) reject it at parse time.
const YEAR_IN_TEXT = /(?:^|\D)(\d{4})(?!\d)/g;

export function yearInText(text: string): number | null {
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    const y = Number(m[1]);
    if (isPlanYear(y)) return y;
  }
  return null;
}

export function detectYear(sheet: SheetGrid, header: MatrixHeader): YearFinding {
  const firstHeaderRow = Math.min(header.row, header.resultLabelRow);
  const sheetName = yearInText(sheet.name);
  let content: YearFinding["content"] = null;
  for (let r = 0; r <= header.row && content === null; r++) {
    const line = sheet.values[r] ?? [];
    const inHeader = r >= firstHeaderRow;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      let y: number | null = null;
      if (typeof v === "string") y = yearInText(v);
      // A bare number or a date is only a year where it labels columns, not in the title's prose.
      else if (inHeader && typeof v === "number" && isPlanYear(v)) y = v;
      else if (inHeader && v instanceof Date && !Number.isNaN(v.getTime())) {
        const dy = v.getUTCFullYear();
        if (isPlanYear(dy)) y = dy;
      }
      if (y !== null) {
        content = { year: y, cell: cellAddress(r, c) };
        break;
      }
    }
  }
  return { year: content?.year ?? sheetName, content, sheetName };
}
