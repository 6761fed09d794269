import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "fs";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import type { Issue, Report } from "../../src/core/model";
import { shorten } from "../../src/core/text";
import { validateWorkbook } from "../../src/core/validate";
import { jsonChunks } from "../../src/cli/jsonChunks";
import { reportText } from "../../src/cli/reportText";
import { jsonSafe, terminalSafe } from "../../src/cli/safeText";
import { book, catalogSheet, MONTHS_ES, scaffoldLikeSheet } from "../core/grids";
import { runCli, tempDir } from "./cliHarness";

/**
 * What the CLI prints is safe for a terminal (issue 13): cell text can hold clear-screen and OSC 8
 * sequences, window titles, BEL, NUL, C1 controls and bidi overrides. The text report shows each as
 * a visible `\uXXXX`; the JSON keeps the text exactly, escaped.
 */

/** Anything a terminal would act on, and lone surrogates. Line feeds are the report's own lines. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const DANGEROUS = [
  "\u001b[2J\u001b[H",
  "\u001b]8;;https://evil.example\u001b\\clic aquí\u001b]8;;\u001b\\",
  "\u001b]0;título falso\u0007",
  "\u0007",
  "\u0000",
  "\u009b31m",
  "\u0085",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u200f",
  "\u061c",
  "\u2028",
  "😀",
  "\ud83d",
  "\ude00",
  "\r\n",
  "\t",
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 8 }), codeUnit, fc.constant("Resultado de la gestión ")), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join(""));

/** A matrix whose results, objective ids, marks and catalog texts are the given texts. */
function hostileBook(texts: string[], sheetName: string) {
  const rows = texts.map((text, i) => ({
    objective: (i % 3 === 0 ? text : `OE${(i % 7) + 1}`) as CellValue,
    text,
    marks: MONTHS_ES.map((_, m) => (m === i % 12 ? text : m % 2 === 0 ? "X" : null)) as CellValue[],
  }));
  const catalog = catalogSheet();
  catalog.values[2][1] = texts[0];
  return book(scaffoldLikeSheet(rows, sheetName) as SheetGrid, catalog);
}

function reportOf(texts: string[], sheetName: string): Report | null {
  const outcome = validateWorkbook(hostileBook(texts, sheetName), {});
  return outcome.ok ? outcome.report : null;
}

const noBackslash = (t: string) => !t.includes("\\");

describe("the text report", () => {
  it("prints no control, bidi or lone-surrogate character, whatever the cells hold (property)", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), hostileText, fc.constantFrom<"es" | "en">("es", "en"), (texts, name, lang) => {
        const report = reportOf(texts, `Matriz POA 2024 ${name}`);
        if (!report) return;
        expect(reportText(report, lang)).not.toMatch(UNSAFE);
      }),
      { numRuns: 300 },
    );
  });

  it("shows each escaped character as a whole \\uXXXX, never half of one, shortened or not (property)", () => {
    fc.assert(
      fc.property(fc.array(hostileText.filter(noBackslash), { minLength: 1, maxLength: 6 }), (texts) => {
        const report = reportOf(texts, "Matriz POA 2024");
        if (!report) return;
        const out = reportText(report, "es");
        expect(out).not.toMatch(UNSAFE);
        expect(out).not.toMatch(/\\(?!u[0-9A-F]{4})/);
      }),
      { numRuns: 300 },
    );
  });

  it("escapes reversibly: the planner can read back exactly what the cell holds", () => {
    fc.assert(
      fc.property(hostileText.filter(noBackslash), (text) => {
        const shown = terminalSafe(text);
        expect(shown).not.toMatch(UNSAFE);
        expect(shown.replace(/\\u([0-9A-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))).toBe(text);
      }),
    );
  });

  it("names a cell on another sheet than the matrix's with its sheet (contract §7: Objetivos!A6)", () => {
    const x = MONTHS_ES.map(() => "X");
    const report = validateWorkbook(book(scaffoldLikeSheet([{ objective: "OE1", text: "Recursos gestionados", marks: x }]), catalogSheet()), {});
    if (!report.ok) throw new Error(report.notFound.message);
    const uncovered = report.report.issues.filter((i) => i.code === "OBJECTIVE_NOT_COVERED");
    expect(uncovered.map((i) => i.sheet)).toContain("Objetivos");
    const out = reportText(report.report, "es");
    for (const issue of uncovered) expect(out).toContain(`    Objetivos!${issue.cell}  `);
    // Cells of the matrix itself keep their bare address, as before.
    expect(out).not.toMatch(/'Matriz POA 2024'!/);
  });

  it("quotes a sheet name with spaces as Excel does", () => {
    const issue: Issue = { code: "OBJECTIVE_NOT_COVERED", severity: "error", sheet: "Mis objetivos", cell: "A3", message: "m" };
    const report: Report = { sheet: "Plan", year: null, catalog: "sheet", objectives: [], results: [], issues: [issue], summary: { errors: 1, warnings: 0, objectivesCovered: 0, objectivesTotal: 0 } };
    expect(reportText(report, "es")).toContain("    'Mis objetivos'!A3  m");
  });

  it("prints a sheet's worth of issues of one kind (it overflowed the stack at 200,000)", () => {
    const issues: Issue[] = Array.from({ length: 200_000 }, (_, i) => ({ code: "RESULT_WITHOUT_MONTHS", severity: "error", sheet: "Plan", cell: `D${i + 7}`, message: "sin meses" }));
    const report: Report = { sheet: "Plan", year: 2024, catalog: "sheet", objectives: [], results: [], issues, summary: { errors: issues.length, warnings: 0, objectivesCovered: 0, objectivesTotal: 0 } };
    const out = reportText(report, "es");
    expect(out.split("\n").filter((l) => l.endsWith("sin meses"))).toHaveLength(200_000);
    expect(out).toContain("    D200006  sin meses");
  });
});

describe("shortening a planner's text", () => {
  it("never splits a surrogate pair (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
        expect(shorten(text, max)).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
    expect(shorten("😀".repeat(30), 41)).toBe(`${"😀".repeat(20)}…`);
  });
});

describe("the JSON report", () => {
  it("is JSON.stringify's text, handed out in pieces (property)", () => {
    const report = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))));
    fc.assert(
      fc.property(report, (value) => {
        expect([...jsonChunks(value)].join("")).toBe(JSON.stringify(value, null, 2) + "\n");
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every text exactly, with every unsafe character escaped (property)", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), (texts) => {
        const report = reportOf(texts, "Matriz POA 2024");
        if (!report) return;
        const json = [...jsonChunks(report)].map(jsonSafe).join("");
        expect(json.replace(/\n/g, "")).not.toMatch(UNSAFE);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("poa validate on a workbook whose cells hold terminal controls", () => {
  const tmp = tempDir("poa-safe-");
  afterAll(() => tmp.cleanup());

  /** The scaffold with its first result rewritten as Excel escapes controls in shared strings (`_x001B_`). */
  async function hostileWorkbook(): Promise<string> {
    const file = tmp.file("poa.xlsx");
    expect((await runCli(["scaffold", "--out", file])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    const index = strings.split("<si>").length - 1;
    const text = "_x001B_[2J_x001B_]0;pwned_x0007_Gestionar \u202Eodatse led\u202C _x009B_31m fondos _x001B_]8;;https://evil.example_x001B_\\aquí";
    zip.file("xl/sharedStrings.xml", strings.replace("</sst>", `<si><t>${text}</t></si></sst>`));
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const changed = sheet.replace(/(<c r="D7"[^>]*? t="s"><v>)\d+(<\/v>)/, `$1${index}$2`);
    expect(changed).not.toBe(sheet);
    zip.file("xl/worksheets/sheet2.xml", changed);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }

  it("prints the text report with the controls escaped, and the JSON with the text intact", async () => {
    const file = await hostileWorkbook();
    const text = await runCli(["validate", file]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(UNSAFE);
    expect(text.stdout).toMatch(/D7 +.*\\u001B\[2J\\u001B\]0;pwned\\u0007Gestionar \\u202Eodatse/);
    const json = await runCli(["validate", file, "--format", "json"]);
    expect(json.stdout.replace(/\n/g, "")).not.toMatch(UNSAFE);
    const row7 = (JSON.parse(json.stdout) as Report).results.find((r) => r.row === 7)!;
    expect(row7.text).toContain("\u001b[2J\u001b]0;pwned\u0007Gestionar \u202eodatse led\u202c \u009b31m");
  });
});
