/**
 * The Node side of the e2e tests: what the core says the workbook should hold, and the core's own
 * reading of the double's workbook, so expected counts are computed, never hard-coded.
 */
import { cellAddress, parseCell, parseRange } from "../../src/core/address";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { LayoutCell, LayoutSheet } from "../../src/core/layoutTypes";
import type { DumpCell, DumpSheet, WorkbookDump } from "./dump";

/** The grid a shell reads from the double: `values`, fills (white is no fill) and merged areas. */
export function gridFromDump(dump: WorkbookDump): WorkbookGrid {
  return { sheets: dump.sheets.map(sheetGrid) };
}

function sheetGrid(sheet: DumpSheet): SheetGrid {
  const values: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseCell(address);
    while (values.length <= row) values.push([]);
    while (fills.length <= row) fills.push([]);
    values[row][col] = gridValue(cell);
    fills[row][col] = fillColour(cell.fill);
  }
  // Ragged rows are allowed, holes are not: a missing cell is null.
  for (const line of values) for (let c = 0; c < line.length; c++) line[c] ??= null;
  for (const line of fills) for (let c = 0; c < line.length; c++) line[c] ??= null;
  return { name: sheet.name, values, fills, merges: sheet.merges.map((m) => parseRange(m)) };
}

function gridValue(cell: DumpCell): CellValue {
  if (cell.error) return { error: String(cell.value) };
  return cell.value === "" ? null : cell.value;
}

function fillColour(fill: string | undefined): string | null {
  if (!fill) return null;
  const hex = fill.replace(/^#/, "").toUpperCase();
  return hex === "FFFFFF" ? null : hex;
}

/** Every non-empty cell a layout sheet writes: literals as themselves, formula cells as their formula. */
export function layoutCells(sheet: LayoutSheet): Map<string, { value?: string | number; formula?: string }> {
  const cells = new Map<string, { value?: string | number; formula?: string }>();
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    block.rows.forEach((line, i) =>
      line.forEach((cell: LayoutCell, j) => {
        if (cell === null || cell === "") return;
        const address = cellAddress(anchor.row + i, anchor.col + j);
        cells.set(address, typeof cell === "object" ? { formula: cell.formula } : { value: cell });
      }),
    );
  }
  return cells;
}

/** `RRGGBB` as Excel reports a colour: `#RRGGBB`, upper case. */
export function excelColour(hex: string): string {
  return `#${hex.replace(/^#/, "").toUpperCase()}`;
}
