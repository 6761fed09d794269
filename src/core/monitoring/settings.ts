/**
 * Where a workbook holds its seguimiento settings (contract §9): the corte and the semáforo's two
 * thresholds, "kept in the workbook where the planner can change them". Our `Seguimiento` sheet holds
 * them beside their labels (`Mes de corte (0 a 12)`, `Cumplido desde`, `En riesgo desde`, or the English
 * scaffold's words); they are found by those labels, not by fixed addresses, so a planner who moves them,
 * renames the sheet or keeps them on another sheet is still read. The value is the cell right of its label
 * (past the label's merged area).
 *
 * Decisions (docs/behaviour.md, Seguimiento):
 * - Labels are looked for in the first 30 rows and 10 columns of every sheet, workbook order; the first
 *   sheet holding any of them is the one read.
 * - Thresholds are ratios (100 % = 1): valid when both are numbers with 0 ≤ *en riesgo* ≤ *cumplido* ≤ 5
 *   (the sheet's own rule allows 0 % to 500 %). Anything else: the defaults, and a note saying why.
 * - The corte cell: a whole month 0…12 typed in it is the corte; a formula reading today's date (the
 *   scaffold's default) or an empty cell means §9's default; anything else, the default and a note.
 */
import { cellAddress } from "../address";
import type { CellRect, CellValue, SheetGrid, WorkbookGrid } from "../grid";
import { mergeAt } from "../merges";
import { cellKey } from "../text";
import { isCorte } from "./corte";
import { DEFAULT_THRESHOLDS, type SemaforoThresholds } from "./semaforo";

const SEARCH_ROWS = 30;
const SEARCH_COLUMNS = 10;
/** The highest threshold a workbook may hold (500 %), here and in the Seguimiento sheet's validation. */
export const MAX_THRESHOLD = 5;

/**
 * The cells a shell must fetch of each sheet for the settings to be found as here: the labels' rows and
 * columns, and two columns more for the value beside a label in the last one (past a two-column merge
 * when merged areas are unknown). A label merged wider puts its value outside: `findSettings` on what was
 * read still names that cell, for the shell to fetch alone.
 */
export const SETTINGS_REGION: Readonly<CellRect> = { top: 0, left: 0, bottom: SEARCH_ROWS - 1, right: SEARCH_COLUMNS + 1 };

/** A formula that reads today's date (`TODAY()`, `NOW()`): its value is not a month the planner typed. */
export function readsToday(formula: string): boolean {
  return /\b(?:TODAY|NOW)\s*\(/i.test(formula);
}

/** Label starts, after normalising (case, accents, spacing), in both languages of the scaffold. */
const LABELS = {
  corte: ["mes de corte", "cut-off month", "cutoff month", "cut off month"],
  cumplido: ["cumplido desde", "achieved from"],
  enRiesgo: ["en riesgo desde", "at risk from"],
} as const;

type Setting = keyof typeof LABELS;

/** A setting's cell: its sheet, A1 address and value, and whether a formula computes it from today's date. */
export interface SettingCell {
  sheet: string;
  cell: string;
  value: CellValue;
  fromToday: boolean;
}

export type WorkbookSettings = Partial<Record<Setting, SettingCell>>;

function settingOfLabel(value: CellValue): Setting | null {
  if (typeof value !== "string") return null;
  const key = cellKey(value);
  for (const setting of Object.keys(LABELS) as Setting[]) if (LABELS[setting].some((start) => key.startsWith(start))) return setting;
  return null;
}

/**
 * The cell right of the label at (`row`, `col`), past its merged area. Where the shell could not read
 * merged areas (`merges` absent: Excel before ExcelApi 1.13), a label merged over two columns shows an
 * empty cell beside it: the next cell is then taken when it holds something.
 */
function valueBeside(sheet: SheetGrid, row: number, col: number): { col: number; value: CellValue } {
  const line = sheet.values[row] ?? [];
  const at = (c: number): CellValue => {
    const v = line[c] ?? null;
    return typeof v === "string" && v.trim() === "" ? null : v;
  };
  const next = (mergeAt(sheet.merges, row, col)?.right ?? col) + 1;
  if (sheet.merges === undefined && at(next) === null && at(next + 1) !== null) return { col: next + 1, value: at(next + 1) };
  return { col: next, value: at(next) };
}

function settingsOn(sheet: SheetGrid): WorkbookSettings {
  const found: WorkbookSettings = {};
  const today = new Set((sheet.todayFormulas ?? []).map(([r, c]) => `${r}:${c}`));
  for (let r = 0; r < Math.min(SEARCH_ROWS, sheet.values.length); r++) {
    const line = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(SEARCH_COLUMNS, line.length); c++) {
      const setting = settingOfLabel(line[c] ?? null);
      if (setting === null || found[setting]) continue;
      const beside = valueBeside(sheet, r, c);
      found[setting] = { sheet: sheet.name, cell: cellAddress(r, beside.col), value: beside.value, fromToday: today.has(`${r}:${beside.col}`) };
    }
  }
  return found;
}

/** The settings of the first sheet (workbook order) that holds any; none found is `{}`. */
export function findSettings(book: WorkbookGrid): WorkbookSettings {
  for (const sheet of book.sheets) {
    const found = settingsOn(sheet);
    if (Object.keys(found).length > 0) return found;
  }
  return {};
}

/** Why a setting was not used: the note the report carries. */
export type SettingProblem = { kind: "thresholds"; cells: SettingCell[] } | { kind: "corte"; cell: SettingCell };

export interface ResolvedThresholds {
  thresholds: SemaforoThresholds;
  /** Where they came from: the workbook's cells, or the defaults. */
  source: "workbook" | "default";
  problem?: SettingProblem;
}

/** The workbook's thresholds where both are found and valid; else the defaults (with the problem where they were found and wrong). */
export function resolveThresholds(settings: WorkbookSettings): ResolvedThresholds {
  const { cumplido, enRiesgo } = settings;
  if (!cumplido && !enRiesgo) return { thresholds: { ...DEFAULT_THRESHOLDS }, source: "default" };
  const c = cumplido?.value;
  const e = enRiesgo?.value;
  if (typeof c === "number" && typeof e === "number" && Number.isFinite(c) && Number.isFinite(e) && e >= 0 && e <= c && c <= MAX_THRESHOLD) {
    return { thresholds: { cumplido: c, enRiesgo: e }, source: "workbook" };
  }
  const cells = [cumplido, enRiesgo].filter((s): s is SettingCell => s !== undefined);
  return { thresholds: { ...DEFAULT_THRESHOLDS }, source: "default", problem: { kind: "thresholds", cells } };
}

/** The month typed in the workbook's corte cell; null for §9's default (no cell, empty, a formula of today's date), with the problem where it holds something else. */
export function workbookCorte(settings: WorkbookSettings): { corte: number | null; cell?: SettingCell; problem?: SettingProblem } {
  const cell = settings.corte;
  if (!cell || cell.fromToday || cell.value === null) return { corte: null };
  if (isCorte(cell.value)) return { corte: cell.value, cell };
  return { corte: null, problem: { kind: "corte", cell } };
}
