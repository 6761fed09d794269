import { mustExist, ProxyBase, requireApi, ResolvedProxy, type RequestContextLike } from "./base";
import { invalidArgument, itemNotFound, OfficeErrorDouble } from "./errors";
import { cellKey, ensureCell, getCell, hasContent, intersects, parseAddress, usedRect, writeInput, type ChangedHandler, type Rect, type SheetModel, type TableModel } from "./model";
import { PageLayoutProxy } from "./printLayout";
import { RangeProxy, type Located } from "./ranges";

function locatedIn(sheet: () => SheetModel | null, address: string): () => Located | null {
  return () => {
    const s = sheet();
    if (!s) return null;
    const p = parseAddress(address);
    if (p.sheet !== null && p.sheet.toLocaleUpperCase() !== s.name.toLocaleUpperCase()) throw invalidArgument(`address ${address} is not on ${s.name}`);
    return { sheet: s, rect: p.rect };
  };
}

export class WorkbookProxy {
  constructor(readonly context: RequestContextLike) {}
  private sheetsProxy?: WorksheetCollectionProxy;
  get worksheets(): WorksheetCollectionProxy {
    return (this.sheetsProxy ??= new WorksheetCollectionProxy(this.context));
  }
  private tablesProxy?: TableCollectionProxy;
  get tables(): TableCollectionProxy {
    return (this.tablesProxy ??= new TableCollectionProxy(this.context, null));
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.context.engine.model.activeSheet();
      return { sheet, rect: sheet.selection };
    });
  }
}

/** Sheet names as Excel allows them. */
function checkSheetName(name: string): void {
  if (name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`sheet name "${name}"`);
  }
}

export class WorksheetCollectionProxy extends ProxyBase {
  protected scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected read(): unknown {
    return this.engine.model.sheets.length;
  }
  get count(): number {
    return this.get("count");
  }
  private itemProxies: WorksheetProxy[] | null = null;
  private itemPaths: string[] = [];
  protected override child(name: string): ProxyBase | undefined {
    if (name !== "items") return undefined;
    // `load("items/name")`: the items are made at sync time, each loading what was asked.
    const collection = this;
    const loader = new (class extends ProxyBase {
      protected scalarProperties(): readonly string[] {
        return [];
      }
      protected read(): unknown {
        return null;
      }
      override load(spec?: string | string[]): this {
        collection.itemPaths.push(...(typeof spec === "string" ? spec.split(",").map((s) => s.trim()) : spec ?? ["name", "id", "position"]));
        collection.context.enqueue({
          payload: { load: "items", spec },
          run: () => {
            const items = collection.engine.model.sheets.map((s) => {
              const p = new WorksheetProxy(collection.context, () => s);
              p.fill(collection.itemPaths);
              return p;
            });
            collection.engine.respond(items, () => (collection.itemProxies = items));
          },
        });
        return this;
      }
    })(this.context);
    return loader;
  }
  get items(): WorksheetProxy[] {
    if (!this.itemProxies) throw new OfficeErrorDouble("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.itemProxies;
  }

  add(name?: string): WorksheetProxy {
    let model: SheetModel | null = null;
    this.queue("worksheets.add", { name }, () => {
      const wb = this.engine.model;
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (wb.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkSheetName(n);
      if (wb.sheetByName(n)) throw new OfficeErrorDouble("ItemAlreadyExists", `A sheet named "${n}" already exists.`);
      model = wb.addSheet(n);
    });
    return new WorksheetProxy(this.context, () => mustExist(model, "added sheet"));
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => mustExist(this.engine.model.sheetByName(key) ?? this.engine.model.sheetById(key), `worksheet ${key}`));
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    requireApi(this.engine, "1.4", "WorksheetCollection.getItemOrNullObject");
    return new WorksheetProxy(this.context, () => this.engine.model.sheetByName(key) ?? this.engine.model.sheetById(key), true);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.engine.model.activeSheet());
  }
}

export class WorksheetProxy extends ResolvedProxy<SheetModel> {
  sheet(): SheetModel {
    return mustExist(this.resolveFn(), "worksheet");
  }
  protected scalarProperties(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }
  protected read(p: string): unknown {
    const s = this.sheet();
    if (p === "name") return s.name;
    if (p === "id") return s.id;
    if (p === "position") return this.engine.model.sheets.indexOf(s);
    return s.visibility ?? "Visible";
  }
  protected override child(name: string): ProxyBase | undefined {
    if (name === "tables") return this.tables;
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v, () => {
      checkSheetName(v);
      const other = this.engine.model.sheetByName(v);
      if (other && other !== this.sheet()) throw new OfficeErrorDouble("ItemAlreadyExists", `A sheet named "${v}" already exists.`);
      this.sheet().name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  /** Read from ExcelApi 1.1 (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member). */
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }

  getRange(address?: string): RangeProxy {
    if (address === undefined) return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { top: 0, left: 0, bottom: 1048575, right: 16383 } }));
    return new RangeProxy(this.context, locatedIn(() => this.sheet(), address));
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { top: row, left: column, bottom: row, right: column } }));
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    requireApi(this.engine, "1.7", "Worksheet.getRangeByIndexes");
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 } }));
  }
  /** A blank sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): RangeProxy {
    if (valuesOnly) requireApi(this.engine, "1.2", "Worksheet.getUsedRange(valuesOnly)");
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    requireApi(this.engine, "1.4", "Worksheet.getUsedRangeOrNullObject");
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.resolveFn();
        if (!sheet) return null;
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  activate(): void {
    this.queue("activate", {}, () => (this.engine.model.activeSheetId = this.sheet().id));
  }
  delete(): void {
    this.queue("delete", {}, () => {
      const wb = this.engine.model;
      const s = this.sheet();
      if (wb.sheets.length === 1) throw new OfficeErrorDouble("InvalidOperation", "A workbook must keep at least one sheet.");
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets[0].id;
    });
  }

  private tablesProxy?: TableCollectionProxy;
  get tables(): TableCollectionProxy {
    return (this.tablesProxy ??= new TableCollectionProxy(this.context, () => this.sheet()));
  }
  private freeze?: FreezePanesProxy;
  get freezePanes(): FreezePanesProxy {
    requireApi(this.engine, "1.7", "Worksheet.freezePanes");
    return (this.freeze ??= new FreezePanesProxy(this.context, () => this.sheet()));
  }
  private layout?: PageLayoutProxy;
  /** ExcelApi 1.9 (printLayout.ts). */
  get pageLayout(): PageLayoutProxy {
    return (this.layout ??= new PageLayoutProxy(this.context, () => this.sheet()));
  }
  private changed?: ChangedEventProxy;
  get onChanged(): ChangedEventProxy {
    requireApi(this.engine, "1.7", "Worksheet.onChanged");
    return (this.changed ??= new ChangedEventProxy(this.context, () => this.sheet()));
  }
}

export class FreezePanesProxy {
  constructor(
    readonly context: RequestContextLike,
    private readonly sheet: () => SheetModel,
  ) {}
  /**
   * Freezing panes on a sheet that is not active makes it the active one as far as the API can tell
   * (`WorksheetActivated` fires and getActiveWorksheet returns it, though the window still shows the
   * other sheet: OfficeDev/office-js#3148), so the double activates it.
   */
  private queue(what: string, args: unknown, run: (s: SheetModel) => void): void {
    this.context.enqueue({
      payload: { call: what, args },
      run: () => {
        const sheet = this.sheet();
        run(sheet);
        this.context.engine.model.activeSheetId = sheet.id;
      },
    });
  }
  freezeRows(count = 1): void {
    this.queue("freezeRows", count, (s) => (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queue("freezeColumns", count, (s) => (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(range: RangeProxy | string): void {
    this.queue("freezeAt", typeof range === "string" ? range : "range", (s) => {
      const rect = typeof range === "string" ? parseAddress(range).rect : range.located().rect;
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this.queue("unfreeze", null, (s) => (s.freeze = { rows: 0, columns: 0 }));
  }
}

export class EventHandlerResultDouble {
  constructor(
    readonly context: RequestContextLike,
    private readonly sheet: () => SheetModel,
    private readonly handler: ChangedHandler,
  ) {}
  remove(): void {
    this.context.enqueue({ payload: { call: "removeHandler" }, run: () => this.sheet().changedHandlers.delete(this.handler) });
  }
}

export class ChangedEventProxy {
  constructor(
    readonly context: RequestContextLike,
    private readonly sheet: () => SheetModel,
  ) {}
  add(handler: ChangedHandler): EventHandlerResultDouble {
    this.context.enqueue({ payload: { call: "addHandler" }, run: () => this.sheet().changedHandlers.add(handler) });
    return new EventHandlerResultDouble(this.context, this.sheet, handler);
  }
}

/** Table names as Excel allows them: a letter, `_` or `\` first, no spaces, not a cell reference. */
function checkTableName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RC]$/i.test(name)) {
    throw invalidArgument(`table name "${name}"`);
  }
}

export class TableCollectionProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(context);
  }
  private tablesNow(): TableModel[] {
    const s = this.sheet?.();
    return this.engine.model.tables.filter((t) => !s || t.sheetId === s.id);
  }
  protected scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected read(): unknown {
    return this.tablesNow().length;
  }
  get count(): number {
    return this.get("count");
  }
  private itemProxies: TableProxy[] | null = null;
  protected override child(name: string): ProxyBase | undefined {
    if (name !== "items") return undefined;
    const collection = this;
    return new (class extends ProxyBase {
      protected scalarProperties(): readonly string[] {
        return [];
      }
      protected read(): unknown {
        return null;
      }
      override load(spec?: string | string[]): this {
        const props = typeof spec === "string" ? spec.split(",").map((s) => s.trim()) : spec ?? ["name", "id", "style"];
        collection.context.enqueue({
          payload: { load: "items", spec },
          run: () => {
            const items = collection.tablesNow().map((t) => {
              const p = new TableProxy(collection.context, () => t);
              p.fill(props);
              return p;
            });
            collection.engine.respond(items, () => (collection.itemProxies = items));
          },
        });
        return this;
      }
    })(this.context);
  }
  get items(): TableProxy[] {
    if (!this.itemProxies) throw new OfficeErrorDouble("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.itemProxies;
  }

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let model: TableModel | null = null;
    this.queue("tables.add", { address: typeof address === "string" ? address : "range", hasHeaders }, () => {
      const wb = this.engine.model;
      let loc: Located;
      if (typeof address === "string") {
        // "If the address does not contain a sheet name, the currently-active sheet is used", for a
        // worksheet's collection too (TableCollection.add, https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
        const p = parseAddress(address);
        const sheet = p.sheet !== null ? mustExist(wb.sheetByName(p.sheet), `worksheet ${p.sheet}`) : wb.activeSheet();
        loc = { sheet, rect: p.rect };
      } else loc = address.located();
      // What Excel then does with a range on another sheet than the collection's is not documented;
      // refusing it is a guess that is never more lenient than Excel (a table on the wrong sheet would be worse).
      if (this.sheet && loc.sheet !== this.sheet()) throw invalidArgument("the table's range is on another sheet than this worksheet's tables");
      if (wb.tables.some((t) => t.sheetId === loc.sheet.id && intersects(t.rect, loc.rect))) throw invalidArgument("A table can't overlap another table.");
      if (loc.sheet.merges.some((m) => intersects(m, loc.rect))) throw invalidArgument("A table can't contain merged cells.");
      if (!hasHeaders) throw new OfficeErrorDouble("NotImplemented", "The double models tables with a header row only.");
      for (let c = loc.rect.left; c <= loc.rect.right; c++) {
        const h = getCell(loc.sheet, loc.rect.top, c);
        if (!h || h.value === "" || h.formula !== undefined) throw new OfficeErrorDouble("NotImplemented", "The double expects literal header cells.");
      }
      let i = wb.tables.length + 1;
      while (wb.tableByName(`Table${i}`)) i++;
      model = { id: wb.newId("table"), name: `Table${i}`, sheetId: loc.sheet.id, rect: loc.rect, style: "TableStyleMedium2" };
      wb.tables.push(model);
    });
    return new TableProxy(this.context, () => mustExist(model, "added table"));
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => mustExist(this.find(name), `table ${name}`));
  }
  getItemOrNullObject(name: string): TableProxy {
    requireApi(this.engine, "1.4", "TableCollection.getItemOrNullObject");
    return new TableProxy(this.context, () => this.find(name), true);
  }
  private find(name: string): TableModel | null {
    const t = this.engine.model.tableByName(name);
    return t && this.tablesNow().includes(t) ? t : null;
  }
}

export class TableProxy extends ResolvedProxy<TableModel> {
  private table(): TableModel {
    return mustExist(this.resolveFn(), "table");
  }
  protected scalarProperties(): readonly string[] {
    return ["name", "id", "style"];
  }
  protected read(p: string): unknown {
    const t = this.table();
    return p === "name" ? t.name : p === "id" ? t.id : t.style;
  }
  protected override child(name: string): ProxyBase | undefined {
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v, () => {
      checkTableName(v);
      const other = this.engine.model.tableByName(v);
      if (other && other !== this.table()) throw invalidArgument(`A table named ${v} already exists.`);
      this.table().name = v;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.set("style", v, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) throw invalidArgument(`table style ${v}`);
      this.table().style = v;
    });
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.engine.model.sheetById(this.table().sheetId));
  }
  private range(f: (r: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.table();
      return { sheet: mustExist(this.engine.model.sheetById(t.sheetId), "table sheet"), rect: f(t.rect) };
    });
  }
  private columnsProxy?: TableColumnCollectionProxy;
  get columns(): TableColumnCollectionProxy {
    return (this.columnsProxy ??= new TableColumnCollectionProxy(this.context, () => this.table(), this.engine));
  }
  getRange(): RangeProxy {
    return this.range((r) => r);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((r) => ({ ...r, bottom: r.top }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((r) => {
      if (r.bottom === r.top) throw itemNotFound("the table has no data rows");
      return { ...r, top: r.top + 1 };
    });
  }
}

/**
 * A table's columns (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection).
 * `add(index, values, name)`: "Adds a new column to the table"; index "If null or -1, the addition happens
 * at the end. Columns with a higher index will be shifted to the side"; values "A 2D array of unformatted
 * values of the table column"; name "If null, the default name will be used". The double models adding
 * at the end only. What Excel does with cells already right of the table is not documented (they may be
 * shifted, or taken into the table): the double refuses when the new column's cells in the table's rows
 * hold anything, or when it would overlap another table or a merged area — never more lenient than
 * Excel, and code that checks the cells are empty first behaves the same either way. A name already
 * used by another column is refused too (Excel requires distinct headers; whether it renames instead is
 * not documented). `values` are written as `Range.values` writes them (`=…` becomes a formula).
 */
export class TableColumnCollectionProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly table: () => TableModel,
    private readonly engineRef: { model: { sheetById(id: string): SheetModel | null; tables: TableModel[] } },
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected read(): unknown {
    const t = this.table();
    return t.rect.right - t.rect.left + 1;
  }
  get count(): number {
    return this.get("count");
  }
  add(index?: number | null, values?: unknown[][], name?: string): TableColumnProxy {
    let added: { table: TableModel; col: number } | null = null;
    this.queue("columns.add", { index, values, name }, () => {
      const t = this.table();
      const sheet = mustExist(this.engineRef.model.sheetById(t.sheetId), "table sheet");
      const width = t.rect.right - t.rect.left + 1;
      if (index !== undefined && index !== null && index !== -1 && index !== width) throw new OfficeErrorDouble("NotImplemented", "The double adds table columns at the end only.");
      const col = t.rect.right + 1;
      if (col >= 16384) throw invalidArgument("no column left right of the table");
      const rows = t.rect.bottom - t.rect.top + 1;
      if (values !== undefined && values !== null && (!Array.isArray(values) || values.length !== rows || values.some((line) => !Array.isArray(line) || line.length !== 1))) {
        throw invalidArgument(`columns.add: the table has ${rows} rows, the values do not`);
      }
      const strip: Rect = { top: t.rect.top, left: col, bottom: t.rect.bottom, right: col };
      for (let r = strip.top; r <= strip.bottom; r++) {
        if (hasContent(getCell(sheet, r, col))) throw new OfficeErrorDouble("InvalidOperation", "The cells right of the table are not empty (the double does not guess whether Excel shifts them).");
      }
      if (this.engineRef.model.tables.some((o) => o !== t && o.sheetId === t.sheetId && intersects(o.rect, strip))) throw invalidArgument("A table can't overlap another table.");
      if (sheet.merges.some((m) => intersects(m, strip))) throw invalidArgument("A table can't contain merged cells.");
      const header = String(name ?? values?.[0]?.[0] ?? "");
      const headers = Array.from({ length: width }, (_, k) => String(getCell(sheet, t.rect.top, t.rect.left + k)?.value ?? "").toUpperCase());
      const label = header === "" ? `Column${width + 1}` : header;
      if (headers.includes(label.toUpperCase())) throw invalidArgument(`a column named ${label} already exists`);
      for (let r = strip.top; r <= strip.bottom; r++) {
        const cell = ensureCell(sheet, r, col);
        if (r === strip.top) writeInput(cell, label);
        else if (values) writeInput(cell, values[r - strip.top][0]);
      }
      t.rect = { ...t.rect, right: col };
      added = { table: t, col };
      (this.context.engine as { addinChanged(sheet: SheetModel, rect: Rect): void }).addinChanged(sheet, strip);
    });
    return new TableColumnProxy(this.context, () => {
      const a = mustExist(added, "added column");
      return { table: a.table, col: a.col };
    }, this.engineRef);
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, () => {
      const t = this.table();
      if (index < 0 || t.rect.left + index > t.rect.right) throw itemNotFound(`table column ${index}`);
      return { table: t, col: t.rect.left + index };
    }, this.engineRef);
  }
}

/** One table column: `delete()` "Deletes the column from the table" (ExcelApi 1.1); the double models the last column only. */
export class TableColumnProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly at: () => { table: TableModel; col: number },
    private readonly engineRef: { model: { sheetById(id: string): SheetModel | null } },
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["index"];
  }
  protected read(): unknown {
    const { table, col } = this.at();
    return col - table.rect.left;
  }
  delete(): void {
    this.queue("column.delete", {}, () => {
      const { table, col } = this.at();
      if (col !== table.rect.right || table.rect.right === table.rect.left) throw new OfficeErrorDouble("NotImplemented", "The double deletes a table's last column only.");
      const sheet = mustExist(this.engineRef.model.sheetById(table.sheetId), "table sheet");
      for (let r = table.rect.top; r <= table.rect.bottom; r++) sheet.cells.delete(cellKey(r, col));
      table.rect = { ...table.rect, right: col - 1 };
    });
  }
}
