/**
 * Where a matrix's rows are on its sheet (contract §8 v2): one block per header, and where each ends.
 * - **Stacked forms.** A row below the header that holds the month names again starts a new block,
 *   read under the same rules (a block whose header labels no column keeps the previous block's). The
 *   rows between a block's last row with a month value and the next header (the next block's title
 *   block: `Formulario 9`, `CÓDIGO POA`, a unit's name, its header's label row) are context, not rows.
 * - **The end of the data.** After the last row with a month value, a signature footer (rowScan.ts) is
 *   not read.
 */
import type { SheetGrid } from "./grid";
import { headerOfRow, type MatrixHeader } from "./header";
import { footerRow, lastMonthValueRow, nextMonthsRow } from "./rowScan";

export interface MatrixBlock {
  header: MatrixHeader;
  /** 0-based row after the block's rows (exclusive): the next block's title block, a footer, or the sheet's end. */
  end: number;
}

/** The blocks of a matrix whose first header is `first`, in sheet order (one for most matrices). */
export function matrixBlocks(sheet: SheetGrid, first: MatrixHeader): MatrixBlock[] {
  const blocks: MatrixBlock[] = [];
  let header = first;
  for (;;) {
    const next = nextMonthsRow(sheet, header.dataRow);
    if (next === null) {
      const rows = sheet.values.length;
      const afterData = lastMonthValueRow(sheet, header.monthColumns, header.dataRow, rows) + 1;
      blocks.push({ header, end: footerRow(sheet, Math.max(afterData, header.dataRow + 1), rows) });
      return blocks;
    }
    const following = headerOfRow(sheet, next.row, next.cells, header)!;
    // The next header's label row may stand above its months (and hold a title over them, `PROGRAMACIÓN MENSUAL`).
    const top = Math.min(following.row, following.resultLabelRow);
    blocks.push({ header, end: lastMonthValueRow(sheet, header.monthColumns, header.dataRow, top) + 1 });
    header = following;
  }
}
