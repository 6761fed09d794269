import { existsSync, readFileSync } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { escoTemplate } from "../../src/core/escoTemplate";
import { monthMarkValidationFormula, objectiveListSource, scheduledMonthFormula } from "../../src/core/layout";
import { editWorkbook, runCli, tempDir } from "./cliHarness";
import { convertWithLibreOffice, CSV_EVERY_SHEET, ERROR_VALUE, libreOfficeMissing, libreOfficeUsable, parseCsv, sheetFrom, type CsvSheet } from "./libreOffice";

/**
 * The scaffolded workbook computed by a real spreadsheet: LibreOffice Calc recalculates every formula
 * (forced through a throw-away profile) and exports each sheet to CSV. Proves the formulas are valid
 * outside Excel, show no error value, compute Meses, Estado and Cobertura from the marks, and follow
 * the catalog when an objective is added to or removed from it (contract §2).
 */

if (!libreOfficeUsable) console.log(`LibreOffice test skipped: ${libreOfficeMissing}.`);
const describeLo = libreOfficeUsable ? describe : describe.skip;

type Sheet = CsvSheet;

const SHEETS = ["Objetivos", "Matriz POA 2024", "Cobertura"];
const PROBES: (string | number)[] = ["X", "x", " X ", 3, 0, -1, 1.5, "hola", "Sí", "  ", "2 talleres", "$ 250"];
const OE8_TEXT = "Promover la transparencia y la rendición de cuentas";

/** Grows (or shrinks) the catalog table as Excel does when a planner types under it (or deletes a row). */
function setCatalogRows(wb: ExcelJS.Workbook, rows: [string, string][]): void {
  const ws = wb.getWorksheet("Objetivos") as ExcelJS.Worksheet;
  const table = ws.getTable("TablaObjetivos") as unknown as { table: { tableRef: string; autoFilterRef: string } };
  for (let r = 2; r <= 20; r++) for (const c of ["A", "B"]) ws.getCell(`${c}${r}`).value = null;
  rows.forEach(([id, text], i) => {
    ws.getCell(`A${i + 2}`).value = id;
    ws.getCell(`B${i + 2}`).value = text;
  });
  table.table.tableRef = table.table.autoFilterRef = `A1:B${rows.length + 1}`;
}

describeLo("the scaffolded workbook in LibreOffice Calc", () => {
  const tmp = tempDir("poa-lo-");
  const sheets = new Map<string, Sheet>();
  const template = escoTemplate(2024);

  beforeAll(async () => {
    const fresh = tmp.file("fresh.xlsx");
    const english = tmp.file("english.xlsx");
    const marked = tmp.file("marked.xlsx");
    const grown = tmp.file("grown.xlsx");
    const shrunk = tmp.file("shrunk.xlsx");
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
    const catalog = template.objectives.map((o): [string, string] => [o.id, o.text]);
    await editWorkbook(fresh, grown, (wb) => {
      setCatalogRows(wb, [...catalog, ["OE8", OE8_TEXT]]);
      const ws = wb.getWorksheet("Matriz POA 2024") as ExcelJS.Worksheet;
      ws.getCell("B13").value = "OE8"; // the last result now serves OE8, in March
      ws.getCell("G13").value = "X";
      // The drop-down's source, evaluated as a cell: does it offer OE8?
      const probe = wb.addWorksheet("Prueba");
      probe.getCell("A1").value = { formula: `COUNTIF(${objectiveListSource("Objetivos").slice(1)},"OE8")` };
      probe.getCell("A2").value = { formula: `ROWS(${objectiveListSource("Objetivos").slice(1)})` };
    });
    await editWorkbook(fresh, shrunk, (wb) => setCatalogRows(wb, catalog.filter(([id]) => id !== "OE3")));

    const outDir = tmp.file("csv");
    convertWithLibreOffice([fresh, english, marked, grown, shrunk], outDir, CSV_EVERY_SHEET, tmp.dir);
    for (const base of ["fresh", "english", "marked", "grown", "shrunk"]) {
      for (const name of [...SHEETS, "Prueba"]) {
        const csv = path.join(outDir, `${base}-${name}.csv`);
        if (existsSync(csv)) sheets.set(`${base}/${name}`, sheetFrom(parseCsv(readFileSync(csv, "utf8"))));
      }
    }
  }, 180_000);

  afterAll(() => tmp.cleanup());

  const get = (key: string): Sheet => {
    const sheet = sheets.get(key);
    if (!sheet) throw new Error(`LibreOffice exported no sheet ${key}`);
    return sheet;
  };

  it("exports the three sheets of every workbook, with no error value in any cell", () => {
    for (const base of ["fresh", "english", "marked", "grown", "shrunk"]) {
      for (const name of SHEETS) {
        const offenders = get(`${base}/${name}`).all.flat().filter((value) => ERROR_VALUE.test(value));
        expect({ sheet: `${base}/${name}`, offenders }).toEqual({ sheet: `${base}/${name}`, offenders: [] });
      }
    }
  });

  it("accepts marks and amounts in month cells, refuses other text, and shades what the sheet counts as scheduled", () => {
    const probe = get("marked/Prueba");
    const column = (c: string) => PROBES.map((_, i) => probe.cell(`${c}${i + 1}`));
    //                            X    x    " X " 3    0    -1   1.5  hola Sí   blank 2 talleres $ 250
    expect(column("B")).toEqual(["1", "1", "1", "1", "1", "0", "1", "0", "1", "1", "1", "1"]);
    expect(column("C")).toEqual(["1", "1", "0", "1", "0", "0", "1", "0", "1", "0", "0", "0"]);
  });

  it("takes in an objective added to the catalog table: drop-down, lookup, Estado and Cobertura", () => {
    expect(get("grown/Prueba").cell("A1")).toBe("1");
    expect(get("grown/Prueba").cell("A2")).toBe("8");
    const matrix = get("grown/Matriz POA 2024");
    expect([matrix.cell("C13"), matrix.cell("Q13"), matrix.cell("R13")]).toEqual([OE8_TEXT, "1", "Completo"]);
    const coverage = get("grown/Cobertura");
    expect(coverage.cell("A12")).toBe("OE8");
    expect(coverage.cell("B12")).toBe(OE8_TEXT);
    expect("CDEFGHIJKLMN".split("").map((c) => coverage.cell(`${c}12`))).toEqual(["0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    expect([coverage.cell("O12"), coverage.cell("P12")]).toEqual(["1", "Sí"]);
    // Beyond the catalog, the pre-formulated rows stay blank.
    expect(coverage.all[12].slice(0, 16).every((v) => v === "")).toBe(true);
  });

  it("lets go of an objective removed from the catalog, with no error value anywhere", () => {
    const matrix = get("shrunk/Matriz POA 2024");
    expect([matrix.cell("B9"), matrix.cell("C9"), matrix.cell("R9")]).toEqual(["OE3", "", "Falta objetivo"]);
    const coverage = get("shrunk/Cobertura");
    expect([5, 6, 7, 8, 9, 10, 11].map((r) => coverage.cell(`A${r}`))).toEqual(["OE1", "OE2", "OE4", "OE5", "OE6", "OE7", ""]);
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
