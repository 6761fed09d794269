/**
 * Hierarchy rows (contract §8 v2): where a column names each row's level (`Resultado Institucional`,
 * `Producto Final 1`, `Producto Intermedio 3`, as the Honduran planning form does), the rows the grid
 * plans are those of its most common level among the rows with a month; a row of another level with no
 * month value is a higher level shown for context (a `Producto Final` above its `Producto Intermedio`
 * rows), like a section row: no RESULT_WITHOUT_MONTHS. Each planned row also gets, as its context, the
 * nearest row above it of each other level (its final product, its institutional result).
 */
import { isBlankValue, type SheetGrid } from "./grid";
import type { MatrixHeader } from "./header";
import { LABEL_SAMPLE_ROWS } from "./labelChoice";
import { valueAt } from "./merges";
import { firstMonthColumn } from "./monthLayout";
import type { RowLevel } from "./model";
import type { MatrixRow } from "./readMatrix";
import { levelOfWord } from "./rowLabel";
import { cellText, normalizeText } from "./text";

/** `Producto Intermedio 12`, `Resultado Institucional`, `Meta 2:`: up to four words, the first a level's, then numbering. */
const LEVEL_CELL = /^([a-z]+(?: [a-z]+){0,3}?)\s*(?:\d+(?:\.\d+)*|[ivx]+)?\s*[:.\-)]?$/;

/** A level cell read: the level it names (`producto final`) and that level (output). */
interface LevelCell {
  phrase: string;
  level: RowLevel;
}

/** What a cell names as a level (`Meta 2:` → `meta`, target), or null when it is not such a cell. */
function levelCell(value: unknown): LevelCell | null {
  if (typeof value !== "string" || value.length > 60) return null;
  const key = normalizeText(value);
  const m = LEVEL_CELL.exec(key);
  const level = m ? levelOfWord(m[1].split(" ")[0]) : null;
  return m && level !== null ? { phrase: m[1], level } : null;
}

/** Marks the block's hierarchy rows in place (`hierarchy: true`), and gives each planned row its parents. */
export function markHierarchy(sheet: SheetGrid, header: MatrixHeader, rows: MatrixRow[]): void {
  if (rows.length === 0) return;
  const col = levelColumn(sheet, header, rows);
  if (col === null) return;
  const cells = rows.map((r) => levelCell(valueAt(sheet, r.row, col)));
  const counts = new Map<string, number>();
  rows.forEach((r, i) => {
    const kind = cells[i]?.phrase;
    if (kind !== undefined && r.scheduled) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  let planned: string | null = null;
  let most = 0;
  for (const [kind, n] of counts) {
    if (n > most) {
      planned = kind;
      most = n;
    }
  }
  if (planned === null) return;
  // The nearest row above of each other level, in the order they were met (the latest first when read).
  const above = new Map<string, { row: MatrixRow; label: string; level: RowLevel }>();
  rows.forEach((r, i) => {
    const cell = cells[i];
    if (cell === null) return;
    if (cell.phrase === planned) {
      if (above.size > 0) r.parents = [...above.values()].sort((a, b) => b.row.row - a.row.row);
      return;
    }
    if (r.marks.every((m) => m.kind === "empty") && !r.colorMarks) r.hierarchy = true;
    if (r.text !== "") above.set(cell.phrase, { row: r, label: cellText(valueAt(sheet, r.row, col)), level: cell.level });
  });
}

/**
 * The column left of the months (the label column aside) most of whose filled cells name a level, with
 * at least two levels among them; null when there is none.
 */
function levelColumn(sheet: SheetGrid, header: MatrixHeader, rows: readonly MatrixRow[]): number | null {
  const firstMonth = firstMonthColumn(header.monthColumns);
  const sample = rows.slice(0, LABEL_SAMPLE_ROWS);
  let best: number | null = null;
  let bestCount = 0;
  for (let col = 0; col < firstMonth; col++) {
    if (col === header.resultColumn) continue;
    let filled = 0;
    let named = 0;
    const kinds = new Set<string>();
    for (const r of sample) {
      const v = valueAt(sheet, r.row, col);
      if (isBlankValue(v)) continue;
      filled++;
      const kind = levelCell(v);
      if (kind === null) continue;
      named++;
      kinds.add(kind.phrase);
    }
    if (kinds.size >= 2 && named * 2 > filled && named > bestCount) {
      best = col;
      bestCount = named;
    }
  }
  return best;
}
