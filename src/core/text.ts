/**
 * Text normalisation shared by every reader rule: planners type headers, marks and ids with
 * any case, accents, stray spaces and trailing periods, and the contract says none of that matters.
 *
 * Speed: a real sheet runs every label, result and objective cell through here, so the usual text
 * (ASCII or Latin letters, single spaces) takes char-code loops and a lookup table; anything else
 * goes through the plain definitions (`normalize("NFD")` and regular expressions), which stay the
 * reference the fast paths are tested against.
 */
import { isCellError, type CellValue } from "./grid";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNTIDY_SPACE = /[\s\u00a0\u2007\u202f]{2}|[\t\n\r\f\v\u00a0\u2007\u202f\u2028\u2029\u1680\u2000-\u200a\u205f\u3000\ufeff]/;

/** Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim` see it. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Code units whose accent-free form is known one at a time: Latin-1, Latin Extended-A/B, the
 * combining diacritics themselves, and general punctuation. Within these, stripping a whole
 * string equals stripping each unit (no unit outside the stripped marks reorders under NFD), which
 * test/core/text.test.ts checks over every pair. Anything else takes `normalize("NFD")`.
 */
function inTable(c: number): boolean {
  return c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x2000 && c < 0x2070);
}
const TABLE_SIZE = 0x2070;
/** Accent-free form of each table unit (undefined outside the table). */
const ACCENT_FREE: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
/** Accent-free, lower-case form of each table unit. */
const FOLDED: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  if (!inTable(c)) continue;
  const stripped = String.fromCharCode(c).normalize("NFD").replace(COMBINING_MARKS, "");
  ACCENT_FREE[c] = stripped;
  FOLDED[c] = stripped.toLowerCase();
}

/** `Éxito` → `Exito`; `ñ` → `n` (so typed-without-accents text matches). */
export function stripAccents(text: string): string {
  const n = text.length;
  let i = 0;
  // Most cells are plain ASCII: nothing to do.
  while (i < n && text.charCodeAt(i) < 0x80) i++;
  if (i === n) return text;
  let out = "";
  let from = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const mapped = c < TABLE_SIZE ? ACCENT_FREE[c] : undefined;
    if (mapped === undefined) return stripAccentsSlow(text);
    if (mapped.length === 1 && mapped.charCodeAt(0) === c) continue;
    out += text.slice(from, i) + mapped;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The reference definition of `stripAccents`. */
export function stripAccentsSlow(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
}

/** Collapses every run of white space (incl. non-breaking and line breaks) to one space, trimmed. */
export function collapseSpaces(text: string): string {
  // Already tidy (the usual case): no white space at either end, only single plain spaces inside.
  const n = text.length;
  let previousSpace = true;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) break;
      previousSpace = true;
    } else if ((c <= 13 || c >= 0xa0) && isWhiteSpaceCode(c)) break;
    else previousSpace = false;
  }
  if (i === n && (!previousSpace || n === 0)) return text;
  return collapseSpacesSlow(text);
}

/** The reference definition of `collapseSpaces`. */
export function collapseSpacesSlow(text: string): string {
  const trimmed = text.trim();
  if (!UNTIDY_SPACE.test(trimmed)) return trimmed;
  return trimmed.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

/**
 * The comparison key of a label or a planner's text: lower case, no accents, single spaces,
 * no surrounding space and no trailing period(s). `"  Septiembre. "` → `"septiembre"`.
 */
export function normalizeText(text: string): string {
  const collapsed = collapseSpaces(stripAccents(text).toLowerCase());
  const last = collapsed.length === 0 ? 0 : collapsed.charCodeAt(collapsed.length - 1);
  // Trailing periods are rare: spare the regular expression otherwise (after collapsing, no trailing space is left).
  return last === 46 ? collapsed.replace(/[\s.]+$/, "") : collapsed;
}

/** The reference definition of `normalizeText`. */
export function normalizeTextSlow(text: string): string {
  return collapseSpacesSlow(stripAccentsSlow(text).toLowerCase()).replace(/[\s.]+$/, "");
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units, kept to 30 bits (a small integer for V8: a cheap Map key). */
function hashString(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}
const HASH_MASK = 0x3fffffff;

/** What `scanText` finds in one pass over a text. */
export interface TextScan {
  /** `normalizedHash(text)`. */
  hash: number;
  /** Whether `collapseSpaces(text) === text` (nothing to trim or collapse). */
  tidy: boolean;
}

/**
 * A 30-bit hash of `normalizeText(text)`, computed without building that key: one pass over the
 * text for the usual (table) characters, the key itself otherwise. Equal keys hash alike; equal
 * hashes need a comparison of the keys (collisions are possible).
 */
export function normalizedHash(text: string): number {
  return scanText(text, SCRATCH).hash;
}
const SCRATCH: TextScan = { hash: 0, tidy: false };

/**
 * `normalizedHash` and whether the text is already tidy, in one pass (a row label is read once):
 * fills and returns `out`, so a caller scanning 100k labels allocates nothing.
 */
export function scanText(text: string, out: TextScan): TextScan {
  let h = FNV_OFFSET;
  // Spaces and periods wait until something else follows: a run of white space is one space, and
  // a trailing run of spaces and periods is dropped. Pending: 0 nothing, 1 one space, 2 `pending`.
  let pendingKind = 0;
  let pending = "";
  let started = false;
  // Tidiness of the text as written: no white space at either end, only single plain spaces inside.
  let tidy = true;
  let previousSpace = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // The usual character: an ASCII letter or digit (or anything from `/` up).
    if (c > 46 && c < 0x80) {
      if (pendingKind === 1) h = Math.imul(h ^ 32, FNV_PRIME);
      else if (pendingKind === 2) for (let j = 0; j < pending.length; j++) h = Math.imul(h ^ pending.charCodeAt(j), FNV_PRIME);
      pendingKind = 0;
      started = true;
      previousSpace = false;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      // The rest of the word, and single spaces between such words, in a tight loop: a space
      // followed by a word character is one key space at once (nothing pending, still tidy).
      while (i + 1 < n) {
        let d = text.charCodeAt(i + 1);
        if (d === 32 && i + 2 < n) {
          const e = text.charCodeAt(i + 2);
          if (e <= 46 || e >= 0x80) break;
          h = Math.imul(h ^ 32, FNV_PRIME);
          d = e;
          i++;
        } else if (d <= 46 || d >= 0x80) break;
        h = Math.imul(h ^ (d >= 65 && d <= 90 ? d + 32 : d), FNV_PRIME);
        i++;
      }
      continue;
    }
    // A plain space between words, the next most usual.
    if (c === 32) {
      if (previousSpace) tidy = false;
      previousSpace = true;
      if (started) {
        if (pendingKind === 0) pendingKind = 1;
        else if (pendingKind === 2 && pending.charCodeAt(pending.length - 1) !== 32) pending += " ";
      }
      continue;
    }
    if (isWhiteSpaceCode(c)) tidy = false;
    else previousSpace = false;
    let folded: string | undefined;
    let code: number;
    if (c < 0x80) {
      code = c >= 65 && c <= 90 ? c + 32 : c;
      folded = undefined;
    } else {
      folded = c < TABLE_SIZE ? FOLDED[c] : undefined;
      if (folded === undefined) {
        out.hash = hashString(normalizeText(text));
        out.tidy = collapseSpaces(text) === text;
        return out;
      }
      if (folded.length === 0) continue;
      code = folded.charCodeAt(0);
    }
    for (let k = 0; ; ) {
      if (isWhiteSpaceCode(code)) {
        if (!started) {
          // leading white space: trimmed
        } else if (pendingKind === 0) pendingKind = 1;
        else if (pendingKind === 2 && pending.charCodeAt(pending.length - 1) !== 32) pending += " ";
      } else if (code === 46) {
        pending = pendingKind === 0 ? "." : pendingKind === 1 ? " ." : pending + ".";
        pendingKind = 2;
        started = true;
      } else {
        if (pendingKind === 1) h = Math.imul(h ^ 32, FNV_PRIME);
        else if (pendingKind === 2) for (let j = 0; j < pending.length; j++) h = Math.imul(h ^ pending.charCodeAt(j), FNV_PRIME);
        pendingKind = 0;
        started = true;
        h = Math.imul(h ^ code, FNV_PRIME);
      }
      if (folded === undefined || ++k >= folded.length) break;
      code = folded.charCodeAt(k);
    }
  }
  out.hash = h & HASH_MASK;
  out.tidy = tidy && (!previousSpace || n === 0);
  return out;
}

/** For tests: the hash of a key, as `normalizedHash` computes it for a text with that key. */
export function keyHash(key: string): number {
  return hashString(key);
}

/** Like `normalizeText` with every space removed: "OE 3" and "oe3" become the same key. */
export function compactKey(text: string): string {
  return normalizeText(text).replace(/ /g, "");
}

/**
 * What a cell shows as text, trimmed, or "" when it holds nothing. Numbers keep their plain
 * form, dates their ISO day, error values their code (`#N/A`), so they can be named in messages.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return collapseSpaces(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return "";
}

/** Normalised text of a cell, for label matching ("" when empty or not text-like). */
export function cellKey(value: CellValue | undefined): string {
  return normalizeText(cellText(value));
}

/** Shortens a planner's text for a message: `"Recursos para el fortalecimiento…"`. */
export function shorten(text: string, max = 40): string {
  return shortenCollapsed(collapseSpaces(text), max);
}

/** `shorten` for a text already through `collapseSpaces` (a row's label): spares a second pass over it. */
export function shortenCollapsed(flat: string, max = 40): string {
  if (flat.length <= max) return flat;
  // Never end on the first half of a surrogate pair: an emoji cut in two prints as garbage.
  const high = flat.charCodeAt(max - 1);
  const cut = flat.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:]+$/, "")}…`;
}
