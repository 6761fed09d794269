/**
 * Objective ids as planners write them: `OE3`, `oe3`, `OE 3`, `O.E. 3`, the bare number `3`,
 * and (§8) an id leading a text: `OE 4: Incrementar…`, `OE4 - …`.
 */
import { isWhiteSpaceCode, normalizeText } from "./text";

const ID_ALONE = /^(?:o\s*\.?\s*e\s*\.?\s*)?(\d{1,3})\.?$/;
const ID_LEADING = /^o\s*\.?\s*e\s*\.?\s*(\d{1,3})(?:\s*[:.\-–—)]\s*|\s+)\S/;

/**
 * The objective number a cell's text names, or null. With `allowTrailingText`, an `OE` id may be
 * followed by the objective's text; a bare number must stand alone (so "3 talleres" is not OE3).
 */
export function parseObjectiveId(text: string, options: { allowTrailingText: boolean }): number | null {
  // Both forms start with `o` or a digit once normalised: a text starting with any other ASCII
  // character (an objective's wording, a result) is none, without normalising it.
  let i = 0;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  const first = i < text.length ? text.charCodeAt(i) : 0;
  if (first < 0x80 && !(first >= 48 && first <= 57) && first !== 111 && first !== 79) return null;
  // A column repeats a handful of ids down its rows.
  const cache = options.allowTrailingText ? leadingCache : aloneCache;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const n = parse(text, options.allowTrailingText);
  if (cache.size < CACHE_LIMIT) cache.set(text, n);
  return n;
}

const CACHE_LIMIT = 4096;
const aloneCache = new Map<string, number | null>();
const leadingCache = new Map<string, number | null>();

/** The reference definition of `parseObjectiveId` (no shortcut, no cache). */
export function parseObjectiveIdSlow(text: string, options: { allowTrailingText: boolean }): number | null {
  return parse(text, options.allowTrailingText);
}

function parse(text: string, allowTrailingText: boolean): number | null {
  const key = normalizeText(text);
  const alone = ID_ALONE.exec(key);
  if (alone) return Number(alone[1]);
  if (allowTrailingText) {
    const leading = ID_LEADING.exec(key);
    if (leading) return Number(leading[1]);
  }
  return null;
}
