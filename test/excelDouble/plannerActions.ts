import { mapCellRefs, shiftFormula } from "../../src/core/formulaShift";
import type { ChangeType } from "./events";
import { cellKey, ensureCell, getCell, MAX_COLUMNS, MAX_ROWS, type Rect, type SheetModel, type TableModel } from "./model";

/**
 * What a planner's row operations do to a sheet, as Excel does them where it is documented and
 * conservatively where it is not (docs/excel-double.md):
 * - *Insert › Table Rows Above* shifts the table's columns down from that row (cells outside the table's
 *   columns stay), the table grows, references to moved cells follow them, and validation, conditional
 *   format and merged ranges that span the insertion point grow with it. The new rows are blank: whether
 *   Excel fills a table's formulas or formats into them (calculated columns) depends on how the table was
 *   made, so the add-in must not count on it. Excel reports `RowInserted` over the new rows.
 * - dragging the fill handle copies the source cells down (formulas moved as Excel moves them, number
 *   and cell formats, not data validation); below a table it extends the table, and Excel reports one
 *   `RowInserted` whose address is the table's *old* last rows (office-js #728), no `RangeEdited`.
 */

function inColumns(r: Rect, t: Rect): boolean {
  return r.left >= t.left && r.right <= t.right;
}

/** Moves a range for rows inserted at `at` (0-based) in the table's columns: below moves down, spanning grows. */
function moveForInsert(r: Rect, t: Rect, at: number, count: number): Rect {
  if (!inColumns(r, t) || r.bottom < at) return r;
  if (r.top >= at) return { ...r, top: r.top + count, bottom: r.bottom + count };
  return { ...r, bottom: r.bottom + count };
}

export function insertTableRows(sheet: SheetModel, tables: TableModel[], table: TableModel, at: number, count: number): Rect {
  const t = table.rect;
  if (at <= t.top || at > t.bottom) throw new Error("table rows are inserted above a data row of the table");
  const moving = [...sheet.cells.entries()].filter(([key]) => {
    const row = Math.floor(key / MAX_COLUMNS);
    const col = key % MAX_COLUMNS;
    return row >= at && col >= t.left && col <= t.right;
  });
  for (const [key] of moving) sheet.cells.delete(key);
  for (const [key, cell] of moving) {
    const row = Math.floor(key / MAX_COLUMNS) + count;
    if (row < MAX_ROWS) sheet.cells.set(cellKey(row, key % MAX_COLUMNS), cell);
  }
  // References into the moved block follow it (not references into other sheets).
  for (const cell of sheet.cells.values()) {
    if (cell.formula === undefined) continue;
    cell.formula = mapCellRefs(cell.formula, (ref) =>
      !ref.qualified && ref.row >= at && ref.col >= t.left && ref.col <= t.right ? { row: ref.row + count, col: ref.col } : ref,
    );
  }
  sheet.validations = sheet.validations.map((v) => {
    const rect = moveForInsert(v.rect, t, at, count);
    const anchor = v.anchor && v.anchor.row >= at && inColumns(v.rect, t) ? { ...v.anchor, row: v.anchor.row + count } : v.anchor;
    return { ...v, rect, anchor };
  });
  sheet.conditionalFormats = sheet.conditionalFormats.map((cf) => {
    const rect = moveForInsert(cf.rect, t, at, count);
    // The rule's formula is kept for its range's top-left: a range moved down takes its formula along.
    const formula = cf.formula !== undefined && rect.top !== cf.rect.top ? shiftFormula(cf.formula, rect.top - cf.rect.top, 0) : cf.formula;
    return { ...cf, rect, formula };
  });
  sheet.merges = sheet.merges.map((m) => moveForInsert(m, t, at, count));
  for (const other of tables) {
    if (other.sheetId !== sheet.id) continue;
    other.rect = other === table ? { ...t, bottom: t.bottom + count } : moveForInsert(other.rect, t, at, count);
  }
  return { top: at, left: t.left, bottom: at + count - 1, right: t.right };
}

export function fillDown(sheet: SheetModel, tables: TableModel[], source: Rect, to: number): { rect: Rect; changeType: ChangeType } {
  if (source.top !== source.bottom || to <= source.bottom) throw new Error("fill down copies one row to rows below it");
  for (let row = source.bottom + 1; row <= to; row++) {
    for (let col = source.left; col <= source.right; col++) {
      const from = getCell(sheet, source.top, col);
      const cell = ensureCell(sheet, row, col);
      cell.value = from?.value ?? "";
      cell.numberFormat = from?.numberFormat ?? "General";
      cell.format = { ...(from?.format ?? {}) };
      delete cell.result;
      delete cell.error;
      if (from?.formula !== undefined) cell.formula = shiftFormula(from.formula, row - source.top, 0);
      else delete cell.formula;
    }
  }
  const count = to - source.bottom;
  const table = tables.find((t) => t.sheetId === sheet.id && t.rect.bottom === source.bottom && source.left <= t.rect.right && source.right >= t.rect.left);
  if (!table) return { rect: { ...source, top: source.top + 1, bottom: to }, changeType: "RangeEdited" };
  const old = table.rect;
  table.rect = { ...old, bottom: to };
  // office-js #728: the event names the table's old last rows, as many as were added, not the new ones.
  return { rect: { top: Math.max(old.top + 1, old.bottom - count + 1), left: old.left, bottom: old.bottom, right: old.right }, changeType: "RowInserted" };
}
