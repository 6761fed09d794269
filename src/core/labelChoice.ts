/**
 * Which column labels a matrix's rows (contract §8, v2): among the header's level labels left of the
 * months, the most specific (activity … project, then a budget line's `Ítem`/`Partida`/`Rubro`/
 * `Descripción`), and among equals the column holding the most text; a column whose cells are bare
 * codes (`01`, `1.2.3`, `530101`) never wins while a column with words exists, and stays as context;
 * with no level label holding words, the column with the most text left of the months, level `row`.
 */
import type { SheetGrid } from "./grid";
import type { ContextColumn } from "./header";
import { valueAt } from "./merges";
import { firstMonthColumn } from "./monthLayout";
import type { RowLevel } from "./model";
import { hasWord, isOtherColumnLabel, LEVEL_RANK } from "./rowLabel";
import { isTotalWord } from "./rowScan";
import { cellText } from "./text";

/** A header cell that labels a column: with the level it names, or as an objective or `N°` column. */
export interface LabelCell {
  row: number;
  col: number;
  text: string;
  level: RowLevel | null;
  objective: boolean;
  number: boolean;
}

export interface ChosenLabel {
  col: number;
  /** The row the label was found on (the header row for the `row` fallback). */
  row: number;
  level: RowLevel;
  /** The other level columns (less specific ones, code columns), most specific first. */
  context: ContextColumn[];
}

export interface LabelSearch {
  /** The months' row, and the first data row below the header. */
  row: number;
  dataRow: number;
  /** The row after the block's rows looked at (exclusive): at most LABEL_SAMPLE_ROWS below `dataRow`. */
  sampleEnd: number;
  monthColumns: readonly (number | null)[];
  /** The header's labelled columns. */
  candidates: readonly LabelCell[];
  /** The months' own columns (and sub-columns): never a label. */
  taken: ReadonlySet<number>;
  /** The rows a header label may stand on. */
  labelRows: readonly number[];
}

/**
 * Rows looked at below a header to tell words from codes and to count text: enough to judge a column,
 * and bounded, so the choice costs the same on a sheet of 100 rows and of 100,000.
 */
export const LABEL_SAMPLE_ROWS = 1000;

/** What a column holds in the sampled rows: cells with something, and cells with a word. */
interface ColumnText {
  filled: number;
  words: number;
}

/** Bare codes: no word of two letters or more in nine cells of ten (an empty column is not one). */
function isCodeColumn(t: ColumnText): boolean {
  return t.filled > 0 && t.words * 10 <= t.filled;
}

export function chooseLabel(sheet: SheetGrid, search: LabelSearch): ChosenLabel | null {
  const firstMonth = firstMonthColumn(search.monthColumns);
  const textOf = (col: number) => columnText(sheet, col, search.dataRow, search.sampleEnd);
  // A label right of the months heads a summary (a count of results, a status), not the rows.
  const levelled = search.candidates.filter((c): c is LabelCell & { level: RowLevel } => c.level !== null && c.col < firstMonth);
  const texts = new Map(levelled.map((c) => [c.col, textOf(c.col)] as const));
  const worded = levelled.filter((c) => !isCodeColumn(texts.get(c.col)!));

  let chosen: { col: number; row: number; level: RowLevel } | null = null;
  if (worded.length > 0) {
    const bestRank = Math.min(...worded.map((c) => LEVEL_RANK[c.level]));
    let bestWords = -1;
    for (const c of worded) {
      if (LEVEL_RANK[c.level] !== bestRank) continue;
      const words = texts.get(c.col)!.words;
      if (words > bestWords) {
        chosen = c;
        bestWords = words;
      }
    }
  } else {
    const fallback = mostTextColumn(sheet, search, firstMonth, textOf);
    if (fallback !== null) chosen = { col: fallback, row: search.row, level: "row" };
    else if (levelled.length > 0) {
      // Codes everywhere and no column with words: the most specific code column is all there is.
      chosen = [...levelled].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.col - b.col)[0];
    }
  }
  if (chosen === null) return null;
  const col = chosen.col;
  const context = levelled
    .filter((c) => c.col !== col)
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.col - b.col)
    .map((c) => ({ col: c.col, level: c.level, label: c.text }));
  return { col, row: chosen.row, level: chosen.level, context };
}

/**
 * With no level label holding words (§8 v2): the column left of the months with the most cells holding
 * a word, leaving out the months, the objective and `N°` columns, and columns whose header says they
 * hold something else (an indicator, a unit, an id…); null when no column holds a word.
 */
function mostTextColumn(sheet: SheetGrid, search: LabelSearch, firstMonth: number, textOf: (col: number) => ColumnText): number | null {
  const excluded = new Set<number>(search.taken);
  for (const c of search.candidates) if (c.objective || c.number || c.level !== null) excluded.add(c.col);
  let best: number | null = null;
  let bestWords = 0;
  for (let col = 0; col < firstMonth; col++) {
    if (excluded.has(col) || search.labelRows.some((r) => r >= 0 && isOtherColumnLabel(cellText(valueAt(sheet, r, col))))) continue;
    const words = textOf(col).words;
    if (words > bestWords) {
      best = col;
      bestWords = words;
    }
  }
  return best;
}

function columnText(sheet: SheetGrid, col: number, from: number, end: number): ColumnText {
  let filled = 0;
  let words = 0;
  for (let r = from; r < end; r++) {
    const v = valueAt(sheet, r, col);
    if (v === null) continue;
    const text = typeof v === "string" ? v : cellText(v);
    // A totals row's `TOTAL` is no row's label: it says nothing of what the column holds.
    if (text.trim() === "" || isTotalWord(text)) continue;
    filled++;
    if (typeof v === "string" && hasWord(text)) words++;
  }
  return { filled, words };
}
