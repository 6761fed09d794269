import { ProxyBase, requireApi, type Engine, type RequestContextLike } from "./base";
import { invalidArgument, OfficeErrorDouble } from "./errors";
import { parseAddress, type Rect, type SheetModel } from "./model";

/**
 * What the scaffold writes for paper and looks, kept beside the core proxies so that the model they
 * share stays small: row heights and autofit, cell borders, the page layout of ExcelApi 1.9, and
 * faults injected into one kind of operation. Each behaviour cites its source; where Microsoft's pages
 * say nothing, the comment says it is a guess and which side of Excel it errs on (never more lenient).
 */

/** Print settings of one sheet, as `Excel.PageLayout` exposes them (points for margins). */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** 0-based rows repeated on every page, or null. */
  printTitleRows: { top: number; bottom: number } | null;
  footers: { leftFooter: string; centerFooter: string; rightFooter: string };
}

export interface BorderModel {
  rect: Rect;
  index: string;
  style: string;
  color: string;
}

export interface SheetLooks {
  /** 0-based row → points, for rows given a height (custom). */
  rowHeights: Map<number, number>;
  /** 0-based rows last sized by autofit (Excel keeps them automatic). */
  autofitRows: Set<number>;
  borders: BorderModel[];
  pageLayout: PageLayoutModel;
}

const looks = new WeakMap<SheetModel, SheetLooks>();

/** Excel's defaults for a new sheet: portrait Letter, 100 %, "Normal" margins (0.7 in sides, 0.75 in top and bottom). */
export function sheetLooks(sheet: SheetModel): SheetLooks {
  let l = looks.get(sheet);
  if (!l) {
    l = {
      rowHeights: new Map(),
      autofitRows: new Set(),
      borders: [],
      pageLayout: {
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        leftMargin: 50.4,
        rightMargin: 50.4,
        topMargin: 54,
        bottomMargin: 54,
        headerMargin: 21.6,
        footerMargin: 21.6,
        printTitleRows: null,
        footers: { leftFooter: "", centerFooter: "", rightFooter: "" },
      },
    };
    looks.set(sheet, l);
  }
  return l;
}

// ---------------------------------------------------------------------------------------------
// Row heights and autofit (RangeFormat.rowHeight and autofitRows, ExcelApi 1.2).

/** Excel's limit: "Row height: 409 points" (Excel specifications and limits). */
export const MAX_ROW_HEIGHT = 409;

export function queueRowHeight(context: RequestContextLike, locate: () => { sheet: SheetModel; rect: Rect }, points: number): void {
  requireApi(context.engine, "1.2", "RangeFormat.rowHeight");
  context.enqueue({
    payload: { set: "rowHeight", value: points },
    run: () => {
      if (!(typeof points === "number" && points >= 0 && points <= MAX_ROW_HEIGHT)) throw invalidArgument(`rowHeight ${points}`);
      const { sheet, rect } = locate();
      const l = sheetLooks(sheet);
      for (let r = rect.top; r <= rect.bottom; r++) {
        l.rowHeights.set(r, points);
        l.autofitRows.delete(r);
      }
    },
  });
}

export function queueAutofitRows(context: RequestContextLike, locate: () => { sheet: SheetModel; rect: Rect }): void {
  requireApi(context.engine, "1.2", "RangeFormat.autofitRows");
  context.enqueue({
    payload: { call: "autofitRows" },
    run: () => {
      const { sheet, rect } = locate();
      const l = sheetLooks(sheet);
      for (let r = rect.top; r <= rect.bottom; r++) {
        l.rowHeights.delete(r);
        l.autofitRows.add(r);
      }
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Borders (Range.format.borders, ExcelApi 1.1: RangeBorderCollection.getItem(BorderIndex)).

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];

export class BorderCollectionProxy {
  constructor(
    readonly context: RequestContextLike,
    private readonly locate: () => { sheet: SheetModel; rect: Rect },
  ) {}
  getItem(index: string): BorderProxy {
    if (!BORDER_INDEXES.includes(index)) throw invalidArgument(`border index ${index}`);
    return new BorderProxy(this.context, this.locate, index);
  }
}

export class BorderProxy {
  constructor(
    readonly context: RequestContextLike,
    private readonly locate: () => { sheet: SheetModel; rect: Rect },
    private readonly index: string,
  ) {}
  private queue(property: "style" | "color", value: string): void {
    this.context.enqueue({
      payload: { set: `border.${property}`, index: this.index, value },
      run: () => {
        const { sheet, rect } = this.locate();
        const borders = sheetLooks(sheet).borders;
        const same = (b: BorderModel) => b.index === this.index && b.rect.top === rect.top && b.rect.left === rect.left && b.rect.bottom === rect.bottom && b.rect.right === rect.right;
        let entry = borders.find(same);
        if (!entry) {
          entry = { rect, index: this.index, style: "None", color: "#000000" };
          borders.push(entry);
        }
        entry[property] = value;
      },
    });
  }
  set style(v: string) {
    if (!BORDER_STYLES.includes(v)) throw invalidArgument(`border style ${v}`);
    this.queue("style", v);
  }
  set color(v: string) {
    const m = /^#?([0-9a-f]{6})$/i.exec(v);
    if (!m) throw invalidArgument(`border colour ${v}`);
    this.queue("color", `#${m[1].toUpperCase()}`);
  }
}

/** The borders drawn on each edge of a cell (0-based), from the border operations that cover it. */
export function cellEdges(sheet: SheetModel, row: number, col: number): { top: boolean; bottom: boolean; left: boolean; right: boolean } {
  const edges = { top: false, bottom: false, left: false, right: false };
  for (const b of sheetLooks(sheet).borders) {
    const r = b.rect;
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    const on = b.style !== "None";
    if (b.index === "EdgeTop" && row === r.top) edges.top = on;
    if (b.index === "EdgeBottom" && row === r.bottom) edges.bottom = on;
    if (b.index === "EdgeLeft" && col === r.left) edges.left = on;
    if (b.index === "EdgeRight" && col === r.right) edges.right = on;
    if (b.index === "InsideHorizontal") {
      if (row > r.top) edges.top = on;
      if (row < r.bottom) edges.bottom = on;
    }
    if (b.index === "InsideVertical") {
      if (col > r.left) edges.left = on;
      if (col < r.right) edges.right = on;
    }
  }
  return edges;
}

// ---------------------------------------------------------------------------------------------
// Page layout (Worksheet.pageLayout, ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.pagelayout).

const ORIENTATIONS = ["Portrait", "Landscape"];
/** Excel.PaperType values the double knows (the docs list more; an unknown one is refused, as Excel refuses a bad enum). */
const PAPER_SIZES = ["Letter", "LetterSmall", "Legal", "A3", "A4", "A4Small", "A5", "B4", "B5", "Executive", "Tabloid", "Ledger", "Folio", "Quarto"];
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;

export class PageLayoutProxy extends ProxyBase {
  constructor(
    context: RequestContextLike,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
    requireApi(context.engine, "1.9", "Worksheet.pageLayout");
  }
  protected scalarProperties(): readonly string[] {
    return ["orientation", "paperSize", "zoom", ...MARGINS];
  }
  protected read(p: string): unknown {
    const pl = sheetLooks(this.sheet()).pageLayout as unknown as Record<string, unknown>;
    const v = pl[p];
    return v !== null && typeof v === "object" ? { ...v } : v;
  }
  private write(property: string, value: unknown, apply: (pl: PageLayoutModel) => void): void {
    this.props.set(property, value);
    this.context.enqueue({ payload: { set: `PageLayout.${property}`, value }, run: () => apply(sheetLooks(this.sheet()).pageLayout) });
  }

  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(v: string) {
    if (!ORIENTATIONS.includes(v)) throw invalidArgument(`orientation ${v}`);
    this.write("orientation", v, (pl) => (pl.orientation = v as PageLayoutModel["orientation"]));
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(v: string) {
    if (!PAPER_SIZES.includes(v)) throw invalidArgument(`paperSize ${v}`);
    this.write("paperSize", v, (pl) => (pl.paperSize = v));
  }

  /**
   * "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom = {...} instead of
   * x.zoom.scale = ...)" (docs): the getter hands back a copy, so changing it changes nothing.
   * scale is 10–400 (PageLayoutZoomOptions docs). A fit of 0 pages means "automatic", as
   * `fitToHeight="0"` in the file format (ECMA-376 §18.3.1.63 pageSetup); the docs don't say how
   * the API takes 0, so this is a guess on the side of the file format.
   */
  get zoom(): PageLayoutModel["zoom"] {
    return { ...this.get<PageLayoutModel["zoom"]>("zoom") };
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    if (!v || typeof v !== "object") throw invalidArgument("zoom must be an object");
    const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = v;
    if (scale !== undefined && (scale < 10 || scale > 400)) throw invalidArgument(`zoom.scale ${scale}`);
    for (const n of [wide, tall]) if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw invalidArgument(`zoom fit ${n}`);
    if (scale !== undefined && (wide !== undefined || tall !== undefined)) throw invalidArgument("zoom: a scale or a fit to pages, not both");
    this.write("zoom", { ...v }, (pl) => (pl.zoom = { ...v }));
  }

  setPrintTitleRows(rows: string | { located(): { sheet: SheetModel; rect: Rect } }): void {
    this.context.enqueue({
      payload: { call: "PageLayout.setPrintTitleRows", args: typeof rows === "string" ? rows : "range" },
      run: () => {
        const rect = typeof rows === "string" ? parseAddress(rows).rect : rows.located().rect;
        // Title rows are whole rows (the Page Setup dialog takes `$6:$6`); a guess that a partial range is refused.
        if (rect.left !== 0 || rect.right !== 16383) throw invalidArgument(`print title rows must be entire rows: ${typeof rows === "string" ? rows : "range"}`);
        sheetLooks(this.sheet()).pageLayout.printTitleRows = { top: rect.top, bottom: rect.bottom };
      },
    });
  }

  /** The margins' accessors (defined on the prototype below) read and write through these. */
  margin(name: (typeof MARGINS)[number]): number {
    return this.get(name);
  }
  setMargin(name: (typeof MARGINS)[number], points: number): void {
    // Points; a negative margin is refused (a guess: the Page Setup dialog refuses one).
    if (!(typeof points === "number" && points >= 0)) throw invalidArgument(`${name} ${points}`);
    this.write(name, points, (pl) => (pl[name] = points));
  }

  private headersFootersProxy?: HeaderFooterGroupProxy;
  get headersFooters(): HeaderFooterGroupProxy {
    return (this.headersFootersProxy ??= new HeaderFooterGroupProxy(this.context, this.sheet));
  }
}

for (const margin of MARGINS) {
  Object.defineProperty(PageLayoutProxy.prototype, margin, {
    get(this: PageLayoutProxy) {
      return this.margin(margin);
    },
    set(this: PageLayoutProxy, points: number) {
      this.setMargin(margin, points);
    },
  });
}

export class HeaderFooterGroupProxy {
  constructor(
    readonly context: RequestContextLike,
    private readonly sheet: () => SheetModel,
  ) {}
  private all?: HeaderFooterProxy;
  /** The double models the one header/footer shared by all pages (`state` "Default"). */
  get defaultForAllPages(): HeaderFooterProxy {
    return (this.all ??= new HeaderFooterProxy(this.context, this.sheet));
  }
}

export class HeaderFooterProxy {
  constructor(
    readonly context: RequestContextLike,
    private readonly sheet: () => SheetModel,
  ) {}
  private write(section: keyof PageLayoutModel["footers"], text: string): void {
    // Excel caps a header or footer at 255 characters (Excel specifications and limits).
    if (typeof text !== "string" || text.length > 255) throw invalidArgument(`${section} longer than 255 characters`);
    this.context.enqueue({ payload: { set: `HeaderFooter.${section}`, value: text }, run: () => (sheetLooks(this.sheet()).pageLayout.footers[section] = text) });
  }
  set leftFooter(v: string) {
    this.write("leftFooter", v);
  }
  set centerFooter(v: string) {
    this.write("centerFooter", v);
  }
  set rightFooter(v: string) {
    this.write("rightFooter", v);
  }
}
