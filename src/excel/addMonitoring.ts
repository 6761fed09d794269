import { cellAddress, MAX_COLUMN_COUNT, rangeAddress } from "../core/address";
import { MONITORING_SHEET } from "../core/layoutMonitoring";
import { isMatrixTableName } from "../core/matrixTable";
import type { Lang } from "../core/model";
import type { Today } from "../core/monitoring/corte";
import { additionColumns, chooseMatrix, planAddition, type AdditionRefusal, type AdditionRefused, type MonitoringAddition, type SeenTable } from "../core/monitoringAddition";
import { ALL_LAYOUT_FEATURES, writeSteps, type LayoutFeatures, type SkippedPart } from "./applyLayout";
import { contentSteps, sheetSteps, type WriteEnv, type WriteStep } from "./layoutWrites";
import { toShellError } from "./messages";
import { ADD_MONITORING_WORDING, skippedNote } from "./scaffoldNotes";
import type { AddMonitoringRequest, AddMonitoringResult } from "./shell";
import { DEFAULT_PAYLOAD_BUDGET, jsonBytes, OPERATION_OVERHEAD, PIECE_MARGIN } from "./payload";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";
import { probedCatalogs, probedHeader, queueTableProbes, type TableProbe } from "./tableProbe";
import { WriteGuard } from "./writeGuard";

/**
 * *Agregar seguimiento* in the open workbook: the core decides (core/monitoringAddition.ts), this reads
 * what it asks and writes what it lays out. Two reads (the tables' names and the `Seguimiento` name;
 * then each add-in table's header, place, title rows, first row and the sheet's used range), a third
 * only when the used range reaches right of the chosen table, then the writes packed as scaffolding's
 * are: the data (the new sheet, the table columns through `TableColumnCollection.add`, band labels,
 * cumplimiento formulas), then the cosmetic parts, which may be left out without losing the data.
 * Nothing is written when the sheet's name is taken (the pane asks for another, as scaffolding does)
 * or when the core refuses; a failed data write takes back what it added.
 */

export interface AddMonitoringOptions {
  lang: Lang;
  timeoutMs: number;
  /** The planner's local date, for the corte cell's cached default. */
  today: Today;
  /** The new sheet's name (default `Seguimiento`), after the planner chose another for a conflict. */
  sheetName?: string;
  payloadBudgetBytes?: number;
  guard?: WriteGuard;
  features?: LayoutFeatures;
  onProgress?: (fraction: number) => void;
}

export type AddMonitoringOutcome =
  | { ok: true; matrixSheet: string; monitoringSheet: string; table: string; syncs: number; skipped: SkippedPart[] }
  /** Nothing was written: a sheet of that name exists, the planner must choose another name or cancel. */
  | { ok: false; conflicts: string[] }
  /** Nothing was written: the core says why, in the planner's language. */
  | { ok: false; refused: AdditionRefusal; message: string };

interface TableRead extends TableProbe {
  above: Excel.Range | null;
  firstRow: Excel.Range | null;
  used: Excel.Range | null;
}

export async function addMonitoring(options: AddMonitoringOptions): Promise<AddMonitoringOutcome> {
  const sync = { lang: options.lang, timeoutMs: options.timeoutMs };
  const guard = options.guard ?? new WriteGuard();
  const budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const features = options.features ?? ALL_LAYOUT_FEATURES;
  const monitoringName = options.sheetName ?? MONITORING_SHEET;
  let written: MonitoringAddition | null = null;
  let width = 0;
  try {
    return await runExcel(options.lang, async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      const probe = context.workbook.worksheets.getItemOrNullObject(monitoringName);
      const active = context.workbook.worksheets.getActiveWorksheet().load("id");
      await syncWithTimeout(context, sync);
      // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above, through syncWithTimeout
      if (!probe.isNullObject) return { ok: false, conflicts: [monitoringName] };

      const probes = queueTableProbes(tables);
      const reads: TableRead[] = probes.map((p) => {
        const { table: t, sheet } = p;
        const ours = isMatrixTableName(p.name);
        return {
          ...p,
          // The title and band rows above the header, over the table's columns and those left of it.
          above: ours ? t.getHeaderRowRange().getBoundingRect(sheet.getRange("A1")).load("values") : null,
          firstRow: ours ? t.getDataBodyRange().getRow(0).load("formulas") : null,
          used: ours ? sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount") : null,
        };
      });
      await syncWithTimeout(context, sync);
      options.onProgress?.(0.1);
      const seen = reads.map((r) => ({ read: r, table: seenTable(r) }));
      const catalogs = probedCatalogs(probes);
      const request = {
        tables: seen.filter((s) => s.read.above !== null).map((s) => s.table),
        activeSheetId: active.id,
        catalogs,
        lang: options.lang,
        monitoringSheet: monitoringName,
        today: options.today,
      };
      const choice = chooseMatrix(request);
      if (!choice.ok) return refused(choice.plan);
      const table = choice.table;
      const read = seen.find((s) => s.table === table)!.read;
      let syncs = 2;
      const occupied = await occupiedRight(context, read, table, sync);
      if (occupied.synced) syncs++;
      const plan = planAddition(table, request, occupied.address);
      if (!plan.ok) return refused(plan);

      const addition = plan.addition;
      const maxPiece = Math.max(budget - PIECE_MARGIN, budget / 2);
      const env: WriteEnv = { context, sheets: new Map([[addition.matrixSheet, read.sheet]]) };
      const steps: WriteStep[] = [
        ...sheetSteps(addition.monitoring, new Map(), maxPiece),
        ...columnSteps(context, addition, table.place.rows),
        ...contentSteps(addition.matrix, new Map(), maxPiece),
        printTitlesStep(addition),
      ];
      written = addition;
      width = table.place.width;
      const result = await writeSteps(context, steps, {
        sync,
        guard,
        budget,
        features,
        env,
        onProgress: (f) => options.onProgress?.(0.1 + 0.9 * f),
        onDataWritten: () => (written = null),
      });
      options.onProgress?.(1);
      return { ok: true, matrixSheet: addition.matrixSheet, monitoringSheet: addition.monitoringSheet, table: addition.table, syncs: syncs + result.syncs, skipped: result.skipped };
    });
  } catch (error) {
    const failure = toShellError(error, options.lang);
    // A failed data write leaves part of seguimiento: take back what this added (its columns, the new
    // sheet, the band labels), all of it new. Not after a timeout: Excel may still be writing.
    const partial = written as MonitoringAddition | null;
    if (partial && failure.code !== "SYNC_TIMEOUT") await takeBack(partial, width, sync).catch(() => undefined);
    throw failure;
  }
}

/** The shell's operation (`ExcelShell.addMonitoring`): the outcome as the pane takes it, with one sentence for what was left out. */
export async function addMonitoringForPane(
  request: AddMonitoringRequest,
  options: Omit<AddMonitoringOptions, "lang" | "sheetName" | "onProgress">,
): Promise<AddMonitoringResult> {
  request.onProgress?.(0);
  const outcome = await addMonitoring({ ...options, lang: request.lang, sheetName: request.sheetName, onProgress: request.onProgress });
  if (!outcome.ok) return "conflicts" in outcome ? outcome : { ok: false, message: outcome.message };
  const note = skippedNote(outcome.skipped, request.lang, ADD_MONITORING_WORDING[request.lang]);
  const done = { ok: true as const, matrixSheet: outcome.matrixSheet, monitoringSheet: outcome.monitoringSheet };
  return note === null ? done : { ...done, notes: [note] };
}

function refused(plan: AdditionRefused): AddMonitoringOutcome {
  return { ok: false, refused: plan.refusal, message: plan.message };
}

function seenTable(r: TableRead): SeenTable {
  return {
    name: r.name,
    sheet: r.sheet.name,
    sheetId: r.sheet.id,
    place: { top: r.range.rowIndex, left: r.range.columnIndex, rows: r.range.rowCount, width: r.range.columnCount },
    header: probedHeader(r),
    above: r.above?.values ?? [],
    firstRow: r.firstRow?.formulas[0] ?? [],
  };
}

/**
 * Where something sits right of the table, from the sheet's top to the table's last row: nothing when
 * the sheet's used range stops at the table (no sync), else the used range of that region (one sync).
 */
async function occupiedRight(
  context: Excel.RequestContext,
  read: TableRead,
  table: SeenTable,
  sync: { lang: Lang; timeoutMs: number },
): Promise<{ address: string | null; synced: boolean }> {
  const used = read.used;
  const from = additionColumns(table).from;
  const bottom = table.place.top + table.place.rows - 1;
  if (!used || used.isNullObject) return { address: null, synced: false };
  const usedRight = used.columnIndex + used.columnCount - 1;
  if (usedRight < from || used.rowIndex > bottom || from >= MAX_COLUMN_COUNT) return { address: null, synced: false };
  const region = read.sheet.getRangeByIndexes(0, from, bottom + 1, usedRight - from + 1).getUsedRangeOrNullObject(true);
  region.load("rowIndex, columnIndex, rowCount, columnCount");
  await syncWithTimeout(context, sync);
  return { address: usedAddress(region), synced: true };
}

/** A loaded used range's address: one cell, or the range; null for a null object (nothing used). */
function usedAddress(used: { isNullObject: boolean; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): string | null {
  if (used.isNullObject) return null;
  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = used;
  return rowCount === 1 && columnCount === 1 ? cellAddress(top, left) : rangeAddress(top, left, top + rowCount - 1, left + columnCount - 1);
}

/**
 * The table's new columns, added at its end one by one with their header and a blank body
 * (`TableColumnCollection.add(index, values, name)`: an index of -1 adds at the end, ExcelApi 1.1).
 */
function columnSteps(context: Excel.RequestContext, addition: MonitoringAddition, rows: number): WriteStep[] {
  return addition.columns.map((name) => {
    const values: string[][] = [[name], ...Array.from({ length: rows - 1 }, () => [""])];
    return {
      bytes: jsonBytes(values) + jsonBytes(name),
      part: "data" as const,
      queue: () => {
        context.workbook.tables.getItem(addition.table).columns.add(-1, values, name);
      },
    };
  });
}

/** The band row prints with the header on every page, as in a scaffold with seguimiento (page layout, ExcelApi 1.9). */
function printTitlesStep(addition: MonitoringAddition): WriteStep {
  const { first, last } = addition.printTitleRows;
  return {
    bytes: OPERATION_OVERHEAD,
    part: "printSetup",
    queue: ({ sheets }) => sheets.get(addition.matrixSheet)!.pageLayout.setPrintTitleRows(`$${first}:$${last}`),
  };
}

/** Removes what a failed data write added: the table's new columns (last first), the new sheet, the band labels. */
async function takeBack(addition: MonitoringAddition, width: number, sync: { lang: Lang; timeoutMs: number }): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(addition.table);
    // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation to the collection, whose count is loaded next
    const columns = table.columns;
    columns.load("count");
    const header = table.getHeaderRowRange();
    header.load("values");
    const sheet = context.workbook.worksheets.getItemOrNullObject(addition.monitoringSheet);
    await syncWithTimeout(context, sync);
    // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above, through syncWithTimeout
    if (!table.isNullObject) {
      const names = header.values[0] ?? [];
      for (let i = columns.count - 1; i >= width; i--) if (addition.columns.includes(String(names[i]))) columns.getItemAt(i).delete();
      const matrix = context.workbook.worksheets.getItem(addition.matrixSheet);
      for (const cell of addition.bandCells) matrix.getRange(cell).clear("Contents");
    }
    // eslint-disable-next-line office-addins/call-sync-before-read -- synced above, through syncWithTimeout
    if (!sheet.isNullObject) sheet.delete();
    await syncWithTimeout(context, sync);
  });
}
