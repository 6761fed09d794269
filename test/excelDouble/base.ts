import { apiNotFound, itemNotFound, propertyNotLoaded } from "./errors";
import type { Rect, SheetModel, WorkbookModel } from "./model";

/**
 * The request/proxy machinery of Office.js, reproduced strictly: proxies only queue operations;
 * `context.sync()` runs the queue; a property can be read only after `load()` and a sync.
 */

export interface Operation {
  /** What Office.js would send for it; its JSON length is the request payload. */
  payload: unknown;
  run: () => void;
}

/** What proxies need from the double. */
export interface Engine {
  readonly model: WorkbookModel;
  supports(version: string): boolean;
  executeSync(context: RequestContextLike): Promise<void>;
  /**
   * What a queued read answers: counted in the sync's response, and handed to the proxy (`deliver`)
   * only once the whole answer is known to fit under the cap, as the client gets all or nothing.
   */
  respond(value: unknown, deliver: () => void): void;
  /** A write by the add-in changed these cells (fires onChanged with triggerSource ThisLocalAddin). */
  addinChanged(sheet: SheetModel, rect: Rect): void;
  /** A cell's number format as `Range.numberFormat` reports it (dates can come back in the account's locale, office-js #2824). */
  numberFormatAsRead(format: string): string;
}

export interface RequestContextLike {
  readonly engine: Engine;
  queue: Operation[];
  closed: boolean;
  enqueue(op: Operation): void;
}

export function requireApi(engine: Engine, version: string, api: string): void {
  if (!engine.supports(version)) throw apiNotFound(api, version);
}

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

/** `"a, b/c"`, `["a"]` or `{ a: true, b: { c: true } }` → `["a", "b/c"]`. */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  const out: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key === "select" || key === "$select") out.push(...loadPaths(value as string));
    else if (key === "expand" || key === "$expand" || key === "$top" || key === "$skip" || key === "$all") continue;
    else if (value === true) out.push(key);
    else if (value && typeof value === "object") out.push(...loadPaths(value as Record<string, unknown>).map((p) => `${key}/${p}`));
  }
  return out;
}

export abstract class ProxyBase {
  protected readonly props = new Map<string, unknown>();

  constructor(readonly context: RequestContextLike) {}

  get engine(): Engine {
    return this.context.engine;
  }

  /** The properties `load()` without arguments loads. */
  protected abstract scalarProperties(): readonly string[];
  /** Reads a loaded property from the model, at sync time. */
  protected abstract read(property: string): unknown;
  /** Child proxies reachable by a path segment (`format`, `fill`, `items`…). */
  protected child(_name: string): ProxyBase | undefined {
    return undefined;
  }
  /** False for a null object (from an `…OrNullObject` method): loads then give null. */
  protected exists(): boolean {
    return true;
  }

  protected get<T>(property: string): T {
    if (!this.props.has(property)) throw propertyNotLoaded(property);
    return this.props.get(property) as T;
  }

  /** A queued change; the local copy is readable at once, as with Office.js. */
  protected set(property: string, value: unknown, apply: () => void): void {
    this.props.set(property, value);
    this.context.enqueue({ payload: { set: property, value }, run: apply });
  }

  protected queue(method: string, args: unknown, run: () => void): void {
    this.context.enqueue({ payload: { call: method, args }, run });
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const own: string[] = [];
    for (const path of paths.length > 0 ? paths : this.scalarProperties()) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      if (slash < 0 && this.scalarProperties().includes(head)) {
        own.push(head);
        continue;
      }
      const child = this.child(head);
      if (!child) throw propertyNotLoaded(`${head} (unknown to the double)`);
      child.load(slash < 0 ? undefined : path.slice(slash + 1));
    }
    if (own.length > 0) {
      this.context.enqueue({
        payload: { load: own },
        run: () => {
          const present = this.exists();
          for (const p of own) {
            const v = present ? this.read(p) : null;
            this.engine.respond(v, () => this.props.set(p, v));
          }
        },
      });
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }
}

/** Proxies obtained by an `…OrNullObject` method: `isNullObject` is known after the next sync. */
export function trackNullObject(proxy: { markNull(isNull: boolean): void }, context: RequestContextLike, exists: () => boolean): void {
  context.enqueue({ payload: { nullCheck: true }, run: () => proxy.markNull(!exists()) });
}

/**
 * A proxy for one model object found at sync time (a sheet, a table). From an `…OrNullObject` method
 * (`nullable`) it is a null object when the object is absent; otherwise using it then throws.
 */
export abstract class ResolvedProxy<T> extends ProxyBase {
  constructor(
    context: RequestContextLike,
    protected readonly resolveFn: () => T | null,
    nullable = false,
  ) {
    super(context);
    if (nullable) trackNullObject(this, context, () => this.resolveFn() !== null);
  }
  markNull(isNull: boolean): void {
    this.props.set("isNullObject", isNull);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  protected override exists(): boolean {
    return this.resolveFn() !== null;
  }
  /** Fills loaded properties directly (collection items). */
  fill(props: string[]): void {
    for (const p of props) if (this.scalarProperties().includes(p)) this.props.set(p, this.read(p));
  }
}

export function mustExist<T>(value: T | null, what: string): T {
  if (value === null) throw itemNotFound(what);
  return value;
}
