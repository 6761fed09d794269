import { parseCell, parseRange } from "../../src/core/address";
import type { FormulaCell, LayoutCell, LayoutSheet, WorkbookLayout } from "../../src/core/layoutTypes";

/** Test helpers that read a layout like a sheet: the cell at an address, every formula. */

export function sheetOf(layout: WorkbookLayout, name: string): LayoutSheet {
  const sheet = layout.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function cellAt(sheet: LayoutSheet, address: string): LayoutCell | undefined {
  const { row, col } = parseCell(address);
  for (const block of sheet.blocks) {
    const a = parseCell(block.anchor);
    const r = row - a.row;
    const c = col - a.col;
    if (r >= 0 && r < block.rows.length && c >= 0 && c < block.rows[r].length) return block.rows[r][c];
  }
  return undefined;
}

export function isFormula(cell: LayoutCell | undefined): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

export function formulaAt(sheet: LayoutSheet, address: string): FormulaCell {
  const cell = cellAt(sheet, address);
  if (!isFormula(cell)) throw new Error(`${sheet.name}!${address} is not a formula: ${JSON.stringify(cell)}`);
  return cell;
}

/** Every formula text of the layout: cells, validations, conditional formats. */
export function allFormulas(layout: WorkbookLayout): string[] {
  const out: string[] = [];
  for (const sheet of layout.sheets) {
    for (const block of sheet.blocks) for (const row of block.rows) for (const cell of row) if (isFormula(cell)) out.push(cell.formula);
    for (const v of sheet.validations) out.push(v.kind === "list" ? v.source : v.formula);
    for (const cf of sheet.conditionalFormats) if (cf.kind === "expression") out.push(cf.formula);
  }
  return out;
}

export function rows(range: string): { top: number; bottom: number; left: number; right: number } {
  return parseRange(range);
}
