/**
 * The scaffolded workbook (contract §2) as plain data. One description, rendered by every writer:
 * ExcelJS in the CLI, the Office JavaScript API in the add-in. Addresses are A1 strings on the sheet they belong to;
 * colours are `RRGGBB`; formulas use English function names and commas, and start with `=`.
 */

/** A formula cell. `result` is the value the formula computes on the fresh layout (for writers that cache it). */
export interface FormulaCell {
  formula: string;
  result?: string | number;
}

/** A literal is always written as a literal: text starting with `=`, `+`, `-` or `@` stays text. */
export type LayoutCell = string | number | null | FormulaCell;

export interface LayoutBlock {
  /** Top-left cell of the block, e.g. `A6`. */
  anchor: string;
  /** Row-major, rectangular. */
  rows: LayoutCell[][];
}

export interface LayoutStyle {
  range: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** Thin lines on every edge of every cell of the range, so the grid prints. */
  grid?: boolean;
}

export interface LayoutTable {
  /** Workbook-unique table name, e.g. `TablaPOA2024`. */
  name: string;
  /** Header row included. */
  range: string;
  style: string;
}

export type LayoutValidation =
  | {
      range: string;
      kind: "list";
      /** A range formula such as `=Objetivos!$A$2:$A$8`. */
      source: string;
      allowBlank: boolean;
      errorTitle: string;
      errorMessage: string;
      promptTitle?: string;
      prompt?: string;
    }
  | {
      range: string;
      kind: "custom";
      /** A formula written for the range's top-left cell, relative like a conditional format. */
      formula: string;
      allowBlank: boolean;
      errorTitle: string;
      errorMessage: string;
      promptTitle?: string;
      prompt?: string;
    };

export type LayoutConditionalFormat =
  | {
      range: string;
      kind: "expression";
      /** Written for the range's top-left cell. */
      formula: string;
      fill: string;
      fontColor?: string;
    }
  | {
      range: string;
      kind: "colorScale";
      minColor: string;
      maxColor: string;
    };

/**
 * How a sheet prints (contract §2): on paper of one size and orientation, scaled to a number of pages
 * wide and as many tall as the rows need, with rows repeated on top of every page and a footer.
 */
export interface LayoutPrint {
  orientation: "landscape" | "portrait";
  paper: "letter";
  /** Pages wide; the height is never constrained (as many pages tall as needed). */
  fitToPagesWide: number;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** 1-based sheet rows printed at the top of every page. */
  titleRows?: { first: number; last: number };
  /** Footer sections in Excel's header/footer codes: `&A` the sheet's name, `&P` the page, `&N` the pages. */
  footer: { left?: string; center?: string; right?: string };
}

/** A row's height in points; `fitsText` when it is only the estimate of its wrapped text (a writer may autofit instead). */
export interface LayoutRowHeight {
  /** 1-based. */
  row: number;
  height: number;
  fitsText: boolean;
}

export interface LayoutSheet {
  name: string;
  blocks: LayoutBlock[];
  numberFormats: { range: string; format: string }[];
  styles: LayoutStyle[];
  /** Column widths in characters, by column letter. */
  columnWidths: { column: string; width: number }[];
  merges: string[];
  tables: LayoutTable[];
  validations: LayoutValidation[];
  conditionalFormats: LayoutConditionalFormat[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
  /** Rows taller than the default, ascending. */
  rowHeights?: LayoutRowHeight[];
  print?: LayoutPrint;
}

export interface WorkbookLayout {
  sheets: LayoutSheet[];
}
