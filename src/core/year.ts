/**
 * The plan's year (§7): a four-digit year in the title rows or the header, else in the sheet's
 * name; null when none. Both findings are kept so §8's YEAR_CONFLICT can compare them.
 */
import { cellAddress } from "./address";
import type { SheetGrid } from "./grid";
import type { MatrixHeader } from "./header";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

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
    if (y >= MIN_YEAR && y <= MAX_YEAR) return y;
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
      else if (inHeader && typeof v === "number" && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) y = v;
      else if (inHeader && v instanceof Date && !Number.isNaN(v.getTime())) {
        const dy = v.getUTCFullYear();
        if (dy >= MIN_YEAR && dy <= MAX_YEAR) y = dy;
      }
      if (y !== null) {
        content = { year: y, cell: cellAddress(r, c) };
        break;
      }
    }
  }
  return { year: content?.year ?? sheetName, content, sheetName };
}
