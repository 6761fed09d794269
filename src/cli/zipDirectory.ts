/**
 * The central directory of a zip (an .xlsx is one): each entry's name, sizes and where its bytes
 * are, read from the end of the file without inflating anything, in one pass over the directory.
 * It lets the reader refuse a file by what it declares before unpacking a byte of it, and unpack
 * only the parts it needs (workbookParts.ts).
 *
 * Format: PKWARE's APPNOTE.TXT, sections 4.3.6 (local header), 4.3.12 (central directory header),
 * 4.3.14–4.3.16 (ZIP64 end records, locator, end of central directory) and 4.5.3 (ZIP64 extra field).
 * Like JSZip (which ExcelJS loads with), bytes prepended to the archive are tolerated: offsets are
 * shifted by however far the directory is found from where it says it is.
 */

export interface ZipEntry {
  /** The name's bytes as Latin-1: part names are ASCII, and other bytes only need to compare unequal. */
  readonly name: string;
  readonly nameBytes: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts in the file (already shifted). */
  readonly localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; declaredEntries: number }
  | { ok: false; failure: "damaged"; cause: Error }
  | { ok: false; failure: "tooManyEntries"; declaredEntries: number };

export type ReadAt = (position: number, length: number) => Promise<Buffer>;

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
export const LOCAL_HEADER_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;

class ZipFormatError extends Error {}

function damaged(reason: string): ZipDirectory {
  return { ok: false, failure: "damaged", cause: new ZipFormatError(reason) };
}

/** A 64-bit field as a safe integer; larger values are damage, not data (no file here is 8 PB). */
function uint64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("a 64-bit size or offset out of range");
  return Number(value);
}

interface EndRecord {
  entries: number;
  directorySize: number;
  directoryOffset: number;
  /** Where the directory really ends: the ZIP64 end record when there is one, else the classic one. */
  directoryEnd: number;
}

async function findEndRecord(read: ReadAt, size: number): Promise<EndRecord | string> {
  if (size < EOCD_SIZE) return "too short for a zip";
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = await read(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      at = i;
      break;
    }
  }
  if (at < 0) return "no end of central directory";
  const eocd = tailStart + at;
  const record: EndRecord = {
    entries: tail.readUInt16LE(at + 10),
    directorySize: tail.readUInt32LE(at + 12),
    directoryOffset: tail.readUInt32LE(at + 16),
    directoryEnd: eocd,
  };
  const zip64 = record.entries === 0xffff || record.directorySize === 0xffffffff || record.directoryOffset === 0xffffffff;
  if (!zip64 || eocd < ZIP64_LOCATOR_SIZE) return record;
  const locator = await read(eocd - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
  if (locator.length < ZIP64_LOCATOR_SIZE || locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) return record;
  const endAt = uint64(locator, 8);
  const end64 = await read(endAt, 56);
  if (end64.length < 56 || end64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return "ZIP64 end record missing";
  return { entries: uint64(end64, 32), directorySize: uint64(end64, 40), directoryOffset: uint64(end64, 48), directoryEnd: endAt };
}

/** Sizes and offset that the classic fields mark as 0xFFFFFFFF come from the ZIP64 extra field, in this order. */
function applyZip64Extra(extra: Buffer, fields: { uncompressedSize: number; compressedSize: number; localHeaderOffset: number }): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    const body = at + 4;
    if (body + length > extra.length) throw new ZipFormatError("an extra field runs past its entry");
    if (id === ZIP64_EXTRA_ID) {
      let p = body;
      for (const key of ["uncompressedSize", "compressedSize", "localHeaderOffset"] as const) {
        if (fields[key] !== 0xffffffff) continue;
        if (p + 8 > body + length) throw new ZipFormatError("a ZIP64 extra field too short");
        fields[key] = uint64(extra, p);
        p += 8;
      }
      return;
    }
    at = body + length;
  }
}

/**
 * Lists the entries of the zip whose names `keep` accepts (the others are stepped over, costing no
 * memory). Refuses before reading the directory when it declares more than `maxEntries`.
 */
export async function readZipDirectory(read: ReadAt, size: number, keep: (name: string) => boolean, maxEntries: number): Promise<ZipDirectory> {
  try {
    const end = await findEndRecord(read, size);
    if (typeof end === "string") return damaged(end);
    if (end.entries > maxEntries) return { ok: false, failure: "tooManyEntries", declaredEntries: end.entries };
    const shift = end.directoryEnd - (end.directoryOffset + end.directorySize);
    if (shift < 0) return damaged("the central directory overlaps its end record");
    const start = end.directoryOffset + shift;
    const directory = await read(start, end.directorySize);
    if (directory.length < end.directorySize) return damaged("the central directory runs past the file");
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let n = 0; n < end.entries; n++) {
      if (at + CENTRAL_SIZE > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
        return damaged(`central directory entry ${n + 1} of ${end.entries} missing`);
      }
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const nameStart = at + CENTRAL_SIZE;
      const next = nameStart + nameLength + extraLength + commentLength;
      if (next > directory.length) return damaged("a central directory entry runs past the directory");
      const name = directory.toString("latin1", nameStart, nameStart + nameLength);
      if (keep(name)) {
        const fields = {
          uncompressedSize: directory.readUInt32LE(at + 24),
          compressedSize: directory.readUInt32LE(at + 20),
          localHeaderOffset: directory.readUInt32LE(at + 42),
        };
        applyZip64Extra(directory.subarray(nameStart + nameLength, nameStart + nameLength + extraLength), fields);
        entries.push({
          name,
          nameBytes: Buffer.from(directory.subarray(nameStart, nameStart + nameLength)),
          flags: directory.readUInt16LE(at + 8),
          method: directory.readUInt16LE(at + 10),
          time: directory.readUInt16LE(at + 12),
          date: directory.readUInt16LE(at + 14),
          crc32: directory.readUInt32LE(at + 16),
          compressedSize: fields.compressedSize,
          uncompressedSize: fields.uncompressedSize,
          localHeaderOffset: fields.localHeaderOffset + shift,
        });
      }
      at = next;
    }
    return { ok: true, entries, declaredEntries: end.entries };
  } catch (e) {
    return { ok: false, failure: "damaged", cause: e instanceof Error ? e : new ZipFormatError(String(e)) };
  }
}

/** Where an entry's compressed bytes start: after its local header, whose name and extra lengths may differ from the directory's. */
export async function entryDataOffset(read: ReadAt, entry: ZipEntry): Promise<number> {
  const header = await read(entry.localHeaderOffset, LOCAL_HEADER_SIZE);
  if (header.length < LOCAL_HEADER_SIZE || header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`no local header for ${JSON.stringify(entry.name)}`);
  }
  return entry.localHeaderOffset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
}

export { ZipFormatError };
