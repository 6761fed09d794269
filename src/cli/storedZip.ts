import type { ZipEntry } from "./zipDirectory";

/**
 * A zip of already-unpacked parts, each stored (method 0), laid out in one buffer sized up front:
 * what the reader hands ExcelJS once it has unpacked and checked the parts itself. Stored entries
 * keep their CRC-32 from the original directory (it is the CRC of the uncompressed bytes whatever the
 * method), so nothing is recomputed. Sizes stay under 4 GB (the reader's limits), so no ZIP64.
 * Layout: PKWARE's APPNOTE.TXT 4.3.7 (local header), 4.3.12 (central header), 4.3.16 (end record).
 */

const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
/** Bit 11: the name is UTF-8. Kept so that JSZip decodes names as before; every other flag is dropped. */
const UTF8_NAME_FLAG = 0x0800;
const VERSION_STORED = 10;

export class StoredZip {
  private readonly buffer: Buffer;
  private readonly central: Buffer[] = [];
  private offset = 0;
  private count = 0;

  /** `entries` are the ones that will be put, with their declared uncompressed sizes. */
  constructor(entries: readonly Pick<ZipEntry, "nameBytes" | "uncompressedSize">[]) {
    let size = END_SIZE;
    for (const e of entries) size += LOCAL_SIZE + CENTRAL_SIZE + 2 * e.nameBytes.length + e.uncompressedSize;
    this.buffer = Buffer.alloc(size);
  }

  /** Appends one entry's uncompressed bytes; `data.length` must be the size declared to the constructor. */
  put(entry: ZipEntry, data: Buffer): void {
    const flags = entry.flags & UTF8_NAME_FLAG;
    const at = this.offset;
    const local = this.buffer;
    local.writeUInt32LE(0x04034b50, at);
    local.writeUInt16LE(VERSION_STORED, at + 4);
    local.writeUInt16LE(flags, at + 6);
    local.writeUInt16LE(0, at + 8);
    local.writeUInt16LE(entry.time, at + 10);
    local.writeUInt16LE(entry.date, at + 12);
    local.writeUInt32LE(entry.crc32, at + 14);
    local.writeUInt32LE(data.length, at + 18);
    local.writeUInt32LE(data.length, at + 22);
    local.writeUInt16LE(entry.nameBytes.length, at + 26);
    local.writeUInt16LE(0, at + 28);
    entry.nameBytes.copy(local, at + LOCAL_SIZE);
    data.copy(local, at + LOCAL_SIZE + entry.nameBytes.length);
    this.offset = at + LOCAL_SIZE + entry.nameBytes.length + data.length;

    const central = Buffer.alloc(CENTRAL_SIZE + entry.nameBytes.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION_STORED, 4);
    central.writeUInt16LE(VERSION_STORED, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(entry.time, 12);
    central.writeUInt16LE(entry.date, 14);
    central.writeUInt32LE(entry.crc32, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(entry.nameBytes.length, 28);
    central.writeUInt32LE(at, 42);
    entry.nameBytes.copy(central, CENTRAL_SIZE);
    this.central.push(central);
    this.count++;
  }

  /** The finished zip: central directory and end record after the entries put. */
  finish(): Buffer {
    const directoryStart = this.offset;
    for (const c of this.central) {
      c.copy(this.buffer, this.offset);
      this.offset += c.length;
    }
    const end = this.offset;
    this.buffer.writeUInt32LE(0x06054b50, end);
    this.buffer.writeUInt16LE(this.count, end + 8);
    this.buffer.writeUInt16LE(this.count, end + 10);
    this.buffer.writeUInt32LE(end - directoryStart, end + 12);
    this.buffer.writeUInt32LE(directoryStart, end + 16);
    return this.buffer.subarray(0, end + END_SIZE);
  }
}
