import { MAX_COLUMN_COUNT, MAX_ROW_COUNT } from "./sheetLimits";

/**
 * ExcelJS expands every merged area into one cell object per covered cell when it loads a sheet, so a
 * file declaring a sheet-sized merge (`A1:XFD1048576`, 17 billion cells) ran `poa validate` out of
 * memory with a V8 crash instead of a one-line message. The reader only needs each area's rectangle
 * (xlsxToGrid blanks the covered cells itself, over the cells the file really holds), so loading now
 * records the rectangles without expanding them.
 *
 * This replaces ExcelJS's private `Worksheet#_parseMergeCells`, used only when a file is loaded (the
 * writer merges through `mergeCells`). If a later ExcelJS drops that hook, nothing is replaced and the
 * reliability test of hostile files (test/reliability/cliBytes.test.ts) fails, pointing here.
 */

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
  tl: string;
  model: { top: number; left: number; bottom: number; right: number };
}

interface WorksheetInternals {
  _merges: Record<string, RangeLike>;
}

let installed = false;

export function loadMergesWithoutExpanding(): void {
  if (installed) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Worksheet = require("exceljs/lib/doc/worksheet") as { prototype: Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Range = require("exceljs/lib/doc/range") as new (ref: string) => RangeLike;
  if (typeof Worksheet?.prototype?._parseMergeCells !== "function") return;
  Worksheet.prototype._parseMergeCells = function parseMergeCells(this: WorksheetInternals, model: { mergeCells?: unknown }) {
    const refs = Array.isArray(model?.mergeCells) ? model.mergeCells : [];
    for (const ref of refs) {
      if (typeof ref !== "string") continue;
      let range: RangeLike;
      try {
        range = new Range(ref);
      } catch {
        continue;
      }
      const m = range.model;
      const sane = [m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n) && n >= 1);
      if (!sane || m.top > MAX_ROW_COUNT || m.left > MAX_COLUMN_COUNT) continue;
      m.bottom = Math.min(m.bottom, MAX_ROW_COUNT);
      m.right = Math.min(m.right, MAX_COLUMN_COUNT);
      this._merges[range.tl] = range;
    }
  };
  installed = true;
}
