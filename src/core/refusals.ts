/**
 * Grids the reader recognises but does not read (contract §8 v2, "out of scope, refused clearly"), so
 * the planner is told what was found rather than only what was missing: months in another language
 * (Portuguese, French, Italian, German), and plans by quarter or semester with no month column.
 */
import type { CellValue, SheetGrid } from "./grid";
import { HEADER_SEARCH_ROWS, MIN_MONTHS } from "./header";
import { monthCellsOfRow } from "./monthLayout";
import { normalizeText } from "./text";

/** A language the months may be written in that the reader does not read. */
export type ForeignLanguage = "pt" | "fr" | "it" | "de";

export type UnreadGrid =
  | { reason: "FOREIGN_MONTHS"; row: number; language: ForeignLanguage }
  | { reason: "PERIODS_ONLY"; row: number; language?: undefined };

/** Each language's month names and abbreviations, normalised (no accents, lower case); index = month. */
const FOREIGN_MONTHS: Readonly<Record<ForeignLanguage, readonly string[]>> = {
  pt: ["janeiro jan", "fevereiro fev", "marco mar", "abril abr", "maio mai", "junho jun", "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"],
  fr: ["janvier janv", "fevrier fevr fev", "mars", "avril avr", "mai", "juin", "juillet juil", "aout", "septembre sept", "octobre oct", "novembre nov", "decembre dec"],
  it: ["gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug", "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic"],
  de: ["januar jan", "februar feb", "marz mar", "april apr", "mai", "juni jun", "juli jul", "august aug", "september sep", "oktober okt", "november nov", "dezember dez"],
};

const BY_LANGUAGE = Object.entries(FOREIGN_MONTHS).map(([language, months]) => {
  const byName = new Map<string, number>();
  months.forEach((names, m) => names.split(" ").forEach((n) => byName.set(n, m)));
  return { language: language as ForeignLanguage, byName };
});

/** Quarters and semesters as planners head them: `T1`, `Q2`, `Trimestre 3`, `IV Trimestre`, `Primer semestre`, `S2`. */
const PERIOD_WORD = /\b(trimestre|quarter|semestre|semester)\b/;
const SHORT_PERIOD = /^\(?([tqs])\s*([1-4])\)?$/;
const PERIOD_NUMBER: readonly [RegExp, number][] = [
  [/\b(1|i|1er|1ro|primer|primero|first|1st)\b/, 1],
  [/\b(2|ii|2do|segundo|second|2nd)\b/, 2],
  [/\b(3|iii|3er|3ro|tercer|tercero|third|3rd)\b/, 3],
  [/\b(4|iv|4to|cuarto|fourth|4th)\b/, 4],
];

/** `q3`, `trimestre 3`… → `{ kind: "q", n: 3 }`; semesters as `s`. */
function periodOf(value: CellValue): { kind: "q" | "s"; n: number } | null {
  if (typeof value !== "string" || value.length > 40) return null;
  const key = normalizeText(value);
  const short = SHORT_PERIOD.exec(key);
  if (short) return { kind: short[1] === "s" ? "s" : "q", n: Number(short[2]) };
  const word = PERIOD_WORD.exec(key);
  if (!word) return null;
  const kind = word[1].startsWith("s") ? "s" : "q";
  for (const [pattern, n] of PERIOD_NUMBER) if (pattern.test(key.replace(word[0], " "))) return kind === "s" && n > 2 ? null : { kind, n };
  return null;
}

/** What the first rows of a sheet with no month header hold instead, or null. */
export function unreadGrid(sheet: SheetGrid): UnreadGrid | null {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  let periods: UnreadGrid | null = null;
  for (let r = 0; r < limit; r++) {
    const line = sheet.values[r] ?? [];
    // A sheet that has the months somewhere (with no row label) is not a quarterly plan.
    if (monthCellsOfRow(line)) return null;
    const language = foreignMonths(line);
    if (language) return { reason: "FOREIGN_MONTHS", row: r, language };
    if (periods === null && isPeriodRow(line)) periods = { reason: "PERIODS_ONLY", row: r };
  }
  return periods;
}

function foreignMonths(line: readonly CellValue[]): ForeignLanguage | null {
  for (const { language, byName } of BY_LANGUAGE) {
    let seen = 0;
    let count = 0;
    for (const v of line) {
      if (typeof v !== "string" || v.length > 20) continue;
      const m = byName.get(normalizeText(v));
      if (m === undefined || (seen & (1 << m)) !== 0) continue;
      seen |= 1 << m;
      count++;
    }
    if (count >= MIN_MONTHS) return language;
  }
  return null;
}

/** Four quarters, or two semesters, each in its own cell. */
function isPeriodRow(line: readonly CellValue[]): boolean {
  let quarters = 0;
  let semesters = 0;
  for (const v of line) {
    const p = periodOf(v);
    if (!p) continue;
    if (p.kind === "q") quarters |= 1 << p.n;
    else semesters |= 1 << p.n;
  }
  return quarters === 0b11110 || semesters === 0b110;
}
