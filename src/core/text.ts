/**
 * Text normalisation shared by every reader rule: planners type headers, marks and ids with any case,
 * accents, stray spaces and trailing periods, and the contract (§3, §5, §6) says none of that matters.
 */
import { isCellError, type CellValue } from "./grid";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** `\s` covers every space planners paste: non-breaking, figure and narrow spaces, line breaks, tabs. */
const SPACE_RUNS = /\s+/g;
/** Space to tidy: one at either end, a run, or one that is not a plain space (every `\s` but U+0020). */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const TRAILING_SPACES_AND_PERIODS = /[\s.]+$/;

const BEYOND_ASCII = /[\u0080-\uffff]/;

/** `Éxito` → `Exito`; `ñ` → `n` (so typed-without-accents text matches). */
export function stripAccents(text: string): string {
  // Plain ASCII has no accent to strip: most labels and marks are spared the decomposition.
  return BEYOND_ASCII.test(text) ? text.normalize("NFD").replace(COMBINING_MARKS, "") : text;
}

/** Collapses every run of white space (incl. non-breaking and line breaks) to one space, trimmed. */
export function collapseSpaces(text: string): string {
  // Most cells are tidy already: a test spares building a copy of each.
  return UNTIDY_SPACE.test(text) ? text.replace(SPACE_RUNS, " ").trim() : text;
}

/**
 * The comparison key of a label or a planner's text: lower case, no accents, single spaces,
 * no surrounding space and no trailing period(s). `"  Septiembre. "` → `"septiembre"`.
 */
export function normalizeText(text: string): string {
  const collapsed = collapseSpaces(stripAccents(text).toLowerCase());
  // Collapsed text ends in no space: only a trailing period leaves something to drop.
  return collapsed.endsWith(".") ? collapsed.replace(TRAILING_SPACES_AND_PERIODS, "") : collapsed;
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
  const flat = collapseSpaces(text);
  if (flat.length <= max) return flat;
  // Never end on the first half of a surrogate pair: an emoji cut in two prints as garbage.
  const high = flat.charCodeAt(max - 1);
  const cut = flat.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:]+$/, "")}…`;
}

/** `a, b y c` / `a, b and c`: commas, and `last` (`y`, `and`, `ni`, `or`…) before the last item; one item alone, none empty. */
export function joinList(items: readonly string[], last: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
