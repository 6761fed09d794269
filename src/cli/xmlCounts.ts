/**
 * What a part will cost ExcelJS, counted on its bytes before it parses them: ExcelJS builds an object
 * for nearly every XML element (a cell, a style, a shared string, a merge), at about 10 µs and a few
 * hundred bytes each, so element counts bound its time and memory where byte counts do not (128 MB of
 * `<xf/>` is 7 million styles). Native `indexOf` over the bytes: linear in the part, and each count
 * stops once past `stopAbove`. In XML a `<` is always markup (text escapes it as `&lt;`).
 */

const LT = 0x3c;
const CELL = Buffer.from("<c");
const ROW = Buffer.from("<row");

/** What may follow an element's name: white space, `>` or `/`. Anything else is a longer name (`<col`, `<cfRule`). */
function endsName(byte: number | undefined): boolean {
  return byte === undefined || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/** Start tags (`<name…`), not end tags, declarations (`<?xml`), comments or CDATA (`<!…`). */
export function countElements(xml: Buffer, stopAbove: number): number {
  let count = 0;
  for (let at = xml.indexOf(LT); at >= 0; at = xml.indexOf(LT, at + 1)) {
    const next = xml[at + 1];
    if (next === 0x2f || next === 0x3f || next === 0x21) continue;
    if (++count > stopAbove) return count;
  }
  return count;
}

/**
 * A worksheet's `<c …>` and `<row …>` elements, empty or not: ExcelJS builds a cell or row object
 * for each, the costliest it makes. Prefixed forms (`<x:c>`) are not counted: ExcelJS skips them too.
 */
export function countCellsAndRows(xml: Buffer, stopAbove: number): number {
  let count = 0;
  for (const tag of [CELL, ROW]) {
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
      if (!endsName(xml[at + tag.length])) continue;
      if (++count > stopAbove) return count;
    }
  }
  return count;
}
