import { cellAddress, columnIndex } from "../core/address";

/**
 * Excel stores a rule's formula (conditional format, custom validation) and reads a formula relative to
 * the cell it sits in. Moving one to another row or column means shifting its relative A1 references
 * (`E7`, `$E7`, `E$7`), outside string literals and quoted sheet names: the watcher does it for rows a
 * table grew by, the test double when it reports a rule from a cell other than the rule's top-left.
 * Whole-column references (`E:E`) are not shifted: the layout only uses absolute ones.
 */
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (whole, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? columnIndex(col) : columnIndex(col) + dCol;
            const r = rowAbs ? Number(row) - 1 : Number(row) - 1 + dRow;
            if (c < 0 || r < 0) return "#REF!";
            const a = cellAddress(r, c);
            const letters = a.replace(/\d+$/, "");
            return `${colAbs}${letters}${rowAbs}${r + 1}`;
          }),
    )
    .join("");
}
