import type { WorkbookLayout } from "../core/layoutTypes";
import type { Lang } from "../core/model";
import { packSteps, sheetSteps, type WriteEnv } from "./layoutWrites";
import { toShellError } from "./messages";
import { DEFAULT_PAYLOAD_BUDGET, PIECE_MARGIN } from "./payload";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";
import { WriteGuard } from "./writeGuard";

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
}

export type ApplyLayoutOutcome =
  | { ok: true; syncs: number; tableNames: Record<string, string> }
  | { ok: false; conflicts: string[] };

/**
 * Renders a `WorkbookLayout` into the open workbook with a fixed number of syncs: one to check that
 * none of its sheets exists (it never overwrites: a conflict writes nothing), then the writes, packed
 * into as few requests as the 5 MB cap allows (one for any ordinary plan).
 * A table name already used elsewhere in the workbook gets a `_2`, `_3`… suffix (table names are
 * workbook-wide), so the managed table keeps its `TablaPOA` prefix.
 */
export async function applyLayout(layout: WorkbookLayout, options: ApplyLayoutOptions): Promise<ApplyLayoutOutcome> {
  const sync = { lang: options.lang, timeoutMs: options.timeoutMs };
  const guard = options.guard ?? new WriteGuard();
  const budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
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
      const steps = layout.sheets.flatMap((s) => sheetSteps(s, tableNames, Math.max(budget - PIECE_MARGIN, budget / 2)));
      if (options.activate !== undefined) {
        const target = options.activate;
        steps.push({ bytes: 200, queue: ({ sheets }) => sheets.get(target)?.activate() });
      }
      const batches = packSteps(steps, budget);
      const env: WriteEnv = { context, sheets: new Map() };
      added = layout.sheets.map((s) => s.name);
      await guard.run(async () => {
        for (let i = 0; i < batches.length; i++) {
          for (const step of batches[i]) step.queue(env);
          await syncWithTimeout(context, sync);
          options.onProgress?.(0.1 + (0.9 * (i + 1)) / batches.length);
        }
      });
      added = [];
      return { ok: true, syncs: 1 + batches.length, tableNames: Object.fromEntries(tableNames) };
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
