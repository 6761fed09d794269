/**
 * Seguimiento of a located matrix (contract §9): where its blocks have Realizado cells, the rows' plan
 * (P) and execution (R) as read from the sheet, the corte and thresholds (given, the workbook's, or the
 * defaults), and `monitoringReport`'s figures and checks over them. validate.ts merges the result into
 * the report; a matrix with no Realizado cells gets none of it (§9: only where the sheet has them).
 *
 * Decisions (docs/behaviour.md, Seguimiento): higher-level rows (§8 v2 hierarchy) are context, not
 * monitored; in a stacked form, only the rows of blocks with Realizado cells are; a month whose Realizado
 * column the header lacks is read as blank and raises nothing there.
 */
import { cellAddress } from "../address";
import type { MappedRow } from "../checks";
import type { WorkbookGrid } from "../grid";
import type { Lang, RowLevel } from "../model";
import { resolveCorte, type Today } from "./corte";
import { classifyExecuted, type ExecutedValue } from "./executed";
import type { MonitoredRow } from "./executionChecks";
import { monitoringReport, type MonitoringReport } from "./monitoringReport";
import { settingNote, type CorteSource } from "./monitoringWords";
import { plannedQuantity } from "./planned";
import { findSettings, resolveThresholds, workbookCorte } from "./settings";
import type { SemaforoThresholds } from "./semaforo";

export interface MatrixMonitoringInput {
  book: WorkbookGrid;
  sheet: string;
  /** The report's rows, in the order of its `results`. */
  rows: readonly MappedRow[];
  /** The catalog's objective ids, in the report's order. */
  objectives: readonly string[];
  lang: Lang;
  level?: RowLevel;
  year: number | null;
  /** The corte the planner gives (`--month`, the pane's picker), 0…12. */
  month?: number;
  /** The planner's local date, from the shell; without it (and with no corte given or typed) the whole year is due. */
  today?: Today;
}

export interface MatrixMonitoring extends MonitoringReport {
  /** For each input row, its index in `rows` of the report, or -1 where it is not monitored. */
  indexOf: number[];
  corteSource: CorteSource;
  thresholds: SemaforoThresholds;
  /** Planner-facing notes: a workbook setting that could not be used, and what was used instead. */
  notes: string[];
}

const BLANK: ExecutedValue = { kind: "blank" };

function monitoredRow(r: MappedRow): MonitoredRow | null {
  const columns = r.header.executedColumns;
  if (columns === null || r.hierarchy) return null;
  const planned: number[] = [];
  const executed: ExecutedValue[] = [];
  const cells: (string | null)[] = [];
  for (let m = 0; m < 12; m++) {
    const monthCol = r.header.monthColumns[m];
    planned.push(plannedQuantity(monthCol === null ? null : (r.cells[monthCol] ?? null), r.months[m]));
    const col = columns[m];
    executed.push(col === null ? BLANK : classifyExecuted(r.cells[col] ?? null));
    cells.push(col === null ? null : cellAddress(r.row, col));
  }
  return { row: r.row + 1, cell: cellAddress(r.row, r.header.resultColumn), text: r.text, objective: r.mapping?.objective ?? null, planned, executed, executedCells: cells };
}

/** Seguimiento of the matrix's rows; null where no block has Realizado cells. */
export function matrixMonitoring(input: MatrixMonitoringInput): MatrixMonitoring | null {
  if (!input.rows.some((r) => r.header.executedColumns !== null)) return null;
  const monitored: MonitoredRow[] = [];
  const indexOf = input.rows.map((r) => {
    const row = monitoredRow(r);
    if (row === null) return -1;
    monitored.push(row);
    return monitored.length - 1;
  });

  const settings = findSettings(input.book);
  const thresholds = resolveThresholds(settings);
  const typed = workbookCorte(settings);
  // No date from the shell: the whole year is due (a caller that wants a corte gives one).
  const fallback = resolveCorte(undefined, input.year, input.today);
  let corte = fallback;
  let corteSource: CorteSource = "default";
  if (input.month !== undefined) {
    corte = resolveCorte(input.month, input.year, input.today);
    corteSource = "given";
  } else if (typed.corte !== null) {
    corte = typed.corte;
    corteSource = "workbook";
  }
  const notes: string[] = [];
  // A corte given by the planner makes the cell's content moot: no note about it then.
  if (typed.problem && corteSource !== "given") notes.push(settingNote(input.lang, typed.problem, fallback));
  if (thresholds.problem) notes.push(settingNote(input.lang, thresholds.problem, fallback));

  const report = monitoringReport({
    sheet: input.sheet,
    lang: input.lang,
    level: input.level,
    corte,
    thresholds: thresholds.thresholds,
    objectives: input.objectives,
    rows: monitored,
  });
  return { ...report, indexOf, corteSource, thresholds: thresholds.thresholds, notes };
}
