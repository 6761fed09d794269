import { cellAddress, columnIndex } from "./address";

/**
 * A formula written for one cell, moved to another as Excel's fill and paste move it: its relative A1
 * references (`E7`, `$E7`, `E$7`) shift, outside string literals and quoted sheet names. The layout
 * writes a rule's formula (conditional format, custom validation) and a row's formulas for one cell;
 * this places them on other rows (rows a table grows by) and lets the test double model Excel's copy.
 * Whole-column references (`E:E`) are not shifted: the layout only uses absolute ones.
 */
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** One A1 reference of a formula: 0-based row and column, which parts are absolute, and whether a sheet name precedes it. */
export interface CellRef {
  row: number;
  col: number;
  rowAbsolute: boolean;
  colAbsolute: boolean;
  /** `Hoja!A1` or the second half of `Hoja!A1:B2`: a reference into another sheet. */
  qualified: boolean;
}

/**
 * Rewrites each A1 reference of a formula (outside string literals) to where `move` puts it; a
 * reference moved off the sheet becomes `#REF!`, as in Excel.
 */
export function mapCellRefs(formula: string, move: (ref: CellRef) => { row: number; col: number }): string {
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(CELL_REF, (_whole, colAbs: string, col: string, rowAbs: string, row: string, offset: number) => {
        const before = part.slice(0, offset);
        const qualified = before.endsWith("!") || /![$A-Z0-9]+:$/.test(before);
        const to = move({ row: Number(row) - 1, col: columnIndex(col), rowAbsolute: rowAbs === "$", colAbsolute: colAbs === "$", qualified });
        if (to.col < 0 || to.row < 0) return "#REF!";
        const letters = cellAddress(to.row, to.col).replace(/\d+$/, "");
        return `${colAbs}${letters}${rowAbs}${to.row + 1}`;
      });
    })
    .join("");
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapCellRefs(formula, (ref) => ({ row: ref.rowAbsolute ? ref.row : ref.row + dRow, col: ref.colAbsolute ? ref.col : ref.col + dCol }));
}

/**
 * A formula moved with the whole region it belongs to (a table laid out at another place): every
 * reference into its own sheet moves, absolute or not, as Excel moves them when cells are cut and
 * pasted; references into other sheets stay.
 */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapCellRefs(formula, (ref) => (ref.qualified ? ref : { row: ref.row + dRow, col: ref.col + dCol }));
}
