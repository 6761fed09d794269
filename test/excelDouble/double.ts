import type { Engine, Operation, RequestContextLike } from "./base";
import { OfficeErrorDouble } from "./errors";
import { EventQueue, type ChangeType } from "./events";
import { Faults } from "./faults";
import { fillDown, insertTableRows } from "./plannerActions";
import {
  cellFormula,
  cellValue,
  ensureCell,
  getCell,
  intersects,
  parseAddress,
  rectColumns,
  utf8Length,
  writeInput,
  WorkbookModel,
  type Cell,
  type Rect,
  type Scalar,
  type SheetModel,
} from "./model";
import { WorkbookProxy } from "./sheets";

/**
 * A strict in-memory stand-in for Excel's JavaScript API (the subset the shell uses), so the shell
 * runs unchanged in jest: proxies queue, `sync()` executes and is counted with its payload,
 * unloaded properties throw `PropertyNotLoaded`, misshapen arrays throw `InvalidArgument`, requests
 * over 5 MB throw like Excel on the web, and writes fire `onChanged` as Excel does: later, for formats
 * too (events.ts). Faults a test can ask for (an operation failing, the planner in cell edit mode) are in
 * faults.ts; what the planner does to the sheet (typing, drop-down picks, inserting rows, filling down)
 * is simulated here and in plannerActions.ts.
 * Plain TypeScript without Node APIs, so browser tests can bundle it.
 */

export interface DoubleOptions {
  /** Highest ExcelApi requirement set the "host" supports (default 1.17). */
  maxApi?: string;
  displayLanguage?: string;
  /** Excel on the web: 5 MB per request and per response. */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
}

export interface SyncRecord {
  index: number;
  /** UTF-8 length of the JSON of what was queued. */
  payloadBytes: number;
  responseBytes: number;
  operations: number;
  /** Operations that change the workbook (sets and calls), as opposed to loads. */
  writes: number;
}

export const FIVE_MB = 5 * 1024 * 1024;

function isWrite(payload: unknown): boolean {
  const p = payload as { set?: unknown; call?: unknown } | null;
  return !!p && (p.set !== undefined || (p.call !== undefined && p.call !== "addHandler" && p.call !== "removeHandler"));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class RequestContextDouble implements RequestContextLike {
  queue: Operation[] = [];
  closed = false;
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  /** `Excel.run({ delayForCellEdit: true }, …)` on a host with ExcelApi 1.11: requests wait out a cell edit. */
  delayForCellEdit = false;
  constructor(readonly engine: ExcelDouble) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(op: Operation): void {
    if (this.closed) throw new OfficeErrorDouble("InvalidRequestContext", "The request context is no longer valid: use objects only inside their Excel.run.");
    this.queue.push(op);
  }
  sync(): Promise<void> {
    return this.engine.executeSync(this);
  }
}

export class ExcelDouble implements Engine {
  readonly model = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  readonly events = new EventQueue(() => this.supports("1.14"));
  readonly faults = new Faults();
  /** Excel on the web fires no onChanged for a drop-down pick (office-js #4066); desktop Excel does. */
  dropdownPickFiresEvent = false;
  /**
   * Excel on the web may report a date format in the account's locale rather than as written (office-js
   * #2824, #1553): with this on, date formats read back as a Spanish-locale account's would show them
   * (year as `a`, day before month), e.g. `m/d/yyyy` as `d/m/aaaa`.
   */
  localeDateFormats = false;
  maxApi: string;
  displayLanguage: string;
  requestLimitBytes: number;
  responseLimitBytes: number;
  private failures = new Map<number, OfficeErrorDouble>();
  private hangs = new Set<number>();
  private current: SyncRecord | null = null;
  private deliveries: (() => void)[] = [];

  constructor(options: DoubleOptions = {}) {
    this.maxApi = options.maxApi ?? "1.17";
    this.displayLanguage = options.displayLanguage ?? "es-SV";
    this.requestLimitBytes = options.requestLimitBytes ?? FIVE_MB;
    this.responseLimitBytes = options.responseLimitBytes ?? FIVE_MB;
    this.model.addSheet("Hoja1");
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Errors thrown by event handlers (Excel swallows them; tests assert there are none). */
  get handlerErrors(): unknown[] {
    return this.events.handlerErrors;
  }

  supports(version: string): boolean {
    return compareVersions(version, this.maxApi) <= 0;
  }

  /** The `nth` sync from now (1 = the next one) rejects with this code. */
  failSync(nth = 1, code = "GeneralException", message = "Simulated failure"): void {
    this.failures.set(this.syncs.length + nth, new OfficeErrorDouble(code, message));
  }

  /** The `nth` sync from now never settles. */
  hangSync(nth = 1): void {
    this.hangs.add(this.syncs.length + nth);
  }

  async executeSync(context: RequestContextLike): Promise<void> {
    if (context.closed) throw new OfficeErrorDouble("InvalidRequestContext", "The request context is no longer valid.");
    const ops = context.queue;
    context.queue = [];
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      payloadBytes: utf8Length(JSON.stringify(ops.map((o) => o.payload))),
      responseBytes: 0,
      operations: ops.length,
      writes: ops.filter((o) => isWrite(o.payload)).length,
    };
    this.syncs.push(record);
    if (this.hangs.has(record.index)) return new Promise<void>(() => undefined);
    // A round trip: nothing runs before the caller has yielded.
    await Promise.resolve();
    await this.faults.beforeRequest((context as RequestContextDouble).delayForCellEdit === true);
    const failure = this.failures.get(record.index);
    if (failure) throw failure;
    if (record.payloadBytes > this.requestLimitBytes) {
      throw new OfficeErrorDouble("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.");
    }
    this.current = record;
    this.deliveries = [];
    try {
      for (const op of ops) {
        this.faults.checkOperation(op.payload);
        op.run();
      }
    } finally {
      this.current = null;
    }
    const deliveries = this.deliveries;
    this.deliveries = [];
    // Excel on the web refuses the whole answer: nothing loaded in this sync becomes readable.
    if (record.responseBytes > this.responseLimitBytes) {
      throw new OfficeErrorDouble("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.");
    }
    for (const deliver of deliveries) deliver();
  }

  numberFormatAsRead(format: string): string {
    if (!this.localeDateFormats || !/[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""))) return format;
    return format
      .replace(/y/gi, "a")
      .replace(/^(m+)([/.-])(d+)/i, "$3$2$1");
  }

  respond(value: unknown, deliver: () => void): void {
    if (!this.current) throw new Error("respond() outside a sync");
    this.current.responseBytes += utf8Length(JSON.stringify(value ?? null));
    this.deliveries.push(deliver);
  }

  addinChanged(sheet: SheetModel, rect: Rect): void {
    this.events.push({ sheet, rect, source: "Local", trigger: "ThisLocalAddin", changeType: "RangeEdited" });
  }

  /** A change the planner (or a co-author) made, delivered to handlers as Excel delivers it. */
  plannerChanged(sheet: SheetModel, rect: Rect, changeType: ChangeType, remote = false): void {
    this.events.push({ sheet, rect, source: remote ? "Remote" : "Local", trigger: "Unknown", changeType });
  }

  /** Waits until every event fired so far has been delivered and what its handlers started has settled. */
  idle(): Promise<void> {
    return this.events.idle();
  }

  /**
   * `Excel.run(batch)`, `Excel.run(objectOrContext, batch)` or `Excel.run(options, batch)`; a batch must
   * return a promise. Of the run options only `delayForCellEdit` is modelled, from ExcelApi 1.11 (below
   * it the host ignores it and a request in cell edit mode fails as without it).
   */
  async run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as (ctx: RequestContextDouble) => Promise<T>;
    let context: RequestContextDouble;
    const given = typeof first === "object" && first !== null ? ((first as { context?: unknown }).context ?? first) : null;
    if (given instanceof RequestContextDouble) {
      context = given;
      context.closed = false;
    } else if (given !== null && "context" in (first as object)) {
      throw new OfficeErrorDouble("InvalidArgument", "Excel.run: not a request context or client object.");
    } else {
      context = new RequestContextDouble(this);
      context.delayForCellEdit = given !== null && (given as { delayForCellEdit?: unknown }).delayForCellEdit === true && this.supports("1.11");
    }
    try {
      const promise = batch(context);
      if (!promise || typeof (promise as Promise<T>).then !== "function") {
        throw new OfficeErrorDouble("RunMustReturnPromise", "The batch function passed to the \".run\" method didn't return a promise.");
      }
      const result = await promise;
      // Excel.run syncs what is still queued when the batch ends.
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  }

  /** The planner (or, with `remote`, a co-author) types into cells; tables grow as Excel's AutoExpand does. */
  async simulateUserEdit(sheetName: string, address: string, value: Scalar | null | (Scalar | null)[][], options: { remote?: boolean } = {}): Promise<void> {
    const sheet = this.sheet(sheetName);
    const { rect } = parseAddress(address);
    const rows = Array.isArray(value) ? value : [[value]];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const v = rows[r - rect.top]?.[c - rect.left];
        const cell = ensureCell(sheet, r, c);
        if (v === null || v === "") {
          cell.value = "";
          delete cell.formula;
          delete cell.result;
        } else writeInput(cell, v);
      }
    if (!options.remote) {
      for (const t of this.model.tables) {
        if (t.sheetId === sheet.id && rect.top === t.rect.bottom + 1 && intersects({ ...t.rect, top: rect.top, bottom: rect.bottom }, rect)) {
          t.rect = { ...t.rect, bottom: rect.bottom };
        }
      }
    }
    this.plannerChanged(sheet, rect, "RangeEdited", options.remote);
    await this.idle();
  }

  /** The planner picks a value from a cell's drop-down list: Excel on the web fires no event for it (office-js #4066). */
  async simulateDropdownPick(sheetName: string, address: string, value: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    const { rect } = parseAddress(address);
    writeInput(ensureCell(sheet, rect.top, rect.left), value);
    if (this.dropdownPickFiresEvent) this.plannerChanged(sheet, rect, "RangeEdited");
    await this.idle();
  }

  /** The planner uses *Insert › Table Rows Above* on `beforeRow` (1-based sheet row) of a table. */
  async simulateInsertTableRows(tableName: string, beforeRow: number, count = 1): Promise<void> {
    const table = this.model.tableByName(tableName);
    if (!table) throw new Error(`No table ${tableName} in the double`);
    const sheet = this.model.sheetById(table.sheetId)!;
    const inserted = insertTableRows(sheet, this.model.tables, table, beforeRow - 1, count);
    this.plannerChanged(sheet, inserted, "RowInserted");
    await this.idle();
  }

  /** The planner drags the fill handle of `source` (cells of a table's last row) down to `toRow` (1-based). */
  async simulateFillDown(sheetName: string, source: string, toRow: number): Promise<void> {
    const sheet = this.sheet(sheetName);
    const change = fillDown(sheet, this.model.tables, parseAddress(source).rect, toRow - 1);
    this.plannerChanged(sheet, change.rect, change.changeType);
    await this.idle();
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`No sheet ${name} in the double`);
    return s;
  }

  /** Inspection for tests: the stored cell (constant or formula), without going through proxies. */
  cell(sheetName: string, address: string): { value: Scalar; formula: string | null; numberFormat: string; format: Cell["format"] } {
    const { rect } = parseAddress(address);
    const c = getCell(this.sheet(sheetName), rect.top, rect.left);
    return { value: cellValue(c), formula: c?.formula ?? null, numberFormat: c?.numberFormat ?? "General", format: { ...(c?.format ?? {}) } };
  }

  /** Values of a range as `values` would read them. */
  read(sheetName: string, address: string): Scalar[][] {
    const { rect } = parseAddress(address);
    const sheet = this.sheet(sheetName);
    const out: Scalar[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: Scalar[] = [];
      for (let c = rect.left; c < rect.left + rectColumns(rect); c++) line.push(cellValue(getCell(sheet, r, c)));
      out.push(line);
    }
    return out;
  }

  formulaAt(sheetName: string, address: string): Scalar {
    const { rect } = parseAddress(address);
    return cellFormula(getCell(this.sheet(sheetName), rect.top, rect.left));
  }

  /** Formulas are stored, not computed: a test says what one shows. */
  setFormulaResult(sheetName: string, address: string, value: Scalar): void {
    const { rect } = parseAddress(address);
    const c = getCell(this.sheet(sheetName), rect.top, rect.left);
    if (!c?.formula) throw new Error(`${address} holds no formula`);
    c.result = value;
  }

  /** Sets up a sheet as a planner's workbook would have it, without syncs or events. */
  seed(sheetName: string, rows: (Scalar | null)[][], options: { anchor?: string; fills?: Record<string, string> } = {}): SheetModel {
    const sheet = this.model.sheetByName(sheetName) ?? this.model.addSheet(sheetName);
    const a = parseAddress(options.anchor ?? "A1").rect;
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") writeInput(ensureCell(sheet, a.top + r, a.left + c), v);
      }),
    );
    for (const [address, fill] of Object.entries(options.fills ?? {})) {
      const { rect } = parseAddress(address);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) ensureCell(sheet, r, c).format.fill = `#${fill.replace("#", "").toUpperCase()}`;
    }
    return sheet;
  }

  removeSheet(name: string): void {
    this.model.sheets = this.model.sheets.filter((s) => s !== this.sheet(name));
    if (!this.model.sheets.some((s) => s.id === this.model.activeSheetId)) this.model.activeSheetId = this.model.sheets[0]?.id ?? null;
  }

  /** The whole workbook as JSON, to assert that something changed nothing. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.model.sheets.map((s) => ({
        ...s,
        cells: [...s.cells.entries()].filter(([, c]) => c.value !== "" || c.formula || c.numberFormat !== "General" || Object.keys(c.format).length > 0),
        columnWidths: [...s.columnWidths.entries()],
        changedHandlers: s.changedHandlers.size,
      })),
      tables: this.model.tables,
      active: this.model.activeSheetId,
    });
  }

  resetCounters(): void {
    this.syncs.length = 0;
  }
}
