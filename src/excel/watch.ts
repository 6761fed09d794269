import { isMatrixTableName } from "../core/matrixTable";
import type { Lang } from "../core/model";
import { columnRuns, isMatrixHeader, normaliseExecuted, normaliseMarks, numberingUnchanged, renumberRows, type CellWrite, type TableSnapshot } from "./consistency";
import { toShellError } from "./messages";
import { syncWithTimeout } from "./syncWithTimeout";
import { probedCatalogs, probedHeader, queueTableProbes } from "./tableProbe";
import { gainedRows, growthWrites, identifyBody, queueGrowthRead, type Catalog, type GrowthWrites } from "./watchGrowth";
import { bodyRows, eventRect, marksSnapshot, placeOf, queueRowsRead, rowsState, samePlace, type RowsRead, type TablePlace } from "./watchRows";
import { OwnWriteEchoes, type SheetRect } from "./echoes";
import type { WriteGuard } from "./writeGuard";

export interface WatchOptions {
  lang: Lang;
  timeoutMs: number;
  onError: (message: string) => void;
  /** ExcelApi 1.14: events say whether this add-in made the change. */
  changeSource: boolean;
  /** ExcelApi 1.9: `copyFrom(…, Formats)` carries formats to new rows when the layout can't be identified. */
  copyFormats: boolean;
  /** ExcelApi 1.8: gained rows get the layout's data validation (drop-down, mark rule); below it, none. */
  validation?: boolean;
  /** ExcelApi 1.11: `Excel.run({ delayForCellEdit: true })` holds a pass until the planner leaves the cell they edit. */
  delayForCellEdit: boolean;
  guard: WriteGuard;
  /** Without delayForCellEdit, a pass refused because the planner is editing a cell is tried again after these waits. */
  editRetryMs?: number[];
}

/** Waits before trying a pass again while the planner edits a cell (about 15 s in all), then it is dropped quietly. */
export const EDIT_RETRY_MS = [250, 500, 1000, 2000, 4000, 8000];
/** With delayForCellEdit Excel holds a pass while the planner types; that wait is not Excel hanging. */
export const CELL_EDIT_WAIT_MS = 5 * 60_000;

interface Managed {
  name: string;
  sheetId: string;
  /** The table as last seen, to notice rows gained or lost and to read the rows an edit touched in one sync. */
  place: TablePlace;
}

/** What the planner typed, tidied: month marks to `X`, Realizado text to the number it plainly is. */
function typedValues(snapshot: TableSnapshot, edited: SheetRect): CellWrite[] {
  return [...normaliseMarks(snapshot, edited), ...normaliseExecuted(snapshot, edited)];
}

interface Change {
  rect: SheetRect | null;
  type: string;
}

type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/**
 * Keeps the add-in's own matrix tables consistent while the planner types (marks to `X`, Realizado text
 * to numbers where only one reading is possible, `N°`, and what
 * scaffolding gives a row on rows the table gains). Managed tables are those the add-in's layout named
 * (`TablaPOA…`, src/core/matrixTable.ts) that still have the matrix header; a planner's own table with the
 * same columns is never touched. Only the planner's own local edits are acted on; co-authors' edits
 * (`Remote`) and our own writes (`ThisLocalAddin`, or below ExcelApi 1.14 the guard and `OwnWriteEchoes`) are
 * ignored, and every pass is idempotent, so it never loops. Passes run one at a time; a failure reaches
 * `onError` in the planner's language, except a pass refused while the planner edits a cell, which waits
 * (delayForCellEdit) or is tried again a few times and then dropped quietly.
 *
 * An edit costs one read sync, plus one write sync when something changes; only an edit that changes
 * which rows count for `N°` (or the table's size) reads the whole `N°` column and which rows hold
 * something — by `valueTypes`, never the results' text — so its cost does not grow with the results' length.
 */
export class MatrixWatcher {
  private managed = new Map<string, Managed>();
  private registrations = new Map<string, Registration>();
  private catalogs: Catalog[] = [];
  /** Below ExcelApi 1.14: the cells our last writes touched, to know their events when they come. */
  private echoes = new OwnWriteEchoes();
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: WatchOptions) {}

  private sync(context: Excel.RequestContext): Promise<void> {
    const timeoutMs = this.options.delayForCellEdit ? Math.max(this.options.timeoutMs, CELL_EDIT_WAIT_MS) : this.options.timeoutMs;
    return syncWithTimeout(context, { lang: this.options.lang, timeoutMs });
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.options.delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
  }

  /** Finds the managed tables (and the catalogs their layout refers to) and listens on their sheets; call again after scaffolding. */
  async scan(): Promise<void> {
    await this.run(async (context) => {
      const tables = await this.probeTables(context);
      for (const p of tables) {
        if (!isMatrixTableName(p.name) || !isMatrixHeader(p.header)) continue;
        if (!this.managed.has(p.name)) this.managed.set(p.name, { name: p.name, sheetId: p.sheetId, place: p.place });
      }
      const sheets = new Set([...this.managed.values()].map((m) => m.sheetId));
      const added: [string, Registration][] = [];
      for (const id of sheets) {
        if (this.registrations.has(id)) continue;
        added.push([id, context.workbook.worksheets.getItem(id).onChanged.add((args) => this.onChanged(args))]);
      }
      if (added.length > 0) await this.sync(context);
      for (const [id, reg] of added) this.registrations.set(id, reg);
    });
  }

  /** Every table's name, header and place (two syncs); remembers the catalogs among them. */
  private async probeTables(context: Excel.RequestContext): Promise<{ name: string; header: unknown[]; sheetId: string; place: TablePlace }[]> {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await this.sync(context);
    const probes = queueTableProbes(tables);
    await this.sync(context);
    this.catalogs = probedCatalogs(probes);
    return probes.map((p) => ({ name: p.name, header: probedHeader(p), sheetId: p.sheet.id, place: placeOf(p.range, probedHeader(p)) }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const [id, reg] of this.registrations) {
      await Excel.run(reg.context, async (context) => {
        reg.remove();
        await this.sync(context);
      });
      this.registrations.delete(id);
    }
    await this.chain;
  }

  /** Resolves when the pass it queued is done (tests wait on it; Excel ignores it). */
  onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (this.stopped || args.source === "Remote") return Promise.resolve();
    const trigger = (args as { triggerSource?: string }).triggerSource;
    if (trigger === "ThisLocalAddin") return Promise.resolve();
    const change: Change = { rect: eventRect(args.address), type: String(args.changeType) };
    if (trigger === undefined || !this.options.changeSource) {
      if (this.options.guard.active) return Promise.resolve();
      if (change.rect && this.echoes.isEcho(args.worksheetId, change.rect)) return Promise.resolve();
    }
    const tables = [...this.managed.values()].filter((m) => m.sheetId === args.worksheetId);
    if (tables.length === 0) return Promise.resolve();
    const next = this.chain.then(async () => {
      for (const t of tables) {
        try {
          await this.passWhenNotEditing(t, change);
        } catch (error) {
          const failure = toShellError(error, this.options.lang);
          // The planner deleted the table: nothing left to keep consistent.
          if (failure.officeCode === "ItemNotFound") this.managed.delete(t.name);
          // Still editing after every retry: the pass is dropped; Validar reports what it would have fixed.
          else if (failure.code !== "CELL_EDIT_MODE") this.options.onError(failure.message);
        }
      }
    });
    this.chain = next;
    return next;
  }

  private async passWhenNotEditing(managed: Managed, change: Change): Promise<void> {
    const waits = this.options.editRetryMs ?? EDIT_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.pass(managed, change);
      } catch (error) {
        const refusedForEdit = toShellError(error, this.options.lang).code === "CELL_EDIT_MODE";
        // Also with delayForCellEdit: a host that ignores the option refuses as one without it.
        if (!refusedForEdit || attempt >= waits.length || this.stopped) throw error;
        await new Promise((resolve) => setTimeout(resolve, waits[attempt]));
      }
    }
  }

  private async pass(managed: Managed, change: Change): Promise<void> {
    await this.run(async (context) => {
      const table = context.workbook.tables.getItem(managed.name);
      const shape = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
      const head = table.getHeaderRowRange().load("values");
      const sheet = context.workbook.worksheets.getItem(managed.sheetId).load("name");
      const before = managed.place;
      const edited = change.type === "RangeEdited" ? change.rect : null;
      const local = edited ? this.queueTouched(sheet, before, edited) : null;
      await this.sync(context);

      const place = placeOf(shape, head.values[0] ?? []);
      if (!isMatrixHeader(place.header)) {
        managed.place = place;
        return;
      }
      const steady = samePlace(place, before) && change.type === "RangeEdited" && edited !== null;
      const touchesNumbers = edited !== null && place.cols.number !== null && edited.left <= place.left + place.cols.number && edited.right >= place.left + place.cols.number;
      const localState = local ? rowsState(local, place) : null;
      if (steady && !touchesNumbers && (localState === null || numberingUnchanged(localState.numbers, localState.filled))) {
        const marks = local ? typedValues(marksSnapshot(local, place), edited) : [];
        await this.write(context, { sheet, id: managed.sheetId, name: sheet.name }, marks, null);
        managed.place = place;
        return;
      }

      // The table moved, grew, shrank, or which rows count for N° may have changed: read what numbering needs of every row.
      const body = bodyRows(place);
      const all = queueRowsRead(sheet, place, body.first, body.last, false);
      const touched = edited ? this.queueTouched(sheet, place, edited) : null;
      const candidates = this.gainCandidates(before, place, change);
      const growthRead = candidates.length > 0 ? queueGrowthRead(sheet, place, candidates) : null;
      await this.sync(context);

      const writes: CellWrite[] = touched && edited ? typedValues(marksSnapshot(touched, place), edited) : [];
      let growth: GrowthWrites | null = null;
      const gained = growthRead ? gainedRows(growthRead) : [];
      if (growthRead && gained.length > 0) {
        // The catalogs as the last scan found them (scaffolding and adopting scan again): no extra sync per growth.
        const spec = identifyBody(growthRead, place, sheet.name, this.catalogs);
        growth = growthWrites(gained, place, growthRead, spec, sheet.name, this.options.copyFormats, this.options.validation ?? true);
        writes.push(...growth.formulas);
      }
      const state = rowsState(all, place);
      if (place.cols.number !== null) writes.push(...renumberRows(state.numbers, state.filled, { row: body.first, col: place.left + place.cols.number }));
      await this.write(context, { sheet, id: managed.sheetId, name: sheet.name }, writes, growth);
      // Only now: a pass that failed on the way sees the same rows gained when it is tried again.
      managed.place = place;
    });
  }

  /** Reads the rows of `rect` that lie in the table's body (months with their contents); null when it misses the table. */
  private queueTouched(sheet: Excel.Worksheet, place: TablePlace, rect: SheetRect): RowsRead | null {
    const body = bodyRows(place);
    const first = Math.max(rect.top, body.first);
    const last = Math.min(rect.bottom, body.last);
    if (first > last || rect.right < place.left || rect.left > place.left + place.width - 1) return null;
    return queueRowsRead(sheet, place, first, last, true);
  }

  /**
   * Rows that may be new since the table was last seen: as many last rows as it gained (typed or pasted
   * below it, filled down — whose event names the old last rows instead, office-js #728), and the rows an
   * insert event names inside it (rows inserted mid-table).
   */
  private gainCandidates(before: TablePlace, place: TablePlace, change: Change): number[] {
    const body = bodyRows(place);
    const out: number[] = [];
    const grown = place.rows - before.rows;
    if (grown > 0) for (let row = Math.max(body.first, body.last - grown + 1); row <= body.last; row++) out.push(row);
    if (change.type === "RowInserted" && change.rect) {
      for (let row = Math.max(change.rect.top, body.first); row <= Math.min(change.rect.bottom, body.last); row++) out.push(row);
    }
    return out;
  }

  /** One write sync for the pass's values and the gained rows' formats; nothing when there is nothing to write. */
  private async write(
    context: Excel.RequestContext,
    target: { sheet: Excel.Worksheet; id: string; name: string },
    writes: CellWrite[],
    growth: GrowthWrites | null,
  ): Promise<void> {
    if (writes.length === 0 && !growth) return;
    await this.options.guard.run(async () => {
      const echoes: SheetRect[] = growth ? growth.queueFormats({ context, sheets: new Map([[target.name, target.sheet]]) }) : [];
      for (const run of columnRuns(writes)) {
        target.sheet.getRangeByIndexes(run.row, run.col, run.values.length, 1).values = run.values;
        echoes.push({ top: run.row, left: run.col, bottom: run.row + run.values.length - 1, right: run.col });
      }
      // Below ExcelApi 1.14 nothing will say these events are ours: they are recognised by their cells.
      if (!this.options.changeSource) this.echoes.expect(target.id, echoes);
      await this.sync(context);
    });
  }
}
