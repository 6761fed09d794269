import type { SheetNames } from "../core/layout";
import type { Fix, Lang, Objective, PlanTemplate, ValidationOutcome } from "../core/model";

/**
 * What the task pane and the ribbon commands may ask of Excel. The Office.js implementation lives in
 * this folder; the UI takes any `ExcelShell`, so its tests can hand it a fake.
 */

/** Which names the scaffolded sheets get; defined in the core next to the layout that uses it. */
export type { SheetNames };

export interface ScaffoldRequest {
  template: PlanTemplate;
  lang: Lang;
  /** Override of the default names, after the planner chose new ones for a conflict. */
  names?: Partial<SheetNames>;
  /** With seguimiento (contract §9): Realizado and cumplimiento columns, and a `Seguimiento` sheet (by default that name). */
  monitoring?: boolean | { sheet: string };
  /** Called with 0 … 1 while writing. */
  onProgress?: (fraction: number) => void;
}

export type ScaffoldOutcome =
  /** `notes`: one sentence per thing the scaffold left out (print setup on an older Excel…), for the planner. */
  | { ok: true; names: SheetNames; notes?: string[] }
  /** Nothing was written: these sheets exist already, the planner must choose new names or cancel. */
  | { ok: false; conflicts: string[] };

export interface AddMonitoringRequest {
  lang: Lang;
  /** The new sheet's name, after the planner chose another for a conflict (default `Seguimiento`). */
  sheetName?: string;
  /** Called with 0 … 1 while writing. */
  onProgress?: (fraction: number) => void;
}

export type AddMonitoringResult =
  /** `notes`: one sentence per thing left out (print setup on an older Excel…), for the planner. */
  | { ok: true; matrixSheet: string; monitoringSheet: string; notes?: string[] }
  /** Nothing was written: a sheet of that name exists, the planner must choose another name or cancel. */
  | { ok: false; conflicts: string[] }
  /** Nothing was written: why, in the planner's language (no matrix of the add-in's, one already monitored…). */
  | { ok: false; message: string };

/**
 * Features that depend on the planner's Excel version (requirement sets); detected once by
 * `detectCapabilities` (requirements.ts), the one owner of which set each feature needs.
 */
export interface ExcelCapabilities {
  /** ExcelApi 1.7+ (the manifest's minimum): tables, formulas, conditional formats, frozen panes, change events. */
  core: boolean;
  /** ExcelApi 1.8+: data validation (the objective drop-down, month cells that refuse a wrong mark). */
  dataValidation: boolean;
  /** ExcelApi 1.9+: reading fill colours (months marked by colour) and copying formats to new rows. */
  cellProperties: boolean;
  /** ExcelApi 1.9+: print setup (orientation, paper, print titles, footer). */
  pageLayout: boolean;
  /** ExcelApi 1.13+: reading merged areas (a label merged over several rows counts for each). */
  mergedAreas: boolean;
  /** ExcelApi 1.14+: telling our own writes from the planner's (`triggerSource`). */
  changeSource: boolean;
}

/** The core's outcome, plus what the shell could not read (e.g. fill colours on older Excel), for the planner. */
export type ShellValidationOutcome = ValidationOutcome & {
  notes?: string[];
  /** Asked with `monitoring` where the matrix has no Realizado: whether it is the add-in's own (a `TablaPOA…` table), so *Agregar seguimiento* applies. */
  addinMatrix?: boolean;
};

export interface ExcelShell {
  capabilities(): ExcelCapabilities;
  scaffold(request: ScaffoldRequest): Promise<ScaffoldOutcome>;
  /**
   * *Agregar seguimiento*: adds the Realizado and cumplimiento columns to the add-in's matrix (the one on
   * the active sheet, else the only one) and a `Seguimiento` sheet, changing no planner cell.
   */
  addMonitoring(request: AddMonitoringRequest): Promise<AddMonitoringResult>;
  /**
   * Reads the workbook (or the named sheet; by default the sheet the planner is on when it holds a
   * matrix) and runs the core's checks on it. `objectives`: the institution's objectives the planner
   * typed, the catalog where the workbook has none (contract §3 v2 rule 2). `month`: seguimiento's corte
   * the planner picked, 0…12 (§9); else the workbook's corte cell, else the default for today's date.
   * `monitoring`: asked by the Seguimiento view, which then learns `addinMatrix` where there is no Realizado.
   */
  validate(options: { lang: Lang; sheet?: string; objectives?: Objective[]; month?: number; monitoring?: boolean }): Promise<ShellValidationOutcome>;
  /**
   * Reads the sheet the planner is on, whatever its layout, and runs the core's checks on it: the
   * first step of adopting an existing sheet (then `scaffold` copies the plan to new sheets). Only reads.
   */
  readActiveSheet(options: { lang: Lang; objectives?: Objective[] }): Promise<ShellValidationOutcome>;
  /** Activates the sheet and selects the cell, so the planner lands on what to fix. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the fixes' values; a cell that changed since the report is left alone and not counted. */
  applyFixes(fixes: Fix[]): Promise<{ applied: number; skipped: number }>;
  /**
   * Keeps the managed matrix consistent as the planner types (marks to `X`, `N°`, formats on new rows).
   * Returns a function that stops watching.
   */
  watch(options: { lang: Lang; onError: (message: string) => void }): Promise<() => Promise<void>>;
}
