/**
 * The value a fix's cell held when the report was made, so that a shell repairs a cell only while it
 * still holds that value: a planner's later edit is never overwritten, however wrong it looks.
 */
import { parseCell } from "./address";
import { isCellError, type CellValue, type WorkbookGrid } from "./grid";
import type { Fix, Issue } from "./model";

/**
 * A cell value in the comparable form a `Fix` carries: a date as its ISO string, an error as its
 * literal (`#N/A`), an empty cell as null. Shells put what they read back through the same function.
 */
export function seenValue(value: CellValue | undefined): NonNullable<Fix["seen"]> | null {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) return value.toISOString();
  if (isCellError(value)) return value.error;
  return value;
}

/** Sets `fix.seen` of every issue's fix from the grid the report was made from (sheet names as written). */
export function recordSeenValues(book: WorkbookGrid, issues: Issue[]): void {
  for (const issue of issues) {
    const fix = issue.fix;
    if (!fix) continue;
    const sheet = book.sheets.find((s) => s.name === fix.sheet);
    if (!sheet) continue;
    let at: { row: number; col: number };
    try {
      at = parseCell(fix.cell);
    } catch {
      continue;
    }
    fix.seen = seenValue(sheet.values[at.row]?.[at.col]);
  }
}
