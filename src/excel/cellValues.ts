import type { CellValue, MergedRange } from "../core/grid";

/**
 * Office.js answers as the core's cell values: error literals as errors, date-formatted numbers as
 * dates, fills as `RRGGBB`, merged-area addresses as ranges; grids padded so they are anchored at A1.
 */

const ERROR_VALUES = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#BUSY!"]);

/** Grids are anchored at A1 (grid.ts): pad a range's offset with empty rows and leading `empty`s. */
export function anchor<T>(rowIndex: number, columnIndex: number, rows: T[][], empty: T): T[][] {
  const lead = new Array<T>(columnIndex).fill(empty);
  const out: T[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push([]);
  for (const line of rows) out.push(columnIndex > 0 ? [...lead, ...line] : line);
  return out;
}

/** A raw value as the core sees it; `format` is its number format when known (dates need it). */
export function toCellValue(v: unknown, format: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return ERROR_VALUES.has(v) ? { error: v } : v;
  if (typeof v === "number") return typeof format === "string" && isDateFormat(format) ? serialToDate(v) : v;
  if (typeof v === "boolean") return v;
  return String(v);
}

/** A number format that shows a date: day, month or year codes outside quotes, brackets and escapes. */
export function isDateFormat(format: string): boolean {
  if (format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dmy]/i.test(bare);
}

/** Excel's serial day (1900 system) to a UTC date. */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

/** Excel gives `#FFFFFF` for no fill as for white: both mean "not marked" (contract §8). */
export function fillColour(colour: unknown): string | null {
  if (typeof colour !== "string") return null;
  const hex = colour.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) && hex !== "FFFFFF" ? hex : null;
}

/** `Plan!A1:B2,Plan!D4` (a RangeAreas address) as 0-based ranges. */
export function parseAreas(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
    if (!m) continue;
    const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const top = Number(m[2]) - 1;
    const left = col(m[1]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left });
  }
  return out;
}
