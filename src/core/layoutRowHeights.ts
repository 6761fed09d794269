/**
 * Row heights that fit each row's wrapped text (contract §2: "rows tall enough for their wrapped text,
 * no text cut or overlapping"). ExcelJS stores no heights of its own and neither Excel nor LibreOffice
 * sizes a row to its text when opening a file, so the core estimates them from the text and the
 * column widths, the same for every writer.
 *
 * The estimate wraps words as a spreadsheet does, measuring characters in widths of the digit `0`
 * (the unit of column widths) with a small table that errs wide: it is checked against Calibri (Excel's
 * default) and DejaVu Sans (what LibreOffice draws where Calibri and Carlito are missing), and a row
 * a little too tall is better than a result cut on paper.
 */
import { parseCell, parseRange } from "./address";
import type { LayoutCell, LayoutRowHeight, LayoutSheet } from "./layoutTypes";

/** Excel's default column width, in characters, where a layout gives none. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_FONT_SIZE = 11;
/** Excel's row height for its default 11 pt font: 15 pt, i.e. 1.364 times the font size per line. */
const LINE_HEIGHT_PER_POINT = 15 / 11;
/** Excel caps a row at 409 pt. */
const MAX_ROW_HEIGHT = 409;
/** Part of a column's width the text may fill (cell padding, and a margin for the estimate). */
const USABLE_WIDTH = 0.92;

const NARROW = new Set("ijl.,:;'!|Iíìï·".split(""));
const SLIM = new Set("frt()[]{}-/\\ \"*".split(""));
const WIDE = new Set("mwMW@%&—".split(""));

/** A character's width in digit widths. */
function charWidth(ch: string, bold: boolean): number {
  let w: number;
  if (NARROW.has(ch)) w = 0.45;
  else if (SLIM.has(ch)) w = 0.62;
  else if (WIDE.has(ch)) w = 1.55;
  else if (ch >= "0" && ch <= "9") w = 1;
  else if (ch !== ch.toLowerCase()) w = 1.2;
  else w = 0.98;
  return bold ? w * 1.08 : w;
}

function textWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return w;
}

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide (long words break). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width * USABLE_WIDTH);
  const space = charWidth(" ", bold);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\n|\r/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w.length > 0)) {
      let w = textWidth(word, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the column breaks across lines.
      while (w > room) {
        lines++;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/** Points for `lines` lines of a font, rounded up to whole pixels (0.75 pt) as Excel stores them. */
export function linesHeight(lines: number, fontSize = DEFAULT_FONT_SIZE): number {
  const points = lines * fontSize * LINE_HEIGHT_PER_POINT;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(points / 0.75) * 0.75);
}

interface CellLook {
  wrap: boolean;
  bold: boolean;
  fontSize: number;
}

function textOf(cell: LayoutCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.result === undefined ? "" : String(cell.result);
  return String(cell);
}

/**
 * The heights of the rows whose text needs more than the default row: wrapped text over several
 * lines, or a font larger than the default. Rows holding a merged cell get a height that is not only
 * an estimate of wrapped text (`fitsText` false), since autofit skips merged cells.
 */
export function rowHeightsFor(sheet: LayoutSheet): LayoutRowHeight[] {
  const widths = new Map(sheet.columnWidths.map((w) => [parseCell(`${w.column}1`).col, w.width]));
  const widthOf = (col: number) => widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  const merges = sheet.merges.map((m) => parseRange(m));
  const styles = sheet.styles.map((s) => ({ ...s, rect: parseRange(s.range) }));
  const look = (row: number, col: number): CellLook => {
    const l: CellLook = { wrap: false, bold: false, fontSize: DEFAULT_FONT_SIZE };
    for (const s of styles) {
      if (row < s.rect.top || row > s.rect.bottom || col < s.rect.left || col > s.rect.right) continue;
      if (s.wrap !== undefined) l.wrap = s.wrap;
      if (s.bold !== undefined) l.bold = s.bold;
      if (s.fontSize !== undefined) l.fontSize = s.fontSize;
    }
    return l;
  };

  const heights = new Map<number, LayoutRowHeight>();
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    block.rows.forEach((cells, i) => {
      const row = anchor.row + i;
      cells.forEach((cell, j) => {
        const text = textOf(cell);
        if (text === "") return;
        const col = anchor.col + j;
        const l = look(row, col);
        const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
        let width = 0;
        if (merge) for (let c = merge.left; c <= merge.right; c++) width += widthOf(c);
        else width = widthOf(col);
        const lines = l.wrap ? wrappedLines(text, width, l.bold) : 1;
        const height = linesHeight(lines, l.fontSize);
        if (height <= linesHeight(1)) return;
        const entry = heights.get(row) ?? { row: row + 1, height, fitsText: true };
        entry.height = Math.max(entry.height, height);
        if (merge) entry.fitsText = false;
        heights.set(row, entry);
      });
    });
  }
  return [...heights.values()].sort((a, b) => a.row - b.row);
}
