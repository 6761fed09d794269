import type { WorkbookLayout } from "../core/layoutTypes";
import type { Lang } from "../core/model";
import { COSMETIC_PARTS, packSteps, sheetSteps, type CosmeticPart, type WriteEnv, type WriteStep } from "./layoutWrites";
import { toShellError } from "./messages";
import { DEFAULT_PAYLOAD_BUDGET, PIECE_MARGIN } from "./payload";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";
import { WriteGuard } from "./writeGuard";

/** APIs above the add-in's minimum that parts of a scaffold need (the caller checks the requirement sets). */
export interface LayoutFeatures {
  /** ExcelApi 1.8: the `Objetivo` drop-down and the month cells' validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: the print setup (orientation, paper, fit, margins, title rows, footer). */
  pageLayout: boolean;
}

/** Every layout feature on: what the writers use when the caller names none. */
export const ALL_LAYOUT_FEATURES: LayoutFeatures = { dataValidation: true, pageLayout: true };

export interface ApplyLayoutOptions {
  lang: Lang;
  timeoutMs: number;
  /** Bytes one request may carry (Excel on the web refuses over 5 MB). */
  payloadBudgetBytes?: number;
  /** 0 … 1 while writing. */
  onProgress?: (fraction: number) => void;
  /** The sheet to show when done. */
  activate?: string;
  guard?: WriteGuard;
  /** What the planner's Excel offers; everything by default. */
  features?: LayoutFeatures;
}

/** A cosmetic part left out: the planner's Excel lacks its API, or Excel refused it. */
export interface SkippedPart {
  part: CosmeticPart;
  reason: "unsupported" | "failed";
}

export type ApplyLayoutOutcome =
  | { ok: true; syncs: number; tableNames: Record<string, string>; skipped: SkippedPart[] }
  | { ok: false; conflicts: string[] };

const UNSUPPORTED_WITHOUT: Record<keyof LayoutFeatures, CosmeticPart> = { dataValidation: "validation", pageLayout: "printSetup" };

/**
 * Renders a `WorkbookLayout` into the open workbook with a fixed number of syncs: one to check that
 * none of its sheets exists (it never overwrites: a conflict writes nothing), then the data (sheets,
 * values, formulas, tables), then the cosmetic parts, each packed into as few requests as the 5 MB cap
 * allows (one each for any ordinary plan).
 *
 * A failed data write removes the new sheets and throws. A cosmetic part never sinks the scaffold: the
 * parts Excel lacks are left out, and when a cosmetic request fails (freezing panes can throw on some
 * builds, OfficeDev/office-js#2196) each part of it is tried again on its own and the ones Excel still
 * refuses are left out; the outcome lists them so the pane can say so.
 * A table name already used elsewhere in the workbook gets a `_2`, `_3`… suffix (table names are
 * workbook-wide), so the managed table keeps its `TablaPOA` prefix.
 */
export async function applyLayout(layout: WorkbookLayout, options: ApplyLayoutOptions): Promise<ApplyLayoutOutcome> {
  const sync = { lang: options.lang, timeoutMs: options.timeoutMs };
  const guard = options.guard ?? new WriteGuard();
  const budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const features = options.features ?? ALL_LAYOUT_FEATURES;
  let added: string[] = [];
  try {
    return await runExcel(options.lang, async (context) => {
      const probes = layout.sheets.map((s) => ({ name: s.name, sheet: context.workbook.worksheets.getItemOrNullObject(s.name) }));
      const tables = context.workbook.tables;
      tables.load("items/name");
      await syncWithTimeout(context, sync);
      const conflicts = probes.filter((p) => !p.sheet.isNullObject).map((p) => p.name);
      if (conflicts.length > 0) return { ok: false, conflicts };
      options.onProgress?.(0.1);

      const tableNames = freeTableNames(layout, new Set(tables.items.map((t) => t.name.toUpperCase())));
      const all = layout.sheets.flatMap((s) => sheetSteps(s, tableNames, Math.max(budget - PIECE_MARGIN, budget / 2)));
      added = layout.sheets.map((s) => s.name);
      const written = await writeSteps(context, all, {
        sync,
        guard,
        budget,
        features,
        activate: options.activate,
        env: { context, sheets: new Map() },
        onProgress: (f) => options.onProgress?.(0.1 + 0.9 * f),
        onDataWritten: () => (added = []),
      });
      options.onProgress?.(1);
      return { ok: true, syncs: 1 + written.syncs, tableNames: Object.fromEntries(tableNames), skipped: written.skipped };
    });
  } catch (error) {
    const failure = toShellError(error, options.lang);
    // A failed write leaves part of a scaffold; the sheets were new (checked above), so removing them
    // loses nothing of the planner's. Not after a timeout (Excel may still be writing), nor when a sheet
    // of that name appeared meanwhile (it would be the planner's).
    if (added.length > 0 && failure.code !== "SYNC_TIMEOUT" && failure.officeCode !== "ItemAlreadyExists") await removeSheets(added, sync).catch(() => undefined);
    throw failure;
  }
}

export interface WriteStepsOptions {
  sync: { lang: Lang; timeoutMs: number };
  guard: WriteGuard;
  budget: number;
  features: LayoutFeatures;
  /** The sheet to show when done. */
  activate?: string;
  env: WriteEnv;
  /** 0 … 1 over the writes. */
  onProgress?: (fraction: number) => void;
  /** Called once every data request has been written (a later failure is cosmetic only). */
  onDataWritten?: () => void;
}

/**
 * Writes steps in as few requests as the payload budget allows: the data first (any failure throws),
 * then the cosmetic parts, leaving out those the planner's Excel lacks and, when a cosmetic request
 * fails, trying each part of what was pending on its own and leaving out the ones Excel still refuses.
 * Returns the syncs it took and what it left out.
 */
export async function writeSteps(context: Excel.RequestContext, all: WriteStep[], options: WriteStepsOptions): Promise<{ syncs: number; skipped: SkippedPart[] }> {
  const { sync, guard, budget, features, env } = options;
  const skipped: SkippedPart[] = [];
  for (const [feature, part] of Object.entries(UNSUPPORTED_WITHOUT) as [keyof LayoutFeatures, CosmeticPart][]) {
    if (!features[feature] && all.some((s) => s.part === part)) skipped.push({ part, reason: "unsupported" });
  }
  const left = new Set(skipped.map((s) => s.part));
  const data = packSteps(
    all.filter((s) => s.part === "data"),
    budget,
  );
  const cosmetic = all.filter((s) => s.part !== "data" && !left.has(s.part as CosmeticPart));
  if (options.activate !== undefined) {
    const target = options.activate;
    // Last: freezing panes on a sheet makes the API treat it as active (OfficeDev/office-js#3148).
    cosmetic.push({ bytes: 200, part: "activate", queue: ({ sheets }) => sheets.get(target)?.activate() });
  }
  const looks = packSteps(cosmetic, budget);
  const total = data.length + looks.length;
  let syncs = 0;
  const progress = () => options.onProgress?.(Math.min(syncs, total) / total);
  await guard.run(async () => {
    for (const batch of data) {
      for (const step of batch) step.queue(env);
      await syncWithTimeout(context, sync);
      syncs++;
      progress();
    }
  });
  options.onDataWritten?.();
  await guard.run(async () => {
    for (let i = 0; i < looks.length; i++) {
      for (const step of looks[i]) step.queue(env);
      try {
        await syncWithTimeout(context, sync);
        syncs++;
        progress();
      } catch (error) {
        syncs++;
        if (toShellError(error, sync.lang).code === "SYNC_TIMEOUT") throw error;
        // Some of this request may have been applied: every part not yet written goes again, one at a time.
        const pending = looks.slice(i).flat();
        syncs += await retryByPart(pending, env, context, sync, budget, skipped);
        break;
      }
    }
  });
  return { syncs, skipped };
}

/**
 * Writes each part of `steps` in its own requests (repeating what an earlier attempt may have half
 * applied), leaving out and recording the parts Excel refuses. Returns the syncs it took.
 */
async function retryByPart(
  steps: WriteStep[],
  env: WriteEnv,
  context: Excel.RequestContext,
  sync: { lang: Lang; timeoutMs: number },
  budget: number,
  skipped: SkippedPart[],
): Promise<number> {
  let syncs = 0;
  const parts: (CosmeticPart | "activate")[] = [...COSMETIC_PARTS, "activate"];
  for (const part of parts) {
    const own = steps.filter((s) => s.part === part);
    if (own.length === 0) continue;
    try {
      for (const batch of packSteps(own, budget)) {
        for (const step of batch) (step.requeue ?? step.queue)(env);
        syncs++;
        await syncWithTimeout(context, sync);
      }
    } catch (error) {
      if (toShellError(error, sync.lang).code === "SYNC_TIMEOUT") throw error;
      // Showing the matrix sheet is a courtesy, not part of the workbook: nothing to report.
      if (part !== "activate") skipped.push({ part, reason: "failed" });
    }
  }
  return syncs;
}

function freeTableNames(layout: WorkbookLayout, taken: Set<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const sheet of layout.sheets)
    for (const t of sheet.tables) {
      let name = t.name;
      for (let i = 2; taken.has(name.toUpperCase()); i++) name = `${t.name}_${i}`;
      taken.add(name.toUpperCase());
      names.set(t.name, name);
    }
  return names;
}

async function removeSheets(names: string[], sync: { lang: Lang; timeoutMs: number }): Promise<void> {
  await Excel.run(async (context) => {
    const probes = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await syncWithTimeout(context, sync);
    for (const p of probes) if (!p.isNullObject) p.delete();
    await syncWithTimeout(context, sync);
  });
}
