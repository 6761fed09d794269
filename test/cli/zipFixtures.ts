import { constants, deflateRawSync } from "zlib";
import JSZip from "jszip";

/**
 * Zip files built byte by byte for the reader's limits (not a test file itself): entries whose
 * declared sizes are whatever the test says, and deflate streams of gigabytes of zeros made of a
 * few kilobytes, so a hostile file costs the test almost nothing to build.
 * Layout: PKWARE's APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16. CRCs are left 0: neither our reader nor JSZip
 * (as ExcelJS loads it) checks them.
 */

export interface RawEntry {
  name: string;
  /** The entry's bytes as stored in the zip: deflated when `method` is 8. */
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size written in the headers. */
  declaredSize: number;
}

export function deflated(name: string, content: string | Buffer): RawEntry {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, data: deflateRawSync(raw), method: 8, declaredSize: raw.length };
}

/** A raw deflate stream that inflates to `mebibytes` MiB of zeros: one flushed 1 MiB block repeated, then a final empty block. */
export function zerosDeflated(mebibytes: number): Buffer {
  // A full flush ends the block on a byte boundary and forgets the window: the block stands alone, so it can repeat.
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  // 0x03 0x00: a final block with fixed codes holding only its end-of-block code.
  return Buffer.concat([...new Array<Buffer>(mebibytes).fill(block), Buffer.from([0x03, 0x00])]);
}

export interface ZipOptions {
  /** Write ZIP64 records (APPNOTE 4.3.14, 4.3.15, 4.5.3) with the classic fields at their 0xFFFF… markers. */
  zip64?: boolean;
  /** Bytes before the archive whose offsets do not count them, as a self-extracting stub has. */
  prefix?: Buffer;
}

const MARK32 = 0xffffffff;

export function buildZip(entries: RawEntry[], options: ZipOptions = {}): Buffer {
  const zip64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(zip64 ? MARK32 : e.data.length, 18);
    local.writeUInt32LE(zip64 ? MARK32 : Math.min(e.declaredSize, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = zip64 ? zip64Extra([e.declaredSize, e.data.length]) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(zip64 ? MARK32 : e.data.length, 20);
    central.writeUInt32LE(zip64 ? MARK32 : Math.min(e.declaredSize, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    const centralExtra = zip64 ? zip64Extra([e.declaredSize, e.data.length, offset]) : Buffer.alloc(0);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(zip64 ? MARK32 : offset, 42);
    locals.push(local, name, localExtra, e.data);
    centrals.push(central, name, centralExtra);
    offset += local.length + name.length + localExtra.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(zip64 ? 0xffff : Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(zip64 ? MARK32 : directory.length, 12);
  end.writeUInt32LE(zip64 ? MARK32 : offset, 16);
  return Buffer.concat([options.prefix ?? Buffer.alloc(0), ...locals, directory, ...tail, end]);
}

/** The ZIP64 extended information extra field with the given 64-bit values, in APPNOTE's order. */
function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}

/** Every file entry of an .xlsx, re-deflated as RawEntry, to rebuild it with changes. */
export async function entriesOf(xlsx: Buffer): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) out.push(deflated(file.name, await file.async("nodebuffer")));
  }
  return out;
}

/** The entries with one replaced (or added when absent). */
export function withEntry(entries: RawEntry[], entry: RawEntry): RawEntry[] {
  const i = entries.findIndex((e) => e.name === entry.name);
  return i < 0 ? [...entries, entry] : entries.map((e, k) => (k === i ? entry : e));
}
