import type { Engine, Operation, RequestContextLike } from "./base";
import { OfficeErrorDouble } from "./errors";
import {
  cellFormula,
  cellValue,
  ensureCell,
  fullAddress,
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
import { injectedFault } from "./printLayout";
import { WorkbookProxy } from "./sheets";

/**
 * A strict in-memory stand-in for Excel's JavaScript API (the subset the shell uses), so the shell
 * runs unchanged in jest: proxies queue, `sync()` executes and is counted with its payload,
 * unloaded properties throw `PropertyNotLoaded`, misshapen arrays throw `InvalidArgument`, requests
 * over 5 MB throw like Excel on the web, and writes fire `onChanged` as Excel does.
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
}

export const FIVE_MB = 5 * 1024 * 1024;

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

interface PendingChange {
  sheet: SheetModel;
  rect: Rect;
  source: "Local" | "Remote";
  trigger: "ThisLocalAddin" | "Unknown";
}

export class ExcelDouble implements Engine {
  readonly model = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  readonly handlerErrors: unknown[] = [];
  maxApi: string;
  displayLanguage: string;
  requestLimitBytes: number;
  responseLimitBytes: number;
  private failures = new Map<number, OfficeErrorDouble>();
  private hangs = new Set<number>();
  private current: SyncRecord | null = null;
  private deliveries: (() => void)[] = [];
  private changes: PendingChange[] = [];
  private pending = new Set<Promise<unknown>>();

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
    };
    this.syncs.push(record);
    if (this.hangs.has(record.index)) return new Promise<void>(() => undefined);
    // A round trip: nothing runs before the caller has yielded.
    await Promise.resolve();
    const failure = this.failures.get(record.index);
    if (failure) throw failure;
    if (record.payloadBytes > this.requestLimitBytes) {
      throw new OfficeErrorDouble("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.");
    }
    this.current = record;
    this.deliveries = [];
    try {
      for (const op of ops) {
        injectedFault(this, op.payload);
        op.run();
      }
    } finally {
      this.current = null;
      this.dispatchChanges();
    }
    const deliveries = this.deliveries;
    this.deliveries = [];
    // Excel on the web refuses the whole answer: nothing loaded in this sync becomes readable.
    if (record.responseBytes > this.responseLimitBytes) {
      throw new OfficeErrorDouble("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.");
    }
    for (const deliver of deliveries) deliver();
  }

  respond(value: unknown, deliver: () => void): void {
    if (!this.current) throw new Error("respond() outside a sync");
    this.current.responseBytes += utf8Length(JSON.stringify(value ?? null));
    this.deliveries.push(deliver);
  }

  addinChanged(sheet: SheetModel, rect: Rect): void {
    this.changes.push({ sheet, rect, source: "Local", trigger: "ThisLocalAddin" });
  }

  /** Handlers run as Excel calls them: after the change, not awaited; `idle()` waits for them. */
  private dispatchChanges(): void {
    const changes = this.changes;
    this.changes = [];
    for (const change of changes) {
      const args: Record<string, unknown> = {
        type: "WorksheetChanged",
        address: fullAddress(change.sheet, change.rect).replace(/^.*!/, ""),
        changeType: "RangeEdited",
        source: change.source,
        worksheetId: change.sheet.id,
      };
      if (this.supports("1.14")) args.triggerSource = change.trigger;
      for (const handler of [...change.sheet.changedHandlers]) {
        let p: Promise<unknown>;
        try {
          p = Promise.resolve(handler(args));
        } catch (e) {
          p = Promise.reject(e);
        }
        const tracked = p.catch((e) => this.handlerErrors.push(e)).finally(() => this.pending.delete(tracked));
        this.pending.add(tracked);
      }
    }
  }

  /** Waits until every event handler fired so far, and what they started, has settled. */
  async idle(): Promise<void> {
    for (let i = 0; i < 1000 && this.pending.size > 0; i++) await Promise.allSettled([...this.pending]);
  }

  /** `Excel.run(batch)` or `Excel.run(objectOrContext, batch)`; a batch must return a promise. */
  async run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as (ctx: RequestContextDouble) => Promise<T>;
    let context: RequestContextDouble;
    if (typeof first !== "function" && first && typeof first === "object") {
      const given = (first as { context?: RequestContextDouble }).context ?? (first as RequestContextDouble);
      if (!(given instanceof RequestContextDouble)) throw new OfficeErrorDouble("InvalidArgument", "Excel.run: not a request context or client object.");
      context = given;
      context.closed = false;
    } else context = new RequestContextDouble(this);
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
    this.changes.push({ sheet, rect, source: options.remote ? "Remote" : "Local", trigger: "Unknown" });
    this.dispatchChanges();
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
