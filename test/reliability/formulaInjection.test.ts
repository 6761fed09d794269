import fc from "fast-check";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetter, parseCell } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldLayout } from "../../src/core/layout";
import type { WorkbookLayout } from "../../src/core/layoutTypes";
import type { Lang, PlanTemplate } from "../../src/core/model";
import { layoutToWorkbook } from "../../src/cli/writeLayout";
import { templateFromReport } from "../../src/core/adoption";
import { createOfficeShell } from "../../src/excel/officeShell";
import { installDouble, RUNS, type InstalledDouble } from "./workbookState";

/**
 * Formula injection: planner text (institution, objectives, results) typed in the pane, and text read
 * back from a workbook and written again (a repair's value), is always stored as text, never as a
 * formula, whatever it starts with. Checked through both writers: ExcelJS (the .xlsx's sheet XML has no
 * `<f>` for those cells and a string type) and Office.js against the double (which parses typed text as
 * Excel does: `=`, `+`, `-`, `@` make formulas outside the text number format).
 */

const ATTACKS = [
  "=cmd|' /C calc'!A0",
  "=HYPERLINK(\"http://evil.example\",\"clic\")",
  "@SUM(1)",
  "+1+1",
  "-2+3",
  "=1+1",
  "\t=1+1",
  "\r=1+1",
  "\n@SUM(1)",
  " =1+1",
  "=",
  "+",
  "-",
  "@",
  "'=1+1", // Office.js path: see the skipped apostrophe bug
  "=2+5+cmd|' /C calc'!A0",
  "-1",
  "1e5",
  "50%",
  "TRUE",
  "#N/A",
  "12/31/2024",
];

const plannerText = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t=", "\r+", " -", "\t@"), fc.string({ maxLength: 20 })).map(([p, s]) => p + s),
  fc.string({ maxLength: 30 }),
);

function hostileTemplate(institution: string, objectives: string[], results: string[]): PlanTemplate {
  const base = escoTemplate(2024);
  return {
    ...base,
    institution,
    objectives: base.objectives.map((o, i) => ({ ...o, text: objectives[i % objectives.length] })),
    results: base.results.map((r, i) => ({ ...r, text: results[i % results.length] })),
  };
}

/** Every literal string of the layout, by sheet and A1 address: what the writers must keep as text. */
function literalStrings(layout: WorkbookLayout): { sheet: string; address: string; text: string }[] {
  const out: { sheet: string; address: string; text: string }[] = [];
  for (const sheet of layout.sheets)
    for (const block of sheet.blocks) {
      const a = parseCell(block.anchor);
      block.rows.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (typeof cell === "string" && cell !== "") out.push({ sheet: sheet.name, address: `${columnLetter(a.col + c)}${a.row + r + 1}`, text: cell });
        }),
      );
    }
  return out;
}

const templates = fc.record({
  institution: plannerText,
  objectives: fc.array(plannerText, { minLength: 1, maxLength: 7 }),
  results: fc.array(plannerText, { minLength: 1, maxLength: 7 }),
  lang: fc.constantFrom<Lang>("es", "en"),
});

function xmlUnescape(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

describe("formula injection: planner text through the ExcelJS writer", () => {
  it("every literal of the layout is a string cell without <f> in the sheet XML, and reads back identical", async () => {
    await fc.assert(
      fc.asyncProperty(templates, async ({ institution, objectives, results, lang }) => {
        const template = hostileTemplate(institution, objectives, results);
        const layout = scaffoldLayout(template, { lang });
        // The planner's texts reach the layout as typed.
        const literals = literalStrings(layout);
        for (const t of [institution, ...objectives.slice(0, 7), ...results.slice(0, 7)]) if (t !== "") expect(literals.some((l) => l.text === t)).toBe(true);

        const buffer = await layoutToWorkbook(layout).xlsx.writeBuffer();
        const zip = await JSZip.loadAsync(buffer);
        const shared = [...((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
          xmlUnescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
        );
        const xmlBySheet = new Map<string, string>();
        for (let i = 0; i < layout.sheets.length; i++) xmlBySheet.set(layout.sheets[i].name, await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string"));
        for (const l of literals) {
          const xml = xmlBySheet.get(l.sheet)!;
          const cell = new RegExp(`<c r="${l.address}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
          expect(cell).not.toBeNull();
          const attrs = cell![1];
          const body = cell![2] ?? "";
          expect(body).not.toMatch(/<f[ >]/);
          expect(attrs).toMatch(/t="(s|inlineStr)"/);
          if (/t="s"/.test(attrs)) expect(shared[Number(/<v>(\d+)<\/v>/.exec(body)![1])]).toBe(l.text);
        }
        const back = new ExcelJS.Workbook();
        await back.xlsx.load(buffer as ExcelJS.Buffer);
        for (const l of literals) {
          const c = back.getWorksheet(l.sheet)!.getCell(l.address);
          expect(c.type).toBe(ExcelJS.ValueType.String);
          expect(String(c.value).replace(/\r\n?/g, "\n")).toBe(l.text.replace(/\r\n?/g, "\n"));
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});

describe("formula injection: planner text through Office.js (the double parses input as Excel does)", () => {
  let double: InstalledDouble;
  afterEach(() => double?.uninstall());

  it("the double itself turns such text into formulas when written plainly (so the test below means something)", async () => {
    double = installDouble();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Hoja1").getRange("A1:D1").values = [["=1+1", "+1+1", "-2+3", "@SUM(1)"]];
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1"].map((a) => double.cell("Hoja1", a).formula)).toEqual(["=1+1", "=+1+1", "=-2+3", "=SUM(1)"]);
  });

  it("every literal of the scaffold is stored as the same text, never a formula or a converted value", async () => {
    // A leading apostrophe is lost (skipped bug below): leave it out here so the property keeps guarding the rest.
    const noApostrophe = (t: string) => !/^\s*'/.test(t);
    const officeTemplates = templates.filter(({ institution, objectives, results }) => [institution, ...objectives, ...results].every(noApostrophe));
    await fc.assert(
      fc.asyncProperty(officeTemplates, async ({ institution, objectives, results, lang }) => {
        double?.uninstall();
        double = installDouble();
        const template = hostileTemplate(institution, objectives, results);
        const outcome = await createOfficeShell({ syncTimeoutMs: 5000 }).scaffold({ template, lang });
        expect(outcome.ok).toBe(true);
        for (const l of literalStrings(scaffoldLayout(template, { lang }))) {
          const cell = double.cell(l.sheet, l.address);
          expect({ at: `${l.sheet}!${l.address}`, formula: cell.formula, value: cell.value }).toEqual({ at: `${l.sheet}!${l.address}`, formula: null, value: l.text });
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("a repair writes text read from a workbook (an objective id, a mark) as text", async () => {
    double = installDouble();
    double.seed("Plan", [["Resultado", "Objetivo"], ["R1", null]]);
    const shell = createOfficeShell({ syncTimeoutMs: 5000 });
    const values = ATTACKS.slice(0, 8);
    const fixes = values.map((value, i) => ({ sheet: "Plan", cell: `C${i + 2}`, value, safe: false }));
    expect(await shell.applyFixes(fixes)).toEqual({ applied: values.length, skipped: 0 });
    values.forEach((v, i) => expect(double.cell("Plan", `C${i + 2}`)).toMatchObject({ formula: null, value: v }));
  });

  it("adopting an existing sheet copies its texts (results, objectives) to the new sheets as text", async () => {
    double = installDouble();
    const hostile = ATTACKS.slice(0, 6);
    // The planner's own sheet, its texts stored as text (the apostrophe is Excel's text prefix, not kept).
    double.seed("Hoja1", [["Objetivo", "Resultado", "Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"], ...hostile.map((t, i) => [`OE${i + 1}`, `'${t}`, "X"])]);
    const shell = createOfficeShell({ syncTimeoutMs: 5000 });
    const read = await shell.readActiveSheet({ lang: "es" });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // The institution the planner types for the copy lands in the title, a cell the layout leaves General:
    // only the text format the shell picks for it (mustStayText) keeps it from becoming a formula.
    const template = templateFromReport(read.report, { institution: ATTACKS[1] });
    expect(template.results.map((r) => r.text)).toEqual(hostile);
    expect((await shell.scaffold({ template, lang: "es" })).ok).toBe(true);
    for (const l of literalStrings(scaffoldLayout(template, { lang: "es" }))) {
      expect(double.cell(l.sheet, l.address)).toMatchObject({ formula: null, value: l.text });
    }
    hostile.forEach((t, i) => expect(double.cell("Matriz POA 2024", `D${7 + i}`)).toMatchObject({ formula: null, value: t }));
    expect(double.cell("Matriz POA 2024", "A1")).toMatchObject({ formula: null, value: ATTACKS[1] });
  });

  it("there is no other path that copies text into cells: adoption goes through scaffold; the writers are scaffold, applyFixes and the watch", () => {
    // The watch writes only X, N° numbers and the first row's own formulas, shifted (test/reliability/events.test.ts).
    // When an adopt/copy path is added, it needs a case in this file.
    const shell = createOfficeShell();
    expect(Object.keys(shell).filter((k) => /adopt|copy|import|paste|write/i.test(k))).toEqual([]);
  });

  // Was a bug (fixed in literalText.ts): Excel takes a leading ' as its "this is text" prefix, so "'Hola" was
  // stored as "Hola" and "'" alone as an empty cell. Text starting with ' now gets the text format too.
  it("keeps a leading apostrophe of planner text", async () => {
    double = installDouble();
    const template = hostileTemplate("'ESCO", ["'=1+1"], ["'", "'Hola"]);
    await createOfficeShell({ syncTimeoutMs: 5000 }).scaffold({ template, lang: "es" });
    expect(double.cell("Matriz POA 2024", "A1").value).toBe("'ESCO");
    expect(double.cell("Objetivos", "B2").value).toBe("'=1+1");
    expect(double.cell("Matriz POA 2024", "D7").value).toBe("'");
    expect(double.cell("Matriz POA 2024", "D8").value).toBe("'Hola");
  });
});
