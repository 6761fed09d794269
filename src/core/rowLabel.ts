/**
 * Which header labels name the rows of a matrix (contract §3, widened by §8): `Resultado`, and on
 * real POAs `Actividad`, `Acción`, `Operación`, `Producto`, `Meta`, `Proyecto` and their English
 * forms. The level says which kind of row a label names; the rank says which wins when a header
 * has several (the most specific: the level the months are actually planned on).
 */
import type { RowLevel } from "./model";
import { normalizeText } from "./text";

/**
 * Most specific first (§8): activity, then action/operation, product/output, result, target, project;
 * then a budget line's label (v2: least specific of all, winning only when nothing above matches), and
 * last a column with no label at all (v2, the fallback).
 */
export const LEVEL_RANK: Readonly<Record<RowLevel, number>> = {
  activity: 0,
  action: 1,
  output: 2,
  result: 3,
  target: 4,
  project: 5,
  item: 6,
  row: 7,
};

const WORD_LEVEL = new Map<string, RowLevel>();
const add = (level: RowLevel, words: string) => words.split(" ").forEach((w) => WORD_LEVEL.set(w, level));
add("activity", "actividad actividades activity activities");
add("action", "accion acciones action actions operacion operaciones operation operations");
add("output", "producto productos output outputs");
add("result", "resultado resultados result results");
add("target", "meta metas target targets");
add("project", "proyecto proyectos project projects");
add("item", "item items partida partidas rubro rubros descripcion descripciones description");

/**
 * Headers that merely mention a level without holding the rows' labels: an indicator, a means of
 * verification, a unit, a budget or a date *of* the activity. Matched on the label's first word.
 */
const NOT_A_LABEL_FIRST_WORDS = new Set(
  (
    "indicador indicadores indicator indicators medio medios means unidad unidades unit units responsable responsables " +
    "responsible fuente fuentes source supuesto supuestos assumption assumptions costo costos cost costs presupuesto budget " +
    "monto amount fecha fechas date dates codigo code cod tipo type numero number cantidad quantity total porcentaje " +
    "observacion observaciones comentario comentarios comments nota notas note notes linea baseline objetivo objetivos objective objectives oe " +
    "verificacion evidencia evidence estado status id"
  ).split(" "),
);

/** `6.`, `6)`, `6.1`, `4.PROYECTOS`, `a)`: the numbering planners put before a column's title. */
export const LEADING_NUMBERING = /^(?:\d+(?:\.\d+)*[.)\-:]?|[a-z][.)])\s*/;

/** A header label's words: lower case, no accents, `_` and punctuation as spaces, leading numbering dropped. */
export function labelWords(text: string): string[] {
  const key = normalizeText(text).replace(/_/g, " ");
  const unnumbered = key.replace(LEADING_NUMBERING, "");
  return unnumbered.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** The level a single (normalised) word names: `producto` → output; null for any other word. */
export function levelOfWord(word: string): RowLevel | null {
  return WORD_LEVEL.get(word) ?? null;
}

/** Whether a header label says its column holds something other than the rows' labels (an indicator, a unit, an id…). */
export function isOtherColumnLabel(text: string): boolean {
  const words = labelWords(text);
  return words.length > 0 && NOT_A_LABEL_FIRST_WORDS.has(words[0]);
}

/** The row level a header label names, or null. Among several level words the most specific counts. */
export function rowLevelOfLabel(text: string): RowLevel | null {
  const words = labelWords(text);
  if (words.length === 0 || NOT_A_LABEL_FIRST_WORDS.has(words[0])) return null;
  // A long sentence is a title or an instruction, not a column header.
  if (words.length > 8) return null;
  let best: RowLevel | null = null;
  for (const w of words) {
    const level = WORD_LEVEL.get(w);
    if (level !== undefined && (best === null || LEVEL_RANK[level] < LEVEL_RANK[best])) best = level;
  }
  return best;
}

/**
 * A word of two letters or more (accents aside, and any script beyond ASCII counting as letters): what a
 * code such as `01`, `1.2.3` or `530101` lacks.
 */
const WORD = /[a-z]{2}|[^\x00-\x7f\s\d]{2}/;

/** Whether a label cell's text holds a word, not just a code (§8 v2). */
export function hasWord(text: string): boolean {
  // Most labels hold two plain letters side by side: no need to normalise them.
  return WORD_ASCII.test(text) || WORD.test(normalizeText(text));
}
const WORD_ASCII = /[A-Za-z]{2}/;

/** `N°`, `Nº`, `No.`, `Nro`, `Núm.`, `Número`, `#`, `Item`, `Correlativo`: the numbering column (§8 section rows). */
export function isNumberLabel(text: string): boolean {
  const key = normalizeText(text).replace(/[°º]/g, "°").replace(/\s+/g, "");
  return /^(n°?|no|nro|num|numero|#|item|correlativo)\.?°?$/.test(key);
}
