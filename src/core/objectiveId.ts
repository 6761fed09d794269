/**
 * Objective ids as planners write them (contract §5, §8): `OE3`, `oe3`, `OE 3`, `O.E. 3`, the bare
 * number `3`, and an id leading a text: `OE 4: Incrementar…`, `OE4 - …`. The one reading of ids:
 * the reader's mapping, its header search and the pane's template form all ask here.
 */
import { normalizeText } from "./text";

const ID_ALONE = /^(?:o\s*\.?\s*e\s*\.?\s*)?(\d{1,3})\.?$/;
const ID_LEADING = /^o\s*\.?\s*e\s*\.?\s*(\d{1,3})(?:\s*[:.\-–—)]\s*|\s+)\S/;

/**
 * The objective number a cell's text names, or null. With `allowTrailingText`, an `OE` id may be
 * followed by the objective's text; a bare number must stand alone (so "3 talleres" is not OE3).
 */
export function parseObjectiveId(text: string, options: { allowTrailingText: boolean }): number | null {
  const key = normalizeText(text);
  const alone = ID_ALONE.exec(key);
  if (alone) return Number(alone[1]);
  if (options.allowTrailingText) {
    const leading = ID_LEADING.exec(key);
    if (leading) return Number(leading[1]);
  }
  return null;
}

/** The id and its separator at the start of an objective cell, as written (`OE 4: `, `O.E. 4. `, `oe4 - `). */
const LEADING_ID_AS_WRITTEN = /^\s*o\s*\.?\s*e\s*\.?\s*\d{1,3}\s*[:.\-–—)]?\s*/i;

/**
 * An objective cell or line split into its id's number and the text after it (`OE 4: Incrementar…` →
 * 4 and `Incrementar…`; `OE4` or `4` alone → 4 and ""); null when it names no id.
 */
export function splitLeadingId(text: string): { n: number; rest: string } | null {
  const alone = parseObjectiveId(text, { allowTrailingText: false });
  if (alone !== null) return { n: alone, rest: "" };
  const leading = parseObjectiveId(text, { allowTrailingText: true });
  return leading === null ? null : { n: leading, rest: text.replace(LEADING_ID_AS_WRITTEN, "").trim() };
}

/** The id the scaffold writes for objective number `n`: `OE3`. */
export function objectiveIdOf(n: number): string {
  return `OE${n}`;
}

/** A typed id in the scaffold's form (`oe 03`, `O.E. 3`, `3` → `OE3`); null when the text names no id. */
export function canonicalObjectiveId(text: string): string | null {
  const n = parseObjectiveId(text, { allowTrailingText: false });
  return n === null ? null : objectiveIdOf(n);
}
