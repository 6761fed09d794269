import { parseRange } from "../core/address";
import type { Lang } from "../core/model";
import { columnRuns, isMatrixHeader, normaliseMarks, renumber, type CellWrite, type TableSnapshot } from "./consistency";
import { shiftFormula } from "./formulaShift";
import { toShellError } from "./messages";
import { syncWithTimeout } from "./syncWithTimeout";
import type { WriteGuard } from "./writeGuard";

export interface WatchOptions {
  lang: Lang;
  timeoutMs: number;
  onError: (message: string) => void;
  /** ExcelApi 1.14: events say whether this add-in made the change. */
  changeSource: boolean;
  /** ExcelApi 1.9: `copyFrom(…, Formats)` carries the row formats and conditional formats to new rows. */
  copyFormats: boolean;
  guard: WriteGuard;
}

/** The managed matrix table: `TablaPOA…` by name, or any table with the scaffolded header. */
export const MANAGED_TABLE_PREFIX = "TablaPOA";

interface Managed {
  name: string;
  sheetId: string;
  /** Table rows (header included) when last seen, to notice the table growing. */
  rows: number;
}

type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/**
 * Keeps the managed matrix consistent while the planner types (marks to `X`, `N°`, formats,
 * validation and formulas on rows the table grew by). Only the planner's own local edits inside a
 * managed table are acted on; co-authors' edits (`Remote`) and our own writes (`ThisLocalAddin`, or
 * the write guard below ExcelApi 1.14) are ignored, and every pass is idempotent, so it never loops.
 * Passes run one at a time; a failure reaches `onError` in the planner's language.
 */
export class MatrixWatcher {
  private managed = new Map<string, Managed>();
  private registrations = new Map<string, Registration>();
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: WatchOptions) {}

  private get sync() {
    return { lang: this.options.lang, timeoutMs: this.options.timeoutMs };
  }

  /** Finds the managed tables and listens on their sheets; call again after scaffolding. */
  async scan(): Promise<void> {
    await Excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await syncWithTimeout(context, this.sync);
      const probes = tables.items.map((t) => ({
        name: t.name,
        header: t.getHeaderRowRange().load("values"),
        range: t.getRange().load("rowCount"),
        sheet: t.worksheet.load("id"),
      }));
      await syncWithTimeout(context, this.sync);
      for (const p of probes) {
        if (!p.name.toUpperCase().startsWith(MANAGED_TABLE_PREFIX.toUpperCase()) && !isMatrixHeader(p.header.values[0] ?? [])) continue;
        if (!this.managed.has(p.name)) this.managed.set(p.name, { name: p.name, sheetId: p.sheet.id, rows: p.range.rowCount });
      }
      const sheets = new Set([...this.managed.values()].map((m) => m.sheetId));
      const added: [string, Registration][] = [];
      for (const id of sheets) {
        if (this.registrations.has(id)) continue;
        added.push([id, context.workbook.worksheets.getItem(id).onChanged.add((args) => this.onChanged(args))]);
      }
      if (added.length > 0) await syncWithTimeout(context, this.sync);
      for (const [id, reg] of added) this.registrations.set(id, reg);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const [id, reg] of this.registrations) {
      await Excel.run(reg.context, async (context) => {
        reg.remove();
        await syncWithTimeout(context, this.sync);
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
    if ((trigger === undefined || !this.options.changeSource) && this.options.guard.active) return Promise.resolve();
    const tables = [...this.managed.values()].filter((m) => m.sheetId === args.worksheetId);
    if (tables.length === 0) return Promise.resolve();
    const next = this.chain.then(async () => {
      for (const t of tables) {
        try {
          await this.pass(t, args.address);
        } catch (error) {
          const failure = toShellError(error, this.options.lang);
          // The planner deleted the table: nothing left to keep consistent.
          if (failure.officeCode === "ItemNotFound") this.managed.delete(t.name);
          else this.options.onError(failure.message);
        }
      }
    });
    this.chain = next;
    return next;
  }

  private async pass(managed: Managed, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(managed.name);
      const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount, formulas");
      await syncWithTimeout(context, this.sync);
      const snapshot: TableSnapshot = { top: range.rowIndex, left: range.columnIndex, rows: range.formulas };
      const changed = changedRect(address);
      const writes: CellWrite[] = changed ? normaliseMarks(snapshot, changed) : [];
      applyToSnapshot(snapshot, writes);
      const grewFrom = range.rowCount > managed.rows && managed.rows >= 2 ? managed.rows : null;
      const sheet = context.workbook.worksheets.getItem(managed.sheetId);

      let growth: (() => void) | null = null;
      if (grewFrom !== null) growth = await this.readGrowth(context, sheet, snapshot, range, grewFrom, writes);
      // Numbering sees the table as this pass leaves it (a formula copied into a new row fills it), so
      // the same event delivered again finds nothing left to do.
      applyToSnapshot(snapshot, writes);
      writes.push(...renumber(snapshot));

      if (writes.length > 0 || growth) {
        await this.options.guard.run(async () => {
          growth?.();
          for (const run of columnRuns(writes)) sheet.getRangeByIndexes(run.row, run.col, run.values.length, 1).values = run.values;
          await syncWithTimeout(context, this.sync);
        });
      }
      managed.rows = range.rowCount;
    });
  }

  /**
   * Rows the table grew by get what the first data row has: its number formats (and, with ExcelApi 1.9,
   * its cell and conditional formats), its formulas where the new cell is empty, and each column's data
   * validation, re-applied over the whole column of the body (the rule read from the first row is written
   * for it, the range's top-left). One more read sync; the writes join the pass's write sync.
   */
  private async readGrowth(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    snapshot: TableSnapshot,
    range: Excel.Range,
    grewFrom: number,
    writes: CellWrite[],
  ): Promise<() => void> {
    const first = range.getRow(1).load("numberFormat");
    const validations = Array.from({ length: range.columnCount }, (_, c) => range.getCell(1, c).dataValidation.load("type, rule, ignoreBlanks, errorAlert, prompt"));
    await syncWithTimeout(context, this.sync);

    const firstRow = snapshot.top + 1;
    const newTop = snapshot.top + grewFrom;
    const count = range.rowCount - grewFrom;
    const width = range.columnCount;
    const formats = first.numberFormat;
    snapshot.rows[1].forEach((f, c) => {
      if (typeof f !== "string" || !f.startsWith("=")) return;
      for (let r = grewFrom; r < range.rowCount; r++) {
        if (snapshot.rows[r][c] === "" || snapshot.rows[r][c] === null) writes.push({ row: snapshot.top + r, col: snapshot.left + c, value: shiftFormula(f, snapshot.top + r - firstRow, 0) });
      }
    });
    return () => {
      const added = sheet.getRangeByIndexes(newTop, snapshot.left, count, width);
      if (this.options.copyFormats) added.copyFrom(sheet.getRangeByIndexes(firstRow, snapshot.left, 1, width), "Formats");
      added.numberFormat = Array.from({ length: count }, () => formats[0].slice());
      validations.forEach((dv, c) => {
        if (dv.type === "None" || dv.type === "Inconsistent" || dv.type === "MixedCriteria") return;
        const column = sheet.getRangeByIndexes(firstRow, snapshot.left + c, range.rowCount - 1, 1).dataValidation;
        column.clear();
        column.rule = definedCriteria(dv.rule);
        column.ignoreBlanks = dv.ignoreBlanks;
        column.errorAlert = dv.errorAlert;
        column.prompt = dv.prompt;
      });
    };
  }
}

function applyToSnapshot(snapshot: TableSnapshot, writes: CellWrite[]): void {
  for (const w of writes) snapshot.rows[w.row - snapshot.top][w.col - snapshot.left] = w.value;
}

/** Excel may report every criterion key, unset ones as null; a rule to write has exactly one. */
function definedCriteria(rule: Excel.DataValidationRule): Excel.DataValidationRule {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== null && v !== undefined)) as Excel.DataValidationRule;
}

/** The event's address (`E8`, `E8:F9`) as a 0-based rect; null for whole rows/columns (inserted or deleted). */
function changedRect(address: string): { top: number; left: number; bottom: number; right: number } | null {
  try {
    return parseRange(address.slice(address.lastIndexOf("!") + 1));
  } catch {
    return null;
  }
}
