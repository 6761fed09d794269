import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { loadMergesWithoutExpanding } from "./boundedMerges";
import { IGNORED_NODES } from "./xlsxToGrid";

/**
 * Opens an .xlsx with ExcelJS, telling apart the ways it can fail so the planner gets a message that
 * says what the file is (missing, empty, an old .xls, not a workbook, damaged) rather than a stack trace.
 */
export type ReadFailure = "missing" | "directory" | "unreadable" | "empty" | "legacy" | "notXlsx" | "noWorkbook" | "damaged";

export type ReadOutcome = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; failure: ReadFailure };

/** Compound-file header: .xls, and .xlsx files encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return buffer.length >= magic.length && magic.every((b, i) => buffer[i] === b);
}

export async function readWorkbookFile(file: string): Promise<ReadOutcome> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, failure: "directory" };
    buffer = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, failure: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable" };
  }
  if (buffer.length === 0) return { ok: false, failure: "empty" };
  if (startsWith(buffer, OLE_MAGIC)) return { ok: false, failure: "legacy" };
  if (!startsWith(buffer, ZIP_MAGIC)) return { ok: false, failure: "notXlsx" };
  loadMergesWithoutExpanding();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    return { ok: false, failure: "damaged" };
  }
  if (workbook.worksheets.length === 0) return { ok: false, failure: "noWorkbook" };
  return { ok: true, workbook };
}
