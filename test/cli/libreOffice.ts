import { spawnSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";

/**
 * LibreOffice Calc as a second, real spreadsheet: converts workbooks headless (to CSV per sheet, or
 * to PDF) through a throw-away profile that forces recalculation on load (LibreOffice otherwise trusts
 * the cached results of .xlsx files), so parallel runs share no lock and every formula is computed.
 */

function sofficeVersion(): [number, number] | null {
  const run = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  const m = /LibreOffice (\d+)\.(\d+)/.exec(run.stdout);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const version = sofficeVersion();
/** Exporting every sheet to its own CSV (the trailing -1) needs LibreOffice 7.2 or later. */
export const libreOfficeUsable = version !== null && (version[0] > 7 || (version[0] === 7 && version[1] >= 2));
export const libreOfficeMissing = libreOfficeUsable ? null : version ? `soffice ${version.join(".")} is older than 7.2` : "soffice is not on PATH";

/** Every sheet of each file to `<name>-<sheet>.csv` in UTF-8, values as shown. */
export const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function convertWithLibreOffice(files: string[], outDir: string, format: string, workDir: string): void {
  const profile = path.join(workDir, "lo-profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile.startsWith("/") ? "" : "/"}${profile.replace(/\\/g, "/")}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 170_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error}`);
}

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type CsvSheet = { cell(address: string): string; all: string[][] };

export function sheetFrom(rows: string[][]): CsvSheet {
  return {
    all: rows,
    cell(address) {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      return rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? "";
    },
  };
}

export const ERROR_VALUE = /^(#N\/A|#VALUE!|#REF!|#NAME\?|#DIV\/0!|#NUM!|#NULL!|Err:\d+)$/;
