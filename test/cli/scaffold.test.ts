import { existsSync, readFileSync, statSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MAX_YEAR, MIN_YEAR } from "../../src/core/year";
import { matrixRowFormulas, monthMarkValidationFormula, objectiveListSource } from "../../src/core/layout";
import { runCli, tempDir } from "./cliHarness";

describe("poa scaffold", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  async function scaffolded(args: string[] = []): Promise<{ file: string; wb: ExcelJS.Workbook; stdout: string }> {
    const file = tmp.file(`s-${Math.random().toString(36).slice(2)}.xlsx`);
    const run = await runCli(["scaffold", "--out", file, ...args]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { file, wb, stdout: run.stdout };
  }

  it("writes the three sheets, matrix tab active, with real Excel tables over the right ranges", async () => {
    const { wb, stdout, file } = await scaffolded();
    expect(stdout).toContain(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Objetivos", "Matriz POA 2024", "Cobertura"]);
    const matrix = wb.getWorksheet("Matriz POA 2024")!;
    const tables = matrix.getTables().map((t) => (t as unknown as { table: { name: string; tableRef: string } }).table);
    expect(tables.map((t) => [t.name, t.tableRef])).toEqual([["TablaPOA2024", "A6:R13"]]);
    const catalog = wb.getWorksheet("Objetivos")!.getTables().map((t) => (t as unknown as { table: { name: string; tableRef: string } }).table);
    expect(catalog.map((t) => [t.name, t.tableRef])).toEqual([["TablaObjetivos", "A1:B8"]]);
    expect(matrix.getRow(6).values).toEqual([
      undefined, "N°", "Objetivo", "Objetivo estratégico", "Resultado",
      "Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic", "Meses", "Estado",
    ]);
    expect(matrix.getCell("D7").value).toMatch(/^Cooperación Internacional gestionada/);
    expect(matrix.getCell("B13").value).toBe("OE7");
    expect(matrix.views[0]).toMatchObject({ state: "frozen", ySplit: 6, xSplit: 4 });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
    expect(workbookXml).toContain('activeTab="1"');
  });

  it("writes formulas with cached results that match the layout", async () => {
    const { wb } = await scaffolded();
    const matrix = wb.getWorksheet("Matriz POA 2024")!;
    expect(matrix.getCell("C7").formula).toBe('IFERROR(INDEX(Objetivos!$B:$B,MATCH(B7,Objetivos!$A:$A,0)),"")');
    expect(matrix.getCell("C7").result).toMatch(/^Gestionar cooperación internacional/);
    expect(matrix.getCell("Q13").formula).toBe(matrixRowFormulas(13, "Objetivos", "es").monthCount.slice(1));
    expect(matrix.getCell("Q13").result).toBe(0);
    expect(matrix.getCell("R13").result).toBe("Sin meses");
    const coverage = wb.getWorksheet("Cobertura")!;
    expect(coverage.getCell("C5").formula).toContain("COUNTIFS('Matriz POA 2024'!$B:$B,$A5,'Matriz POA 2024'!E:E,{\"X\";");
    expect(coverage.getCell("O11").result).toBe(1);
    expect(coverage.getCell("P11").result).toBe("No");
  });

  it("carries the data validations and conditional formats over every data row", async () => {
    const { wb } = await scaffolded();
    const matrix = wb.getWorksheet("Matriz POA 2024")!;
    const dv = (matrix as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
    expect(dv.B7).toMatchObject({ type: "list", formulae: [objectiveListSource("Objetivos").slice(1)], showErrorMessage: true, errorTitle: "Objetivo no válido" });
    expect(dv.B13?.type).toBe("list");
    for (const cell of ["E7", "P7", "E13", "P13", "J10"]) {
      expect(dv[cell]).toMatchObject({ type: "custom", allowBlank: true, showErrorMessage: true, errorTitle: "Marca de mes no válida" });
    }
    expect(dv.E7!.formulae[0]).toBe(monthMarkValidationFormula("E7").slice(1));
    expect(dv.E14).toBeUndefined();
    expect(dv.D7).toBeUndefined();
    const cfs = (matrix as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cfs.map((c) => [c.ref, c.rules[0].type])).toEqual([["E7:P13", "expression"], ["R7:R13", "expression"]]);
    const heat = (wb.getWorksheet("Cobertura") as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(heat.map((c) => [c.ref, c.rules[0].type])).toEqual([["C5:N34", "colorScale"], ["P5:P34", "expression"]]);
  });

  it("sets up every sheet to print: landscape Letter one page wide, header rows, footer, grid and row heights", async () => {
    const { wb, file } = await scaffolded();
    for (const [name, titleRow] of [["Objetivos", 1], ["Matriz POA 2024", 6], ["Cobertura", 4]] as const) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 1, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${titleRow}:${titleRow}` });
      expect(ws.pageSetup.margins).toEqual({ left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 });
      expect(ws.headerFooter.oddFooter).toBe("&L&A&RPágina &P de &N");
    }
    const matrix = wb.getWorksheet("Matriz POA 2024")!;
    expect(matrix.getCell("J13").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(matrix.getCell("A6").border?.top?.style).toBe("thin");
    expect(matrix.getCell("A5").border).toBeUndefined();
    expect(matrix.getRow(7).height).toBeGreaterThanOrEqual(45);
    // Stored as a sheet-level page setup that Excel honours: fitToPage in sheetPr, the titles as a defined name.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Matriz POA 2024&apos;!$6:$6</definedName>`);
  });

  it("honours --year and --lang en: sheet name and title follow the year, texts are English", async () => {
    const { wb } = await scaffolded(["--year", "2026", "--lang", "en"]);
    const matrix = wb.getWorksheet("Matriz POA 2026")!;
    expect(matrix.getCell("A2").value).toMatch(/Annual Operating Plan.*2026/);
    expect(matrix.getCell("R7").result).toBe("No months");
    expect(matrix.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name)).toEqual(["TablaPOA2026"]);
  });

  it("writes only years `poa validate` reads back: the range's ends are read as written, a year outside it is refused in both languages", async () => {
    for (const year of [MIN_YEAR, MAX_YEAR]) {
      const { file } = await scaffolded(["--year", String(year)]);
      const read = await runCli(["validate", file, "--format", "json"]);
      expect(JSON.parse(read.stdout).year).toBe(year);
    }
    for (const [args, message] of [
      [["--year", String(MIN_YEAR - 1)], new RegExp(`Año no válido «${MIN_YEAR - 1}».*entre ${MIN_YEAR} y ${MAX_YEAR}`)],
      [["--year", String(MAX_YEAR + 1), "--lang", "en"], new RegExp(`Invalid year "${MAX_YEAR + 1}".*from ${MIN_YEAR} to ${MAX_YEAR}`)],
    ] as const) {
      const file = tmp.file(`refused-${args[1]}.xlsx`);
      const run = await runCli(["scaffold", "--out", file, ...args]);
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(existsSync(file)).toBe(false);
    }
  });

  it("refuses an existing file without --force, leaving it untouched, and replaces it with --force", async () => {
    const file = tmp.file("mine.xlsx");
    writeFileSync(file, "planner's own bytes");
    const before = statSync(file).mtimeMs;
    const refused = await runCli(["scaffold", "--out", file]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/ya existe.*--force/);
    expect(readFileSync(file, "utf8")).toBe("planner's own bytes");
    expect(statSync(file).mtimeMs).toBe(before);

    const forced = await runCli(["scaffold", "--out", file, "--force"]);
    expect(forced.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("Matriz POA 2024")).toBeDefined();
  });

  it("says in one line what is wrong with bad arguments, in the chosen language", async () => {
    const cases: [string[], RegExp][] = [
      [["scaffold"], /Falta --out/],
      [["scaffold", "--out", tmp.file("a.csv")], /\.xlsx/],
      [["scaffold", "--out", tmp.file("a.xlsx"), "--year", "24"], /Año no válido/],
      [["scaffold", "--out", tmp.file("nope/a.xlsx")], /no existe/],
      [["scaffold", "--out", tmp.file("a.xlsx"), "--lang", "fr"], /Idioma no válido/],
      [["scaffold", "--out", tmp.file("a.xlsx"), "--sheet", "X"], /--sheet/],
      [["scaffold", "--out", tmp.file("a.xlsx"), "--lang", "en", "--year", "x"], /Invalid year/],
      [["scaffold", "--out"], /--out/],
      [["frobnicate"], /frobnicate/],
      [[], /scaffold/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("poa --help", () => {
  it("explains both commands, in Spanish by default and in English with --lang en", async () => {
    const es = await runCli(["--help"]);
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/poa scaffold --out ARCHIVO\.xlsx/);
    expect(es.stdout).toMatch(/poa validate ARCHIVO\.xlsx/);
    expect(es.stdout).toMatch(/--lang en/);
    const en = await runCli(["--help", "--lang", "en"]);
    expect(en.stdout).toMatch(/Usage:/);
    expect(en.stdout).toMatch(/poa validate FILE\.xlsx/);
    expect((await runCli(["help"])).stdout).toBe(es.stdout);
    expect((await runCli(["validate", "-h"])).code).toBe(0);
    expect((await runCli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
