/**
 * Month header recognition (contract §3, and the §8 forms a single cell can carry on its own:
 * a name with a year such as `Ene-24` or `Enero 2024`, and a date cell). Month numbers 1…12 only
 * mean months as a run along a row, so they are recognised by the header finder, not here.
 */
import type { CellValue } from "./grid";
import { normalizeText } from "./text";

/** Every accepted spelling, already normalised (lower case, no accents). Index = month 0…11. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ["ene", "enero", "jan", "january"],
  ["feb", "febrero", "february"],
  ["mar", "marzo", "march"],
  ["abr", "abril", "apr", "april"],
  ["may", "mayo"],
  ["jun", "junio", "june"],
  ["jul", "julio", "july"],
  ["ago", "agosto", "aug", "august"],
  ["sep", "sept", "set", "septiembre", "setiembre", "september"],
  ["oct", "octubre", "october"],
  ["nov", "noviembre", "november"],
  ["dic", "diciembre", "dec", "december"],
];

/** Short Spanish and English labels, for messages. */
export const MONTH_LABELS = {
  es: ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
} as const;

const BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => names.forEach((name) => BY_NAME.set(name, index)));

/** `Ene-24`, `Enero 2024`, `ene. 2024`, `Jan/24`, `Sept '24`: a month name then a 2- or 4-digit year. */
const NAME_WITH_YEAR = /^([a-z]+)\.?[\s\-/_.']*'?(\d{2}|\d{4})$/;

/** 0…11 when the cell names a month, else null. */
export function monthIndex(value: CellValue): number | null {
  if (typeof value === "string") return monthOfText(value);
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : value.getUTCMonth();
  }
  return null;
}

function monthOfText(text: string): number | null {
  const key = normalizeText(text);
  if (key.length === 0 || key.length > 20) return null;
  const direct = BY_NAME.get(key);
  if (direct !== undefined) return direct;
  const withYear = NAME_WITH_YEAR.exec(key);
  if (withYear) return BY_NAME.get(withYear[1]) ?? null;
  return null;
}

/** A month number 1…12 written as a whole number or as its text (`3`, `"03"`), else null. */
export function monthNumber(value: CellValue): number | null {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\s*\d{1,2}\s*$/.test(value)) n = Number(value);
  else return null;
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}
