/**
 * Renders a scaffold layout into the grid a shell would read back from the written workbook:
 * literals as themselves, formula cells as their computed `result` (null when the layout has none),
 * merges as ranges. Lets the reader be tested against the scaffold without Excel.
 */
import { parseCell, parseRange } from "./address";
import type { CellValue, SheetGrid, WorkbookGrid } from "./grid";
import type { LayoutCell, LayoutSheet, WorkbookLayout } from "./layoutTypes";

export function gridFromLayout(layout: WorkbookLayout): WorkbookGrid {
  return { sheets: layout.sheets.map(sheetGrid) };
}

function sheetGrid(sheet: LayoutSheet): SheetGrid {
  const values: CellValue[][] = [];
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    block.rows.forEach((cells, i) => {
      const r = anchor.row + i;
      while (values.length <= r) values.push([]);
      const line = values[r];
      cells.forEach((cell, j) => {
        const c = anchor.col + j;
        while (line.length <= c) line.push(null);
        line[c] = cellValue(cell);
      });
    });
  }
  return { name: sheet.name, values, merges: sheet.merges.map((m) => parseRange(m)) };
}

function cellValue(cell: LayoutCell): CellValue {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  return cell.result ?? null;
}
