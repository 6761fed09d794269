/**
 * A number stored as text (contract §4 v2): what `10,000.00 `, `1.500`, `$ 250`, `Bs 980,50` or `50 %`
 * mean, and where a text is a quantity followed by its unit (`2,000 libros producidos`, `25% de la obra`).
 * One owner for every rule that reads a planner's typed amount: month marks (`marks.ts`) and, later,
 * monitoring's Realizado values.
 *
 * Decisions where the contract is silent:
 * - Separators. `.` and `,` each serve as thousands or decimal separator (El Salvador writes
 *   `1,500.50`, Bolivia `1.500,50`). Where both appear, the last one is the decimal separator. Where one
 *   appears once, followed by exactly three digits, after one to three digits that don't start with 0,
 *   it groups thousands (`1.500` and `1,500` are 1500: nobody plans an amount to the thousandth);
 *   otherwise it is the decimal separator (`1,5`, `980,50`, `0.500`, `1234.5`, `.5`). Appearing more
 *   than once it groups thousands (`1.500.000`). Groups must have three digits, or the text is no number.
 *   A space (ordinary, no-break or thin) also groups thousands: `10 000`.
 * - Currency. A sign (`$ € ₡ ¢ £`) may touch the number or stand one space away, before or after it. A
 *   currency written with letters (`Bs`, `Bs.`, `US$`, `Q`, `L`, `S/`, `C$`, `RD$`, ISO codes such as
 *   `USD`) is set off by a space (`Bs 980,50`, `980,50 Bs`): `Bs980` is no number. Keeping letters
 *   apart lets the sheet's own validation formula (layout.ts) accept every amount this module accepts.
 * - A leading `-` makes the number negative (callers decide what a negative amount means; `-0` keeps
 *   its sign); `+`, brackets and exponents are not read.
 * - A percentage is its fraction: `50%` is 0.5 with `percent` set.
 */
import { collapseSpaces } from "./text";

export interface NumberText {
  value: number;
  /** Written with `%`; `value` is then the fraction (`50%` → 0.5). */
  percent: boolean;
}

export interface QuantityText extends NumberText {
  /** The words after the number, as written (`libros producidos`, `de la obra`). */
  unit: string;
}

/** Currency signs that may touch the number (the sheet's validation formula starts an amount with them too). */
export const CURRENCY_SIGNS: readonly string[] = ["$", "€", "₡", "¢", "£"];
const CURRENCY_SIGN_SET = new Set(CURRENCY_SIGNS);

/** Currencies written with letters (compared in lower case): always one space away from the number. */
const CURRENCY_WORDS = new Set(
  (
    "bs bs. $us us$ c$ rd$ mx$ s/ s/. q l " +
    "usd eur bob clp cop crc dop gtq hnl mxn nio pab pen pyg uyu ves ars"
  ).split(" "),
);

/** Longest number part worth trying in a quantity: grouped digits with a currency never run longer. */
const MAX_NUMBER_CHARS = 40;

/** A text that is a number and nothing else (currency and `%` aside); null otherwise. */
export function parseNumberText(text: string): NumberText | null {
  let t = collapseSpaces(text);
  if (t.length === 0) return null;
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  }
  const body = withoutCurrency(t);
  if (body === null || (percent && body !== t)) return null;
  let sign = 1;
  let digits = body;
  if (digits.startsWith("-")) {
    sign = -1;
    digits = digits.slice(1).trimStart();
  }
  const n = parseDigits(digits);
  if (n === null) return null;
  // `-0` keeps its sign: the planner typed a minus, which callers may refuse.
  const value = sign * n;
  return { value: percent ? value / 100 : value, percent };
}

/** An amount as a planner types it: a number alone (`1.500`, `50 %`), else a quantity with its unit (`2,000 libros`). */
export function parseAmountText(text: string): NumberText | null {
  return parseNumberText(text) ?? parseQuantityText(text);
}

/**
 * Whether a text is one separator before exactly three digits, after one to three digits that don't
 * start with 0 (`1.500`, `1,500`): read as thousands (above), though whoever typed it may have meant
 * a decimal part.
 */
export function isAmbiguousSeparator(text: string): boolean {
  return AMBIGUOUS_SEPARATOR.test(text);
}

const AMBIGUOUS_SEPARATOR = /^[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * A number followed by words: `2,000 libros producidos`, `25% de la obra`, `$ 250 en materiales`.
 * The words must hold a letter (`15 / 03` is no quantity). The longest number part wins
 * (`2 000 libros` is 2000 books).
 */
export function parseQuantityText(text: string): QuantityText | null {
  const t = collapseSpaces(text);
  const limit = Math.min(t.length, MAX_NUMBER_CHARS + 1);
  for (let i = t.lastIndexOf(" ", limit); i > 0; i = t.lastIndexOf(" ", i - 1)) {
    const unit = t.slice(i + 1);
    if (!hasLetter(unit)) continue;
    const n = parseNumberText(t.slice(0, i));
    if (n !== null) return { ...n, unit };
  }
  return null;
}

/**
 * Whether a text holds a letter: a character with an upper and a lower case (any Latin, Greek or
 * Cyrillic letter). Not `\p{L}`, which the pane's bundle would spell out as a table of every letter.
 */
function hasLetter(text: string): boolean {
  for (const ch of text) if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  return false;
}

/** The text without its currency (before or after the number); null when a currency is written wrong. */
function withoutCurrency(t: string): string | null {
  const first = t[0];
  if (CURRENCY_SIGN_SET.has(first)) return t.slice(1).trimStart();
  const last = t[t.length - 1];
  if (CURRENCY_SIGN_SET.has(last)) return t.slice(0, -1).trimEnd();
  const space = t.indexOf(" ");
  if (space > 0 && CURRENCY_WORDS.has(t.slice(0, space).toLowerCase())) return t.slice(space + 1);
  const lastSpace = t.lastIndexOf(" ");
  if (lastSpace > 0 && CURRENCY_WORDS.has(t.slice(lastSpace + 1).toLowerCase())) return t.slice(0, lastSpace);
  return t;
}

const DIGITS = /^\d+$/;

/** Digits with `.`/`,`/space separators, as decided above; null when they don't form one number. */
function parseDigits(s: string): number | null {
  if (s.length === 0) return null;
  if (s.includes(" ")) {
    // Space-grouped thousands, then maybe a decimal part: `10 000`, `10 000,50`.
    const m = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(s);
    if (!m) return null;
    return Number(m[1].replace(/ /g, "") + (m[2] ? `.${m[2]}` : ""));
  }
  const dots = count(s, ".");
  const commas = count(s, ",");
  if (dots === 0 && commas === 0) return DIGITS.test(s) ? Number(s) : null;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const at = s.lastIndexOf(decimal);
    if (count(s, decimal) !== 1) return null;
    const whole = grouped(s.slice(0, at), thousands);
    const fraction = s.slice(at + 1);
    return whole !== null && DIGITS.test(fraction) ? Number(`${whole}.${fraction}`) : null;
  }
  const sep = dots > 0 ? "." : ",";
  if (count(s, sep) > 1) {
    const whole = grouped(s, sep);
    return whole === null ? null : Number(whole);
  }
  const at = s.indexOf(sep);
  const whole = s.slice(0, at);
  const fraction = s.slice(at + 1);
  if (!DIGITS.test(fraction) || (whole !== "" && !DIGITS.test(whole))) return null;
  if (isAmbiguousSeparator(s)) return Number(whole + fraction);
  return Number(`${whole || "0"}.${fraction}`);
}

/** `1.500.000` with `.` → `1500000`; null unless every group after the first has three digits. */
function grouped(s: string, sep: string): string | null {
  const parts = s.split(sep);
  if (!/^\d{1,3}$/.test(parts[0])) return parts.length === 1 && DIGITS.test(parts[0]) ? parts[0] : null;
  for (let i = 1; i < parts.length; i++) if (!/^\d{3}$/.test(parts[i])) return null;
  return parts.join("");
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
