/**
 * Colour as a mark (contract §8): a month cell with no value and a solid fill other than white, in
 * a row that is not banded, counts as scheduled (`MONTH_MARKED_BY_COLOR`).
 *
 * Banding: the row's label cell carries that same fill (a shaded or zebra row, or a heading row,
 * shades its label too), which also covers "every cell of the row carries it". Colour only counts
 * on a row that has a label: coloured month cells on a row without one are decoration (a legend,
 * a signature block), not a plan.
 */
import { isBlankValue, type CellValue } from "./grid";

const NOT_A_MARK = new Set(["FFFFFF"]);

export function isMarkFill(fill: string | null | undefined): fill is string {
  return typeof fill === "string" && fill.length > 0 && !NOT_A_MARK.has(fill.toUpperCase());
}

/**
 * Per month, whether its cell is marked by colour alone; null when no month is (the usual case,
 * so most rows allocate nothing).
 */
export function colorMarksOfRow(
  line: readonly CellValue[],
  fills: readonly (string | null)[] | undefined,
  monthColumns: readonly (number | null)[],
  labelColumn: number,
): boolean[] | null {
  if (!fills) return null;
  let marks: boolean[] | null = null;
  const labelFill = fills[labelColumn] ?? null;
  for (let m = 0; m < 12; m++) {
    const c = monthColumns[m];
    if (c === null) continue;
    const fill = fills[c];
    if (!isMarkFill(fill) || !isBlankValue(line[c])) continue;
    if (labelFill !== null && labelFill.toUpperCase() === fill.toUpperCase()) continue;
    marks ??= new Array<boolean>(12).fill(false);
    marks[m] = true;
  }
  return marks;
}
