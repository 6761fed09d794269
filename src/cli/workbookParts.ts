import { inflateRawSync } from "zlib";
import { countCellsAndRows, countElements } from "./xmlCounts";
import { READ_LIMITS } from "./readLimits";
import { StoredZip } from "./storedZip";
import { entryDataOffset, readZipDirectory, ZipFormatError, type ReadAt, type ZipEntry } from "./zipDirectory";

/**
 * The parts of an .xlsx the reader needs, unpacked by us with every limit checked before the work
 * it bounds, and handed to ExcelJS as a small stored zip. ExcelJS on its own inflates every entry
 * (images included) to its full size, trusting what the file says: a 7.8 MB file with five
 * 1.5 GiB images of zeros ran it out of memory (issue 13).
 *
 * Needed: the workbook, its relationships, the sheets, shared strings, styles (number formats and
 * fills) and the first theme (fill colours). Never read: images, drawings, comments, tables,
 * charts, a sheet's relationships (only those parts and hyperlinks use them), document properties.
 * The sheet elements that point at the parts left out are skipped when loading (readWorkbookFile.ts).
 */

/** Names exactly as ExcelJS looks them up (lib/xlsx/xlsx.js `load`), after it drops one leading `/`. */
const NEEDED_NAMES = new Set(["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]);
/** ExcelJS's own patterns, unanchored as there, so that exactly the parts it would read as sheets are kept. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const THEME = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/;
/** colors.ts reads the first theme only. */
const THEME_READ = "theme1";

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;

function partName(name: string): string {
  return name.startsWith("/") ? name.slice(1) : name;
}

function isWorksheet(name: string): boolean {
  return WORKSHEET.test(partName(name));
}

export function isNeededPart(name: string): boolean {
  const n = partName(name);
  return NEEDED_NAMES.has(n) || WORKSHEET.test(n) || THEME.exec(n)?.[1] === THEME_READ;
}

export type UnpackOutcome =
  | { ok: true; zip: Buffer }
  | { ok: false; failure: "damaged"; cause: Error }
  | { ok: false; failure: "tooManyEntries" | "tooMuchData" | "tooManyCells" | "tooManyElements"; amount: number };

/** One entry's uncompressed bytes, never more than it declares: a part that inflates past its size is damaged. */
async function unpackEntry(read: ReadAt, entry: ZipEntry): Promise<Buffer> {
  if (entry.flags & ENCRYPTED_FLAG) throw new ZipFormatError(`${JSON.stringify(entry.name)} is encrypted`);
  const start = await entryDataOffset(read, entry);
  const raw = await read(start, entry.compressedSize);
  if (raw.length < entry.compressedSize) throw new ZipFormatError(`${JSON.stringify(entry.name)} runs past the end of the file`);
  let data: Buffer;
  if (entry.method === STORED) data = raw;
  else if (entry.method === DEFLATED) {
    // maxOutputLength stops inflating as soon as the output passes the declared size (zlib throws RangeError).
    data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } else throw new ZipFormatError(`${JSON.stringify(entry.name)} uses compression method ${entry.method}`);
  if (data.length !== entry.uncompressedSize) {
    throw new ZipFormatError(`${JSON.stringify(entry.name)} holds ${data.length} bytes, not the ${entry.uncompressedSize} it declares`);
  }
  return data;
}

export async function unpackWorkbookParts(read: ReadAt, size: number): Promise<UnpackOutcome> {
  const directory = await readZipDirectory(read, size, isNeededPart, READ_LIMITS.zipEntries);
  if (!directory.ok) {
    return directory.failure === "damaged" ? directory : { ok: false, failure: "tooManyEntries", amount: directory.declaredEntries };
  }
  const entries = directory.entries;
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > READ_LIMITS.partBytes) return { ok: false, failure: "tooMuchData", amount: declared };

  const zip = new StoredZip(entries);
  let cells = 0;
  let elements = 0;
  try {
    for (const entry of entries) {
      const data = await unpackEntry(read, entry);
      elements += countElements(data, READ_LIMITS.xmlElements - elements);
      if (elements > READ_LIMITS.xmlElements) return { ok: false, failure: "tooManyElements", amount: elements };
      if (isWorksheet(entry.name)) {
        cells += countCellsAndRows(data, READ_LIMITS.cells - cells);
        if (cells > READ_LIMITS.cells) return { ok: false, failure: "tooManyCells", amount: cells };
      }
      zip.put(entry, data);
    }
  } catch (e) {
    return { ok: false, failure: "damaged", cause: e instanceof Error ? e : new ZipFormatError(String(e)) };
  }
  return { ok: true, zip: zip.finish() };
}
