import ExcelJS from "exceljs";
import { loadMergesWithoutExpanding } from "./boundedMerges";
import { READ_LIMITS } from "./readLimits";
import { openRegularFile, type OpenFailure } from "./regularFile";
import { unpackWorkbookParts } from "./workbookParts";
import { IGNORED_NODES } from "./xlsxToGrid";

/**
 * Opens an .xlsx for the reader, telling apart the ways it can fail so the planner gets a message that
 * says what the file is (missing, empty, an old .xls, not a workbook, damaged, over a limit) rather
 * than a stack trace. The work is bounded by the file, not by what it claims (readLimits.ts): only a
 * regular file is opened, only the parts the reader needs are unpacked (workbookParts.ts), and each
 * limit is checked before the work it bounds.
 */
export type ReadFailure =
  | OpenFailure
  | "empty"
  | "legacy"
  | "ods"
  | "csv"
  | "notXlsx"
  | "tooManyEntries"
  | "tooMuchData"
  | "tooManyCells"
  | "tooManyElements"
  | "noWorkbook"
  | "damaged";

export type ReadOutcome =
  | { ok: true; workbook: ExcelJS.Workbook }
  /** `amount`: what went over a limit (bytes, entries, cells); `cause`: the underlying error, for POA_DEBUG. */
  | { ok: false; failure: ReadFailure; amount?: number; cause?: unknown };

/** Compound-file header: .xls, and .xlsx files encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

/**
 * Sheet elements that point at parts never unpacked (drawings, a background picture, tables):
 * ExcelJS would look each up through the sheet's relationships, which are not unpacked either.
 */
const LOAD_IGNORED_NODES = [...IGNORED_NODES, "drawing", "picture", "tableParts"];

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return buffer.length >= magic.length && magic.every((b, i) => buffer[i] === b);
}

/** Bytes read from the start of a file to tell what it is. */
const HEAD_BYTES = 512;

/**
 * An OpenDocument file is a zip whose first entry, stored uncompressed, is `mimetype` naming its kind
 * (ODF 1.2 part 3, §3.3): the name sits at byte 30 of the first local header, the content right after.
 */
function isOpenDocument(head: Buffer): boolean {
  return head.toString("latin1", 30, 38) === "mimetype" && head.toString("latin1", 38, 160).includes("application/vnd.oasis.opendocument");
}

/** Text with separators and no NUL byte: a .csv (or .tsv) exported from a sheet, whatever its name. */
function isDelimitedText(head: Buffer): boolean {
  return !head.includes(0) && /[,;\t]/.test(head.toString("latin1"));
}

/** The parts the reader needs, as a zip ExcelJS can load, or why the file can't give them. */
async function workbookBytes(file: string): Promise<{ ok: true; zip: Buffer } | Extract<ReadOutcome, { ok: false }>> {
  const opened = await openRegularFile(file, READ_LIMITS.fileBytes);
  if (!opened.ok) return { ok: false, failure: opened.failure, amount: opened.size, cause: opened.cause };
  const source = opened.file;
  try {
    if (source.size === 0) return { ok: false, failure: "empty" };
    const head = await source.read(0, Math.min(HEAD_BYTES, source.size));
    if (startsWith(head, OLE_MAGIC)) return { ok: false, failure: "legacy" };
    if (startsWith(head, ZIP_MAGIC) && isOpenDocument(head)) return { ok: false, failure: "ods" };
    if (!startsWith(head, ZIP_MAGIC)) return { ok: false, failure: isDelimitedText(head) ? "csv" : "notXlsx" };
    return await unpackWorkbookParts(source.read, source.size);
  } catch (e) {
    return { ok: false, failure: "unreadable", cause: e };
  } finally {
    await source.close().catch(() => undefined);
  }
}

export async function readWorkbookFile(file: string): Promise<ReadOutcome> {
  const bytes = await workbookBytes(file);
  if (!bytes.ok) return bytes;
  loadMergesWithoutExpanding();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.zip as unknown as ExcelJS.Buffer, { ignoreNodes: LOAD_IGNORED_NODES });
  } catch (e) {
    return { ok: false, failure: "damaged", cause: e };
  }
  if (workbook.worksheets.length === 0) return { ok: false, failure: "noWorkbook" };
  return { ok: true, workbook };
}
