import { copyFileSync, writeFileSync, readFileSync } from "fs";
import type ExcelJS from "exceljs";
import type { Report } from "../../src/core/model";
import { editWorkbook, runCli, STACK_FRAME, tempDir } from "./cliHarness";

const MONTH_COLUMNS = "EFGHIJKLMNOP".split("");

describe("poa validate", () => {
  const tmp = tempDir();
  const scaffolded = tmp.file("poa.xlsx");
  beforeAll(async () => {
    expect((await runCli(["scaffold", "--out", scaffolded])).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  async function json(file: string, ...more: string[]): Promise<{ code: number; report: Report; stderr: string }> {
    const run = await runCli(["validate", file, "--format", "json", ...more]);
    return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
  }

  function matrixOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
    return wb.getWorksheet("Matriz POA 2024")!;
  }

  it("reports the fresh scaffold: 7 results without months, exit 1, with the contract's JSON keys", async () => {
    const { code, report, stderr } = await json(scaffolded);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["sheet", "year", "objectives", "results", "issues", "summary"]));
    expect(report.sheet).toBe("Matriz POA 2024");
    expect(report.year).toBe(2024);
    expect(report.issues.map((i) => [i.code, i.severity, i.cell])).toEqual(
      [7, 8, 9, 10, 11, 12, 13].map((r) => ["RESULT_WITHOUT_MONTHS", "error", `D${r}`]),
    );
    expect(report.results[0]).toMatchObject({ row: 7, cell: "D7", objective: "OE1", months: new Array(12).fill(false) });
    expect(report.results[0].text).toMatch(/^Cooperación Internacional gestionada/);
    expect(report.objectives.map((o) => [o.id, o.results, o.covered])).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => [`OE${i}`, 1, false]));
    expect(report.summary).toEqual({ errors: 7, warnings: 0, objectivesCovered: 0, objectivesTotal: 7 });
    for (const key of ["code", "severity", "sheet", "cell", "message"]) expect(report.issues[0]).toHaveProperty(key);
  });

  it("prints a summary line and grouped issues for people, in Spanish or English", async () => {
    const es = await runCli(["validate", scaffolded]);
    expect(es.code).toBe(1);
    const lines = es.stdout.split("\n");
    expect(lines[0]).toBe("Matriz POA 2024 (año 2024): 7 errores, 0 advertencias; objetivos cubiertos: 0 de 7.");
    expect(es.stdout).toMatch(/RESULT_WITHOUT_MONTHS \(7\)/);
    expect(es.stdout).toMatch(/^\s+D13\s+/m);
    const en = await runCli(["validate", scaffolded, "--lang", "en"]);
    expect(en.stdout.split("\n")[0]).toBe("Matriz POA 2024 (year 2024): 7 errors, 0 warnings; objectives covered: 0 of 7.");
    expect(en.stdout).toMatch(/no month/i);
    expect(en.stdout).not.toMatch(/ningún/);
  });

  it("passes once every result has a month marked with X: exit 0, 7 of 7 objectives covered", async () => {
    const marked = tmp.file("marked.xlsx");
    await editWorkbook(scaffolded, marked, (wb) => {
      for (let r = 7; r <= 13; r++) matrixOf(wb).getCell(`${MONTH_COLUMNS[r - 7]}${r}`).value = "X";
    });
    const { code, report } = await json(marked);
    expect(report.issues).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, objectivesCovered: 7, objectivesTotal: 7 });
    expect(report.objectives[2].months[2]).toBe(true);
    const text = await runCli(["validate", marked]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Sin observaciones/);
  });

  it("accepts planned quantities and 0 as the contract says", async () => {
    const file = tmp.file("quantities.xlsx");
    await editWorkbook(scaffolded, file, (wb) => {
      for (let r = 7; r <= 13; r++) {
        matrixOf(wb).getCell(`E${r}`).value = 3;
        matrixOf(wb).getCell(`F${r}`).value = 0;
      }
    });
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.results[0].months.slice(0, 2)).toEqual([true, false]);
  });

  it("treats non-standard marks as warnings only: exit 0", async () => {
    const file = tmp.file("nonstandard.xlsx");
    const marks = ["x", "✓", "Sí", " X ", "si", "Yes", "•"];
    await editWorkbook(scaffolded, file, (wb) => {
      marks.forEach((mark, i) => (matrixOf(wb).getCell(`G${7 + i}`).value = mark));
    });
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBe(7);
    expect(new Set(report.issues.map((i) => [i.code, i.severity].join()))).toEqual(new Set(["NONSTANDARD_MONTH_MARK,warning"]));
    expect(report.issues.map((i) => i.cell)).toEqual([7, 8, 9, 10, 11, 12, 13].map((r) => `G${r}`));
    expect(report.summary.objectivesCovered).toBe(7);
  });

  it("reports invalid marks and results without an objective as errors", async () => {
    const file = tmp.file("invalid.xlsx");
    await editWorkbook(scaffolded, file, (wb) => {
      for (let r = 7; r <= 13; r++) matrixOf(wb).getCell(`E${r}`).value = "X";
      matrixOf(wb).getCell("H9").value = "quizás";
      matrixOf(wb).getCell("B10").value = "OE99";
    });
    const { code, report } = await json(file);
    expect(code).toBe(1);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "INVALID_MONTH_MARK", cell: "H9" }),
        expect.objectContaining({ code: "RESULT_UNMAPPED", cell: "B10" }),
      ]),
    );
  });

  it("reads the sheet named by --sheet and ends with exit 2 and one line when it is missing or holds no matrix", async () => {
    expect((await json(scaffolded, "--sheet", "Matriz POA 2024")).report.sheet).toBe("Matriz POA 2024");
    for (const [sheet, lang] of [["No existe", "es"], ["Objetivos", "es"], ["Nope", "en"]]) {
      const run = await runCli(["validate", scaffolded, "--sheet", sheet, "--lang", lang]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(sheet);
    }
  });

  describe("on files that are not readable workbooks", () => {
    const bytes = () => readFileSync(scaffolded);
    const damaged: [string, () => void, RegExp, RegExp][] = [
      ["truncated.xlsx", () => writeFileSync(tmp.file("truncated.xlsx"), bytes().subarray(0, Math.floor(bytes().length / 2))), /dañado/, /damaged/],
      ["random.xlsx", () => writeFileSync(tmp.file("random.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))), /no es un libro/, /not an Excel/],
      // Text with separators, whatever its name says: a .csv (§8 v2), refused with what to do.
      ["notes.xlsx", () => writeFileSync(tmp.file("notes.xlsx"), "Resultado\tEne\tFeb\nUno\tX\t\n"), /archivo de texto \(\.csv\).*guárdelo como libro \.xlsx/, /text file \(\.csv\).*save it as an \.xlsx/],
      ["empty.xlsx", () => writeFileSync(tmp.file("empty.xlsx"), ""), /vacío/, /empty/],
      ["old.xlsx", () => writeFileSync(tmp.file("old.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), /\.xls/, /\.xls/],
      ["missing.xlsx", () => undefined, /No se encuentra/, /not found/],
    ];
    it.each(damaged)("%s: exit 2, one line on stderr in the planner's language, no stack trace", async (name, make, es, en) => {
      make();
      for (const [lang, message] of [["es", es], ["en", en]] as const) {
        const run = await runCli(["validate", tmp.file(name), "--lang", lang]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(message);
        expect(run.stderr.endsWith("\n")).toBe(true);
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stderr).not.toMatch(STACK_FRAME);
      }
    });

    it("a folder given as the workbook: exit 2, one line", async () => {
      const run = await runCli(["validate", tmp.dir]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    });

    it("leaves the file it read untouched", async () => {
      const copy = tmp.file("copy.xlsx");
      copyFileSync(scaffolded, copy);
      const before = readFileSync(copy);
      await runCli(["validate", copy]);
      expect(readFileSync(copy).equals(before)).toBe(true);
    });
  });
});
