import { shiftFormula } from "../../src/core/formulaShift";
import { mustExist, ProxyBase, requireApi, trackNullObject, type RequestContextLike } from "./base";
import { BorderCollectionProxy, queueAutofitRows, queueRowHeight } from "./printLayout";
import { invalidArgument, itemNotFound, OfficeErrorDouble, valueNotLoaded } from "./errors";
import {
  cellFormula,
  cellText,
  cellValue,
  cellValueType,
  contains,
  ensureCell,
  fullAddress,
  getCell,
  intersection,
  intersects,
  parseAddress,
  rectColumns,
  rectRows,
  subtract,
  writeInput,
  DEFAULT_COLUMN_WIDTH,
  MAX_COLUMNS,
  MAX_ROWS,
  type Cell,
  type CellFormat,
  type ConditionalFormatModel,
  type Rect,
  type SheetModel,
} from "./model";

export interface Located {
  sheet: SheetModel;
  rect: Rect;
}

/** Merged areas one `getMergedAreasOrNullObject` can return (Excel.Range docs, see below). */
export const MAX_MERGED_AREAS = 512;
const MAX_READ_CELLS = 5_000_000;

function grid<T>(loc: Located, f: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
  const { rect, sheet } = loc;
  if (rectRows(rect) * rectColumns(rect) > MAX_READ_CELLS) throw new OfficeErrorDouble("RangeExceedsLimit", "The range is too large to read.");
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(f(getCell(sheet, r, c), r, c));
    out.push(line);
  }
  return out;
}

function eachCell(loc: Located, f: (cell: Cell, row: number, col: number) => void): void {
  for (let r = loc.rect.top; r <= loc.rect.bottom; r++) for (let c = loc.rect.left; c <= loc.rect.right; c++) f(ensureCell(loc.sheet, r, c), r, c);
}

/** The one value all cells share, else null (as Excel reports mixed formats). */
function uniform<T>(loc: Located, f: (cell: Cell | undefined, col: number) => T): T | null {
  let first = true;
  let value: T | null = null;
  for (let r = loc.rect.top; r <= loc.rect.bottom; r++)
    for (let c = loc.rect.left; c <= loc.rect.right; c++) {
      const v = f(getCell(loc.sheet, r, c), c);
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) return null;
    }
  return value;
}

/** Writing a 2-D array: its shape must be the range's, as Excel insists. */
function checkShape(loc: Located, data: unknown, property: string): unknown[][] {
  const rows = rectRows(loc.rect);
  const cols = rectColumns(loc.rect);
  if (!Array.isArray(data) || data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== cols)) {
    const got = Array.isArray(data) ? `${data.length}×${Array.isArray(data[0]) ? data[0].length : "?"}` : typeof data;
    throw invalidArgument(`${property}: the range is ${rows}×${cols} but the array is ${got}`, `Range.${property}`);
  }
  return data as unknown[][];
}

export class RangeProxy extends ProxyBase {
  private isNull: boolean | undefined;

  constructor(
    context: RequestContextLike,
    private readonly locateFn: () => Located | null,
    nullable = false,
  ) {
    super(context);
    if (nullable) trackNullObject(this, context, () => this.locateFn() !== null);
  }

  markNull(isNull: boolean): void {
    this.isNull = isNull;
    this.props.set("isNullObject", isNull);
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  /** Resolves the range at sync time; null for a null object. */
  locate(): Located | null {
    return this.locateFn();
  }

  located(): Located {
    return mustExist(this.locateFn(), "range");
  }

  protected override exists(): boolean {
    return this.isNull !== true && this.locateFn() !== null;
  }

  protected scalarProperties(): readonly string[] {
    return ["address", "addressLocal", "values", "formulas", "numberFormat", "text", "valueTypes", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount"];
  }

  protected read(p: string): unknown {
    const loc = this.located();
    switch (p) {
      case "address":
        return fullAddress(loc.sheet, loc.rect);
      case "addressLocal":
        return fullAddress(loc.sheet, loc.rect);
      case "values":
        return grid(loc, (c) => cellValue(c));
      case "formulas":
        return grid(loc, (c) => cellFormula(c));
      case "numberFormat":
        return grid(loc, (c) => this.engine.numberFormatAsRead(c?.numberFormat ?? "General"));
      case "text":
        return grid(loc, (c) => cellText(c));
      case "valueTypes":
        return grid(loc, (c) => cellValueType(c));
      case "rowCount":
        return rectRows(loc.rect);
      case "columnCount":
        return rectColumns(loc.rect);
      case "rowIndex":
        return loc.rect.top;
      case "columnIndex":
        return loc.rect.left;
      case "cellCount":
        return rectRows(loc.rect) * rectColumns(loc.rect);
    }
    throw new Error(`unknown property ${p}`);
  }

  protected override child(name: string): ProxyBase | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(data: unknown[][]) {
    this.writeCells("values", data);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(data: unknown[][]) {
    this.writeCells("formulas", data);
  }

  private writeCells(property: string, data: unknown[][]): void {
    this.set(property, data, () => {
      const loc = this.located();
      const rows = checkShape(loc, data, property);
      eachCell(loc, (cell, r, c) => writeInput(cell, rows[r - loc.rect.top][c - loc.rect.left]));
      this.engine.addinChanged(loc.sheet, loc.rect);
    });
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this.set("numberFormat", data, () => {
      const loc = this.located();
      const rows = checkShape(loc, data, "numberFormat");
      eachCell(loc, (cell, r, c) => {
        const f = rows[r - loc.rect.top][c - loc.rect.left];
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw invalidArgument("numberFormat entries must be strings");
        cell.numberFormat = f;
      });
      // onChanged "fires when either the format or value of the data changes" (events.ts).
      this.engine.addinChanged(loc.sheet, loc.rect);
    });
  }

  private formatProxy?: RangeFormatProxy;
  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, this));
  }

  private validationProxy?: DataValidationProxy;
  get dataValidation(): DataValidationProxy {
    requireApi(this.engine, "1.8", "Range.dataValidation");
    return (this.validationProxy ??= new DataValidationProxy(this.context, this));
  }

  private formatsProxy?: ConditionalFormatCollectionProxy;
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    requireApi(this.engine, "1.6", "Range.conditionalFormats");
    return (this.formatsProxy ??= new ConditionalFormatCollectionProxy(this.context, this));
  }

  private derived(f: (loc: Located) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const loc = this.locate();
      if (!loc) return null;
      const rect = f(loc);
      if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS || rect.bottom < rect.top || rect.right < rect.left) {
        throw invalidArgument("the resulting range is off the sheet");
      }
      return { sheet: loc.sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived(({ rect }) => ({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }));
  }
  getRow(row: number): RangeProxy {
    return this.derived(({ rect }) => ({ top: rect.top + row, left: rect.left, bottom: rect.top + row, right: rect.right }));
  }
  getColumn(column: number): RangeProxy {
    return this.derived(({ rect }) => ({ top: rect.top, left: rect.left + column, bottom: rect.bottom, right: rect.left + column }));
  }
  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this.derived(({ rect }) => ({ top: rect.top + rows, left: rect.left + columns, bottom: rect.bottom + rows, right: rect.right + columns }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    requireApi(this.engine, "1.2", "Range.getResizedRange");
    return this.derived(({ rect }) => ({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }));
  }
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    requireApi(this.engine, "1.4", "Range.getIntersectionOrNullObject");
    return new RangeProxy(
      this.context,
      () => {
        const loc = this.locate();
        if (!loc) return null;
        const o = typeof other === "string" ? parseAddress(other).rect : other.located().rect;
        const rect = intersection(loc.rect, o);
        return rect ? { sheet: loc.sheet, rect } : null;
      },
      true,
    );
  }

  merge(across = false): void {
    requireApi(this.engine, "1.2", "Range.merge");
    this.queue("merge", { across }, () => {
      const { sheet, rect } = this.located();
      const areas: Rect[] = across ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const table of this.engine.model.tables) {
        if (table.sheetId === sheet.id && intersects(table.rect, rect)) throw new OfficeErrorDouble("InvalidOperation", "Cells in a table can't be merged.");
      }
      for (const area of areas) {
        if (rectRows(area) * rectColumns(area) === 1) continue;
        if (sheet.merges.some((m) => intersects(m, area))) throw new OfficeErrorDouble("InvalidOperation", "The range overlaps a merged area.");
        for (let r = area.top; r <= area.bottom; r++)
          for (let c = area.left; c <= area.right; c++) {
            // Excel keeps only the top-left value of a merged area.
            const cell = getCell(sheet, r, c);
            if (cell && (r !== area.top || c !== area.left)) {
              cell.value = "";
              delete cell.formula;
              delete cell.result;
            }
          }
        sheet.merges.push(area);
      }
    });
  }

  unmerge(): void {
    this.queue("unmerge", {}, () => {
      const { sheet, rect } = this.located();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  select(): void {
    this.queue("select", {}, () => {
      const { sheet, rect } = this.located();
      if (this.engine.model.activeSheetId !== sheet.id) {
        throw new OfficeErrorDouble("InvalidSelection", "The range is not on the active sheet; activate the sheet first.");
      }
      sheet.selection = rect;
    });
  }

  clear(applyTo: string = "All"): void {
    this.queue("clear", { applyTo }, () => {
      const loc = this.located();
      eachCell(loc, (cell) => {
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
          delete cell.result;
          delete cell.error;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          cell.numberFormat = "General";
          cell.format = {};
        }
      });
      this.engine.addinChanged(loc.sheet, loc.rect);
    });
  }

  /** Only `Formats` is modelled: number formats, cell formats and conditional formats, tiled like Paste Special. */
  copyFrom(source: RangeProxy | string, copyType: string = "All"): void {
    requireApi(this.engine, "1.9", "Range.copyFrom");
    if (copyType !== "Formats") throw new OfficeErrorDouble("NotImplemented", `The double only models copyFrom(…, "Formats"), not ${copyType}`);
    this.queue("copyFrom", { copyType }, () => {
      const target = this.located();
      const src: Located =
        typeof source === "string"
          ? (() => {
              const p = parseAddress(source);
              const sheet = p.sheet === null ? target.sheet : mustExist(this.engine.model.sheetByName(p.sheet), p.sheet);
              return { sheet, rect: p.rect };
            })()
          : source.located();
      const h = rectRows(src.rect);
      const w = rectColumns(src.rect);
      eachCell(target, (cell, r, c) => {
        const from = getCell(src.sheet, src.rect.top + ((r - target.rect.top) % h), src.rect.left + ((c - target.rect.left) % w));
        cell.numberFormat = from?.numberFormat ?? "General";
        cell.format = { ...(from?.format ?? {}) };
      });
      this.engine.addinChanged(target.sheet, target.rect);
      if (src.sheet !== target.sheet) return;
      for (const cf of [...src.sheet.conditionalFormats]) {
        const part = intersection(cf.rect, src.rect);
        if (!part) continue;
        // Each tile of the target gets the rule, anchored where the source's part lands.
        for (let top = target.rect.top; top <= target.rect.bottom; top += h) {
          const rect: Rect = {
            top: top + (part.top - src.rect.top),
            bottom: Math.min(target.rect.bottom, top + (part.bottom - src.rect.top)),
            left: target.rect.left + (part.left - src.rect.left),
            right: Math.min(target.rect.right, target.rect.left + (part.right - src.rect.left)),
          };
          const clone: ConditionalFormatModel = { ...cf, id: this.engine.model.newId("cf"), rect };
          if (cf.formula !== undefined) clone.formula = shiftFormula(cf.formula, rect.top - cf.rect.top, rect.left - cf.rect.left);
          src.sheet.conditionalFormats.push(clone);
        }
      }
    });
  }

  getCellProperties(options: Record<string, unknown>): ClientResultDouble<unknown[][]> {
    requireApi(this.engine, "1.9", "Range.getCellProperties");
    const result = new ClientResultDouble<unknown[][]>();
    this.context.enqueue({
      payload: { call: "getCellProperties", options },
      run: () => {
        const loc = this.located();
        const value = grid(loc, (cell, r, c) => cellProperties(options, cell, loc.sheet, r, c));
        this.engine.respond(value, () => result.resolve(value));
      },
    });
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    requireApi(this.engine, "1.13", "Range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.context, () => {
      const loc = this.locate();
      if (!loc) return null;
      const areas = loc.sheet.merges.filter((m) => intersects(m, loc.rect));
      // "If the merged areas count in this range is more than 512, then this method will fail to return the result"
      // (Range.getMergedAreasOrNullObject, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
      // The error code is not documented: GeneralException is a guess, and the add-in must not depend on it.
      if (areas.length > MAX_MERGED_AREAS) throw new OfficeErrorDouble("GeneralException", `The range has ${areas.length} merged areas; at most ${MAX_MERGED_AREAS} can be returned.`);
      return areas.length > 0 ? { sheet: loc.sheet, areas } : null;
    });
  }
}

function cellProperties(options: Record<string, unknown>, cell: Cell | undefined, sheet: SheetModel, r: number, c: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options.address) out.address = fullAddress(sheet, { top: r, left: c, bottom: r, right: c });
  const fmt = options.format as Record<string, unknown> | undefined;
  if (fmt) {
    const f: Record<string, unknown> = {};
    const fill = fmt.fill as Record<string, boolean> | undefined;
    if (fill) {
      f.fill = {
        ...(fill.color ? { color: cell?.format.fill ?? "#FFFFFF" } : {}),
        ...(fill.pattern ? { pattern: cell?.format.fill ? "Solid" : "None" } : {}),
      };
    }
    const font = fmt.font as Record<string, boolean> | undefined;
    if (font) {
      f.font = {
        ...(font.bold ? { bold: cell?.format.bold ?? false } : {}),
        ...(font.italic ? { italic: cell?.format.italic ?? false } : {}),
        ...(font.color ? { color: cell?.format.fontColor ?? "#000000" } : {}),
      };
    }
    out.format = f;
  }
  return out;
}

export class ClientResultDouble<T> {
  private loaded = false;
  private data: T | undefined;
  resolve(value: T): void {
    this.data = value;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.data as T;
  }
}

export class RangeAreasProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly locateFn: () => { sheet: SheetModel; areas: Rect[] } | null,
  ) {
    super(context);
    trackNullObject(this, context, () => this.locateFn() !== null);
  }
  markNull(isNull: boolean): void {
    this.props.set("isNullObject", isNull);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  protected override exists(): boolean {
    return this.locateFn() !== null;
  }
  protected scalarProperties(): readonly string[] {
    return ["address", "areaCount"];
  }
  protected read(p: string): unknown {
    const a = mustExist(this.locateFn(), "merged areas");
    if (p === "areaCount") return a.areas.length;
    return a.areas.map((r) => fullAddress(a.sheet, r)).join(",");
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** `Range.format`: cell formats are per cell; a multi-cell read gives null where they differ. */
export class RangeFormatProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    readonly range: RangeProxy,
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth"];
  }
  protected read(p: string): unknown {
    const loc = this.range.located();
    switch (p) {
      case "wrapText":
        return uniform(loc, (c) => c?.format.wrap ?? false);
      case "horizontalAlignment":
        return uniform(loc, (c) => c?.format.horizontal ?? "General");
      case "verticalAlignment":
        return uniform(loc, (c) => c?.format.vertical ?? "Bottom");
      case "columnWidth":
        return uniform(loc, (_c, col) => loc.sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH);
    }
    throw new Error(p);
  }
  protected override child(name: string): ProxyBase | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  /** A cell format change: applied to every cell, and an onChanged event as for values (events.ts). */
  setCells(property: string, value: unknown, apply: (f: CellFormat) => void): void {
    this.set(property, value, () => {
      const loc = this.range.located();
      eachCell(loc, (cell) => apply(cell.format));
      this.engine.addinChanged(loc.sheet, loc.rect);
    });
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", v, (f) => (f.wrap = v));
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v)) throw invalidArgument(`horizontalAlignment ${v}`);
    this.setCells("horizontalAlignment", v, (f) => (f.horizontal = v));
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) throw invalidArgument(`verticalAlignment ${v}`);
    this.setCells("verticalAlignment", v, (f) => (f.vertical = v));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    requireApi(this.engine, "1.2", "RangeFormat.columnWidth");
    this.set("columnWidth", points, () => {
      const { sheet, rect } = this.range.located();
      if (!(points >= 0 && points <= 255 * 7.5)) throw invalidArgument(`columnWidth ${points}`);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  /** ExcelApi 1.2; Excel's rows hold 0–409 pt (printLayout.ts). */
  set rowHeight(points: number) {
    queueRowHeight(this.context, () => this.range.located(), points);
  }
  autofitRows(): void {
    queueAutofitRows(this.context, () => this.range.located());
  }
  private bordersProxy?: BorderCollectionProxy;
  get borders(): BorderCollectionProxy {
    return (this.bordersProxy ??= new BorderCollectionProxy(this.context, () => this.range.located()));
  }

  private fillProxy?: FillProxy;
  get fill(): FillProxy {
    return (this.fillProxy ??= new FillProxy(this.context, this));
  }
  private fontProxy?: FontProxy;
  get font(): FontProxy {
    return (this.fontProxy ??= new FontProxy(this.context, this));
  }
}

/** `#RRGGBB` upper case, as Excel reports colours. */
function colour(v: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(v);
  if (!m) throw invalidArgument(`colour ${v}`);
  return `#${m[1].toUpperCase()}`;
}

export class FillProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly format: RangeFormatProxy,
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["color"];
  }
  protected read(): unknown {
    return uniform(this.format.range.located(), (c) => c?.format.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    const c = colour(v);
    this.props.set("color", c);
    this.format.setCells("fill/color", c, (f) => (f.fill = c));
  }
  clear(): void {
    this.queue("fill.clear", {}, () => {
      const loc = this.format.range.located();
      eachCell(loc, (cell) => delete cell.format.fill);
      this.engine.addinChanged(loc.sheet, loc.rect);
    });
  }
}

export class FontProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly format: RangeFormatProxy,
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["bold", "italic", "color", "size"];
  }
  protected read(p: string): unknown {
    const loc = this.format.range.located();
    if (p === "bold") return uniform(loc, (c) => c?.format.bold ?? false);
    if (p === "italic") return uniform(loc, (c) => c?.format.italic ?? false);
    if (p === "color") return uniform(loc, (c) => c?.format.fontColor ?? "#000000");
    return uniform(loc, (c) => c?.format.fontSize ?? 11);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.format.setCells("font/bold", v, (f) => (f.bold = v));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.format.setCells("font/italic", v, (f) => (f.italic = v));
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    const c = colour(v);
    this.format.setCells("font/color", c, (f) => (f.fontColor = c));
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    if (!(v >= 1 && v <= 409)) throw invalidArgument(`font size ${v}`);
    this.format.setCells("font/size", v, (f) => (f.fontSize = v));
  }
}

function checkLength(text: unknown, max: number, what: string): void {
  if (typeof text === "string" && text.length > max) throw invalidArgument(`${what} is ${text.length} characters; Excel allows ${max}`);
}

/**
 * `Range.dataValidation`. Strict on purpose: a rule can't be set over cells that already have a
 * different one (clear first), and the alert/prompt need a rule and respect Excel's length limits.
 * A rule read back gives its formulas for the top-left cell of the validated range that holds the cell
 * asked, not for the cell asked: Excel does so for conditional formats (office-js #5194, "by design") and
 * documents nothing for validation, so the double takes the reading that breaks a read-and-reapply
 * (docs/excel-double.md, and docs/scriptlab-excel-facts.yaml to check it in Excel).
 */
export class DataValidationProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["rule", "type", "ignoreBlanks", "errorAlert", "prompt"];
  }
  private covering(): { rect: Rect; v: SheetModel["validations"][number] } | "none" | "mixed" {
    const { sheet, rect } = this.range.located();
    const hits = sheet.validations.filter((v) => intersects(v.rect, rect));
    if (hits.length === 0) return "none";
    if (hits.length === 1 && contains(hits[0].rect, rect)) return { rect, v: hits[0] };
    return "mixed";
  }
  protected read(p: string): unknown {
    const hit = this.covering();
    if (p === "type") return hit === "none" ? "None" : hit === "mixed" ? "Inconsistent" : ruleType(hit.v.rule);
    if (hit === "none" || hit === "mixed") return p === "rule" ? {} : p === "ignoreBlanks" ? true : null;
    if (p === "rule") return ruleAt(hit.v, hit.v.rect.top, hit.v.rect.left);
    if (p === "ignoreBlanks") return hit.v.ignoreBlanks;
    if (p === "errorAlert") return hit.v.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    return hit.v.prompt ?? { showPrompt: false, title: "", message: "" };
  }
  get rule(): Record<string, unknown> {
    return this.get("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.set("rule", rule, () => {
      const { sheet, rect } = this.range.located();
      const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
      if (kinds.length !== 1) throw invalidArgument("a data validation rule needs exactly one criterion");
      const list = rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === "string" && !list.source.startsWith("=")) checkLength(list.source, 255, "the list source");
      for (const v of sheet.validations) {
        if (intersects(v.rect, rect) && JSON.stringify(ruleAt(v, rect.top, rect.left)) !== JSON.stringify(rule)) {
          throw new OfficeErrorDouble("InvalidOperation", "The range already has a different data validation; clear it first.");
        }
      }
      sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
      sheet.validations.push({ rect, rule: JSON.parse(JSON.stringify(rule)), anchor: { row: rect.top, col: rect.left }, ignoreBlanks: true });
    });
  }
  get type(): string {
    return this.get("type");
  }
  private update(property: string, value: unknown, apply: (v: SheetModel["validations"][number]) => void): void {
    this.set(property, value, () => {
      const { sheet, rect } = this.range.located();
      const hits = sheet.validations.filter((v) => contains(rect, v.rect) || contains(v.rect, rect));
      if (hits.length === 0) throw new OfficeErrorDouble("InvalidOperation", `Set a data validation rule before ${property}.`);
      hits.forEach(apply);
    });
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.update("ignoreBlanks", v, (x) => (x.ignoreBlanks = v));
  }
  get errorAlert(): ValidationAlert {
    return this.get("errorAlert");
  }
  set errorAlert(v: ValidationAlert) {
    checkLength(v.title, 32, "the error alert title");
    checkLength(v.message, 225, "the error alert message");
    this.update("errorAlert", v, (x) => (x.errorAlert = { ...v }));
  }
  get prompt(): ValidationPrompt {
    return this.get("prompt");
  }
  set prompt(v: ValidationPrompt) {
    checkLength(v.title, 32, "the prompt title");
    checkLength(v.message, 255, "the prompt message");
    this.update("prompt", v, (x) => (x.prompt = { ...v }));
  }
  clear(): void {
    this.queue("dataValidation.clear", {}, () => {
      const { sheet, rect } = this.range.located();
      sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
    });
  }
}

type ValidationAlert = { title?: string; message?: string; showAlert?: boolean; style?: string };
type ValidationPrompt = { title?: string; message?: string; showPrompt?: boolean };

function ruleType(rule: Record<string, unknown>): string {
  const k = Object.keys(rule)[0] ?? "none";
  return { list: "List", custom: "Custom", wholeNumber: "WholeNumber", decimal: "Decimal", date: "Date", time: "Time", textLength: "TextLength" }[k] ?? "None";
}

/** A validation's rule with its formulas written for the cell at (row, col). */
function ruleAt(v: SheetModel["validations"][number], row: number, col: number): Record<string, unknown> {
  const anchor = v.anchor ?? { row: v.rect.top, col: v.rect.left };
  return shiftRule(v.rule, row - anchor.row, col - anchor.col);
}

function shiftRule(rule: Record<string, unknown>, dRow: number, dCol: number): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(rule)) as Record<string, Record<string, unknown>>;
  for (const criterion of Object.values(copy)) {
    for (const key of ["formula", "formula1", "formula2", "source"]) {
      const f = criterion[key];
      if (typeof f === "string" && f.startsWith("=")) criterion[key] = shiftFormula(f, dRow, dCol);
    }
  }
  return copy;
}

export class ConditionalFormatCollectionProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }
  protected scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected read(): unknown {
    const { sheet, rect } = this.range.located();
    return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).length;
  }
  get count(): number {
    return this.get("count");
  }
  add(type: string): ConditionalFormatProxy {
    const holder: { model?: ConditionalFormatModel } = {};
    if (!["Custom", "ColorScale"].includes(type)) throw new OfficeErrorDouble("NotImplemented", `The double models Custom and ColorScale conditional formats, not ${type}`);
    this.queue("conditionalFormats.add", { type }, () => {
      const { sheet, rect } = this.range.located();
      holder.model = { id: this.engine.model.newId("cf"), rect, type };
      sheet.conditionalFormats.push(holder.model);
    });
    return new ConditionalFormatProxy(this.context, holder, type);
  }
  clearAll(): void {
    this.queue("conditionalFormats.clearAll", {}, () => {
      const { sheet, rect } = this.range.located();
      sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => subtract(cf.rect, rect).map((r) => ({ ...cf, rect: r })));
    });
  }
}

/** Only what writing a rule needs: `custom.rule.formula`, `custom.format.fill/font.color`, `colorScale.criteria`. */
export class ConditionalFormatProxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  readonly colorScale: { criteria: unknown };

  constructor(
    readonly context: RequestContextLike,
    holder: { model?: ConditionalFormatModel },
    type: string,
  ) {
    const model = (): ConditionalFormatModel => {
      if (!holder.model) throw itemNotFound("conditional format");
      return holder.model;
    };
    const onlyFor = (wanted: string) => {
      if (type !== wanted) throw new OfficeErrorDouble("InvalidOperation", `This conditional format is ${type}, not ${wanted}.`);
    };
    const queue = (payload: unknown, run: () => void) => context.enqueue({ payload, run });
    let formula = "";
    let fill = "";
    let font = "";
    let criteria: unknown = null;
    this.custom = {
      rule: {
        get formula() {
          return formula;
        },
        set formula(v: string) {
          onlyFor("Custom");
          formula = v;
          queue({ set: "custom.rule.formula", v }, () => (model().formula = v));
        },
      },
      format: {
        fill: {
          get color() {
            return fill;
          },
          set color(v: string) {
            onlyFor("Custom");
            fill = colour(v);
            queue({ set: "custom.format.fill.color", v }, () => (model().fill = colour(v)));
          },
        },
        font: {
          get color() {
            return font;
          },
          set color(v: string) {
            onlyFor("Custom");
            font = colour(v);
            queue({ set: "custom.format.font.color", v }, () => (model().fontColor = colour(v)));
          },
        },
      },
    };
    this.colorScale = {
      get criteria() {
        return criteria;
      },
      set criteria(v: unknown) {
        onlyFor("ColorScale");
        criteria = v;
        queue({ set: "colorScale.criteria", v }, () => (model().criteria = JSON.parse(JSON.stringify(v))));
      },
    };
  }
}
