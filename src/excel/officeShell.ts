import { escoTemplate } from "../core/escoTemplate";
import { recordSeenValues } from "../core/fixSeen";
import { defaultSheetNames, scaffoldLayout } from "../core/layout";
import type { Today } from "../core/monitoring/corte";
import type { Fix, Lang, Objective } from "../core/model";
import { validateWorkbook } from "../core/validate";
import { applyFixes } from "./applyFixes";
import { applyLayout } from "./applyLayout";
import { holdsAddinMatrix } from "./addinMatrix";
import { officeLanguage } from "./officeLanguage";
import { readWorkbook } from "./readWorkbook";
import { skippedNote } from "./scaffoldNotes";
import { detectCapabilities, detectCellEditDelay } from "./requirements";
import { selectCell } from "./selectCell";
import type { AddMonitoringRequest, AddMonitoringResult, ExcelCapabilities, ExcelShell, ScaffoldOutcome, ScaffoldRequest, SheetNames, ShellValidationOutcome } from "./shell";
import { DEFAULT_SYNC_TIMEOUT_MS } from "./syncWithTimeout";
import type { MatrixWatcher } from "./watch";
import { WriteGuard } from "./writeGuard";

export interface OfficeShellOptions {
  /** The planner's language, for the shell's own messages (default: Office's display language). */
  lang?: Lang;
  /** Per sync (default 20 s). */
  syncTimeoutMs?: number;
  /** Bytes per request (default 4 MB, under Excel on the web's 5 MB). */
  payloadBudgetBytes?: number;
  /** The planner's local date (default: the clock's), for seguimiento's corte. */
  today?: () => Today;
}

function localToday(): Today {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/**
 * The Office.js implementation of `ExcelShell`. Every failure reaches the caller as a `ShellError`
 * with a planner-facing message; nothing is caught silently.
 */
export function createOfficeShell(options: OfficeShellOptions = {}): ExcelShell {
  const timeoutMs = options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const guard = new WriteGuard();
  const watchers = new Set<MatrixWatcher>();
  const lang = options.lang ?? officeLanguage();
  const today = options.today ?? localToday;
  const capabilities = (): ExcelCapabilities => detectCapabilities();
  /** What the layout writers may use on this Excel (requirements.ts owns which set each needs). */
  const layoutFeatures = () => {
    const caps = capabilities();
    return { dataValidation: caps.dataValidation, pageLayout: caps.pageLayout };
  };

  const validate = async ({
    lang,
    sheet,
    activeSheet,
    objectives,
    month,
    monitoring,
  }: {
    lang: Lang;
    sheet?: string;
    activeSheet?: boolean;
    objectives?: Objective[];
    month?: number;
    monitoring?: boolean;
  }): Promise<ShellValidationOutcome> => {
    const caps = capabilities();
    const read = await readWorkbook({ lang, sheet, activeSheet, timeoutMs, fills: caps.cellProperties, merges: caps.mergedAreas });
    // §3 v2: the sheet the planner is on is read when it holds a matrix; else the usual choice.
    const given = objectives ? { objectives } : undefined;
    // Seguimiento (§9): the corte the planner picked, else the workbook's or the default from the planner's local date.
    const outcome = validateWorkbook(read.book, { ...read.locate, lang, objectives: given, month, today: today() });
    // Each fix remembers what its cell held, so Reparar never overwrites a later edit (applyFixes.ts).
    if (outcome.ok) recordSeenValues(read.book, outcome.report.issues);
    const withNotes: ShellValidationOutcome = read.notes.length > 0 ? { ...outcome, notes: read.notes } : outcome;
    // The Seguimiento view, where the matrix has no Realizado: can Agregar seguimiento work on it?
    if (monitoring && outcome.ok && outcome.report.reportMonth === undefined) return { ...withNotes, addinMatrix: await holdsAddinMatrix(outcome.report.sheet, { lang, timeoutMs }) };
    return withNotes;
  };

  return {
    capabilities,

    async scaffold(request: ScaffoldRequest): Promise<ScaffoldOutcome> {
      const template = request.template ?? escoTemplate();
      const names: SheetNames = { ...defaultSheetNames(template.year), ...request.names };
      // Seguimiento's layout loads only when asked for, keeping the pane's first load light.
      const layout = request.monitoring
        ? (await import("../core/layoutMonitoring")).scaffoldWithMonitoring(template, {
            lang: request.lang,
            names,
            monitoring: { sheet: typeof request.monitoring === "object" ? request.monitoring.sheet : undefined, today: today() },
          })
        : scaffoldLayout(template, { lang: request.lang, names });
      request.onProgress?.(0);
      const outcome = await applyLayout(layout, {
        lang: request.lang,
        timeoutMs,
        payloadBudgetBytes: options.payloadBudgetBytes,
        onProgress: request.onProgress,
        activate: names.matrix,
        guard,
        features: layoutFeatures(),
      });
      if (!outcome.ok) return outcome;
      // A watcher started before the matrix existed starts keeping it now.
      for (const w of watchers) await w.scan();
      const note = skippedNote(outcome.skipped, request.lang);
      return note === null ? { ok: true, names } : { ok: true, names, notes: [note] };
    },

    async addMonitoring(request: AddMonitoringRequest): Promise<AddMonitoringResult> {
      // Loaded on first use, like the watch: the pane's first load stays light.
      const { addMonitoringForPane } = await import("./addMonitoring");
      const result = await addMonitoringForPane(request, { timeoutMs, today: today(), payloadBudgetBytes: options.payloadBudgetBytes, guard, features: layoutFeatures() });
      // The watch sees the table's new columns: Realizado kept numeric, gained rows laid out with them.
      if (result.ok) for (const w of watchers) await w.scan();
      return result;
    },

    validate: ({ lang, sheet, objectives, month, monitoring }) => validate({ lang, sheet, objectives, month, monitoring }),

    readActiveSheet({ lang, objectives }): Promise<ShellValidationOutcome> {
      // Adopting reads only: the same reading as validate (fills included), of the sheet the planner is on.
      return validate({ lang, activeSheet: true, objectives });
    },

    selectCell(sheet: string, address: string): Promise<void> {
      return selectCell(sheet, address, { lang, timeoutMs });
    },

    applyFixes(fixes: Fix[]): Promise<{ applied: number; skipped: number }> {
      return applyFixes(fixes, { lang, timeoutMs, guard });
    },

    async watch({ lang, onError }): Promise<() => Promise<void>> {
      // The watch starts after a scaffold or a validation, so its code loads then rather than with the pane.
      const { MatrixWatcher } = await import("./watch");
      const caps = capabilities();
      const watcher = new MatrixWatcher({
        lang,
        timeoutMs,
        onError,
        changeSource: caps.changeSource,
        copyFormats: caps.cellProperties,
        validation: caps.dataValidation,
        delayForCellEdit: detectCellEditDelay(),
        guard,
      });
      await watcher.scan();
      watchers.add(watcher);
      return async () => {
        watchers.delete(watcher);
        await watcher.stop();
      };
    },
  };
}
