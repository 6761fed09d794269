import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { escoTemplate } from "../../src/core/escoTemplate";
import { monthMarkValidationFormula, scheduledMonthFormula } from "../../src/core/layout";
import { editWorkbook, runCli, tempDir } from "./cliHarness";

/**
 * The scaffolded workbook computed by a real spreadsheet: LibreOffice Calc recalculates every formula
 * (forced through a throw-away profile) and exports each sheet to CSV. Proves the formulas are valid
 * outside Excel, show no error value, and compute Meses, Estado and Cobertura from the marks.
 */

function sofficeVersion(): [number, number] | null {
  const run = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  const m = /LibreOffice (\d+)\.(\d+)/.exec(run.stdout);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const version = sofficeVersion();
// Exporting every sheet to its own CSV (the trailing -1) needs LibreOffice 7.2 or later.
const usable = version !== null && (version[0] > 7 || (version[0] === 7 && version[1] >= 2));
if (!usable) console.log(`LibreOffice test skipped: ${version ? `soffice ${version.join(".")} is older than 7.2` : "soffice is not on PATH"}.`);
const describeLo = usable ? describe : describe.skip;

/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
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

type Sheet = { cell(address: string): string; all: string[][] };

function sheetFrom(rows: string[][]): Sheet {
  return {
    all: rows,
    cell(address) {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      return rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? "";
    },
  };
}

const ERROR_VALUE = /^(#N\/A|#VALUE!|#REF!|#NAME\?|#DIV\/0!|#NUM!|#NULL!|Err:\d+)$/;
const SHEETS = ["Objetivos", "Matriz POA 2024", "Cobertura"];
const PROBES: (string | number)[] = ["X", "x", " X ", 3, 0, -1, 1.5, "hola", "Sí", "  "];

describeLo("the scaffolded workbook in LibreOffice Calc", () => {
  const tmp = tempDir("poa-lo-");
  const sheets = new Map<string, Sheet>();
  const template = escoTemplate(2024);

  beforeAll(async () => {
    const fresh = tmp.file("fresh.xlsx");
    const english = tmp.file("english.xlsx");
    const marked = tmp.file("marked.xlsx");
    expect((await runCli(["scaffold", "--out", fresh])).code).toBe(0);
    expect((await runCli(["scaffold", "--out", english, "--lang", "en"])).code).toBe(0);
    await editWorkbook(fresh, marked, (wb) => {
      const ws = wb.getWorksheet("Matriz POA 2024") as ExcelJS.Worksheet;
      ws.getCell("E7").value = "X";
      ws.getCell("F7").value = "X";
      ws.getCell("G8").value = 3; // a planned quantity
      ws.getCell("H9").value = "x"; // lower case still counts in the sheet's own formulas
      ws.getCell("I10").value = 0; // zero: not scheduled
      ws.getCell("B13").value = "OE1"; // the last result moves to OE1, leaving OE7 without results
      ws.getCell("E13").value = "X";
      // The month validation and shading formulas, evaluated as plain cells on sample marks.
      const probe = wb.addWorksheet("Prueba");
      PROBES.forEach((value, i) => {
        const r = i + 1;
        probe.getCell(`A${r}`).value = value;
        probe.getCell(`B${r}`).value = { formula: `IF(${monthMarkValidationFormula(`A${r}`).slice(1)},1,0)` };
        probe.getCell(`C${r}`).value = { formula: `IF(${scheduledMonthFormula(`A${r}`).slice(1)},1,0)` };
      });
    });

    // A throw-away profile: parallel runs don't share a lock, and it forces recalculation on load
    // (LibreOffice otherwise trusts the cached results of .xlsx files).
    const profile = tmp.file("profile");
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(
      path.join(profile, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
    const outDir = tmp.file("csv");
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile.startsWith("/") ? "" : "/"}${profile.replace(/\\/g, "/")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        outDir,
        fresh,
        english,
        marked,
      ],
      { encoding: "utf8", timeout: 170_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error}`);
    for (const base of ["fresh", "english", "marked"]) {
      for (const name of SHEETS) {
        const csv = path.join(outDir, `${base}-${name}.csv`);
        if (existsSync(csv)) sheets.set(`${base}/${name}`, sheetFrom(parseCsv(readFileSync(csv, "utf8"))));
      }
    }
    const probe = path.join(outDir, "marked-Prueba.csv");
    if (existsSync(probe)) sheets.set("marked/Prueba", sheetFrom(parseCsv(readFileSync(probe, "utf8"))));
  }, 180_000);

  afterAll(() => tmp.cleanup());

  const get = (key: string): Sheet => {
    const sheet = sheets.get(key);
    if (!sheet) throw new Error(`LibreOffice exported no sheet ${key}`);
    return sheet;
  };

  it("exports the three sheets of every workbook, with no error value in any cell", () => {
    for (const base of ["fresh", "english", "marked"]) {
      for (const name of SHEETS) {
        const offenders = get(`${base}/${name}`).all.flat().filter((value) => ERROR_VALUE.test(value));
        expect({ sheet: `${base}/${name}`, offenders }).toEqual({ sheet: `${base}/${name}`, offenders: [] });
      }
    }
  });

  it("accepts blank, X in any case and whole numbers >= 0 in month cells, and shades X and quantities >= 1", () => {
    const probe = get("marked/Prueba");
    const column = (c: string) => PROBES.map((_, i) => probe.cell(`${c}${i + 1}`));
    //                            X    x    " X " 3    0    -1   1.5  hola Sí   blank
    expect(column("B")).toEqual(["1", "1", "1", "1", "1", "0", "0", "0", "0", "1"]);
    expect(column("C")).toEqual(["1", "1", "1", "1", "0", "0", "1", "0", "0", "0"]);
  });

  it("looks up each objective's text and says every fresh row needs months", () => {
    const matrix = get("fresh/Matriz POA 2024");
    expect(matrix.cell("D6")).toBe("Resultado");
    for (let i = 0; i < 7; i++) {
      const row = 7 + i;
      expect(matrix.cell(`C${row}`)).toBe(template.objectives[i].text);
      expect(matrix.cell(`D${row}`)).toBe(template.results[i].text);
      expect(matrix.cell(`Q${row}`)).toBe("0");
      expect(matrix.cell(`R${row}`)).toBe("Sin meses");
    }
    const coverage = get("fresh/Cobertura");
    for (let i = 0; i < 7; i++) {
      const row = 5 + i;
      expect(coverage.cell(`A${row}`)).toBe(`OE${i + 1}`);
      expect(coverage.cell(`B${row}`)).toBe(template.objectives[i].text);
      expect("CDEFGHIJKLMN".split("").map((c) => coverage.cell(`${c}${row}`))).toEqual(new Array(12).fill("0"));
      expect(coverage.cell(`O${row}`)).toBe("1");
      expect(coverage.cell(`P${row}`)).toBe("No");
    }
    const english = get("english/Matriz POA 2024");
    expect(english.cell("R7")).toBe("No months");
    expect(get("english/Cobertura").cell("P5")).toBe("No");
  });

  it("counts X, lower-case x and quantities as scheduled months, and 0 as not", () => {
    const matrix = get("marked/Matriz POA 2024");
    expect([7, 8, 9, 10, 11, 12, 13].map((r) => [matrix.cell(`Q${r}`), matrix.cell(`R${r}`)])).toEqual([
      ["2", "Completo"],
      ["1", "Completo"],
      ["1", "Completo"],
      ["0", "Sin meses"],
      ["0", "Sin meses"],
      ["0", "Sin meses"],
      ["1", "Completo"],
    ]);
    expect(matrix.cell("C13")).toBe(template.objectives[0].text);
  });

  it("fills the coverage heat map from the marks", () => {
    const coverage = get("marked/Cobertura");
    const months = (row: number) => "CDEFGHIJKLMN".split("").map((c) => Number(coverage.cell(`${c}${row}`)));
    const expected = (entries: Record<number, number>) => Array.from({ length: 12 }, (_, m) => entries[m] ?? 0);
    expect(months(5)).toEqual(expected({ 0: 2, 1: 1 })); // OE1: Ene from rows 7 and 13, Feb from row 7
    expect(months(6)).toEqual(expected({ 2: 1 })); // OE2: Mar, the quantity 3
    expect(months(7)).toEqual(expected({ 3: 1 })); // OE3: Abr, lower-case x
    expect(months(8)).toEqual(expected({})); // OE4: only a 0
    expect([5, 6, 7, 8, 9, 10, 11].map((r) => [coverage.cell(`O${r}`), coverage.cell(`P${r}`)])).toEqual([
      ["2", "Sí"],
      ["1", "Sí"],
      ["1", "Sí"],
      ["1", "No"],
      ["1", "No"],
      ["1", "No"],
      ["0", "No"],
    ]);
  });
});
