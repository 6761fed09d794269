/**
 * Adopting an existing sheet, end to end: the production task pane in headless Chromium over the
 * strict Office.js double (harness.ts). A planner's own irregular sheet (activities, `Programado`
 * sub-columns, a colour mark, a text that looks like a formula) is the active sheet; the pane reads
 * it, copies the plan to new sheets, and the original sheet stays exactly as it was. Expectations
 * come from the core run in Node on what the double holds, never hard-coded. Spanish and English.
 */
import type { Page } from "playwright-core";
import { templateFromReport } from "../../src/core/adoption";
import { scaffoldLayout } from "../../src/core/layout";
import { gridFromLayout } from "../../src/core/layoutGrid";
import type { Lang, Report } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import type { DumpSheet, WorkbookDump } from "./dump";
import { gridFromDump } from "./expected";
import { dump, OFFICE_TELEMETRY, type Pane } from "./harness";
import { browserSuite, expectAccessible, expectCellsAsLaid, visible } from "./suite";

/** The labels a planner sees, written out here (not imported from the pane) so a wrong label fails. */
const LABELS = {
  es: {
    displayLanguage: "es-SV",
    tab: "Adoptar hoja",
    heading: "Adoptar una hoja existente",
    read: "Leer la hoja activa",
    reportHeading: "Lo que se leyó",
    copy: "Copiar a una matriz nueva",
    created: "Matriz creada",
    conflictTitle: "Ya existen hojas con esos nombres",
    cancel: "Cancelar",
    cancelled: "No se escribió nada: la generación se canceló.",
  },
  en: {
    displayLanguage: "en-US",
    tab: "Adopt sheet",
    heading: "Adopt an existing sheet",
    read: "Read the active sheet",
    reportHeading: "What was read",
    copy: "Copy to a new matrix",
    created: "Matrix created",
    conflictTitle: "Sheets with these names already exist",
    cancel: "Cancel",
    cancelled: "Nothing was written: generation was cancelled.",
  },
} as const;

const SOURCE = "7 POA 2022";
const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];

/** Santa-Ana-like: title with 2025, activities, four sub-columns a month (`Programado` first), a section row. */
function irregularSheet(): { rows: (string | number | null)[][]; fills: Record<string, string> } {
  const head: (string | number | null)[] = ["N°", "Objetivo", "6. ACTIVIDAD"];
  const sub: (string | number | null)[] = [null, null, null];
  for (const m of MONTHS) {
    head.push(m, null, null, null);
    sub.push("Programado", "Realizado", "Cumplimiento", "Medio de verificación");
  }
  const activity = (n: number, objective: string | null, text: string, marks: Record<number, string | number>) => {
    const line: (string | number | null)[] = [n, objective, text];
    MONTHS.forEach((_, k) => line.push(marks[k] ?? null, k === 0 ? "X" : null, null, null));
    return line;
  };
  const rows = [
    ["ALCALDÍA MUNICIPAL"],
    ["FORMATO POA 2025"],
    [],
    head,
    sub,
    activity(1, "OE 1: Mejorar la gestión", "Contratar el barrido", { 0: "X", 1: "x" }),
    // Typed with an apostrophe: a text, which the copy must keep as text.
    activity(2, "OE 2: Ampliar la cobertura", "'=HYPERLINK(\"http://ejemplo\")", { 5: 3 }),
    activity(3, null, "Coordinar reuniones", {}),
    [null, null, "Actividades no planificadas"],
  ];
  // Month 3 (MAR) of row 8 marked by colour only: column D + 2*4 = L.
  return { rows, fills: { L8: "92D050", A4: "1F4E78" } };
}

const suite = browserSuite("the adoption browser tests");

/** Puts the planner's sheet in the double, with its fills and a selection, and makes it the active sheet. */
async function seedSource(page: Page): Promise<void> {
  const { rows, fills } = irregularSheet();
  await page.evaluate(
    ([name, r, f]) => {
      type Double = {
        seed(n: string, rows: unknown[][], o: { fills: Record<string, string> }): { id: string; selection: unknown; freeze: unknown };
        model: { activeSheetId: string | null };
      };
      const double = (window as unknown as { __poaDouble: Double }).__poaDouble;
      const sheet = double.seed(name, r, { fills: f });
      sheet.selection = { top: 6, left: 2, bottom: 6, right: 2 };
      sheet.freeze = { rows: 5, columns: 3 };
      double.model.activeSheetId = sheet.id;
    },
    [SOURCE, rows, fills] as const,
  );
}

function sheetOf(d: WorkbookDump, name: string): DumpSheet {
  const s = d.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in the double`);
  return s;
}

suite.describeInBrowser.each(["es", "en"] as const)("adopting the active sheet in Chromium (%s)", (lang: Lang) => {
  const l = LABELS[lang];
  let pane: Pane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.openPane({ displayLanguage: l.displayLanguage });
    page = pane.page;
    await visible(page.getByRole("tab", { name: l.tab }));
    await seedSource(page);
  });
  afterAll(async () => {
    await pane?.close();
  });

  it("reads the active sheet, copies its plan to new sheets as the core lays it out, and leaves the original untouched", async () => {
    const before = await dump(page);
    const original = sheetOf(before, SOURCE);
    // What the core reads from the planner's sheet, in Node, and the matrix it would lay out.
    const read = validateWorkbook(gridFromDump(before), { sheet: SOURCE, lang });
    if (!read.ok) throw new Error(read.notFound.message);
    const report: Report = read.report;
    // The sheet is as irregular as meant: activity rows, a colour mark, a text that looks like a formula.
    expect(report.results.map((r) => r.level)).toEqual(["activity", "activity", "activity"]);
    expect(report.issues.some((i) => i.code === "MONTH_MARKED_BY_COLOR" && i.cell === "L8")).toBe(true);
    expect(report.results[1].text.startsWith("=")).toBe(true);

    await page.getByRole("tab", { name: l.tab }).click();
    await visible(page.getByRole("heading", { name: l.heading }));
    await page.getByRole("button", { name: l.read, exact: true }).click();
    await visible(page.getByRole("heading", { name: l.reportHeading }));
    await visible(page.getByRole("tabpanel", { name: l.tab }).getByText(SOURCE, { exact: true }));
    await expectAccessible(page, "Adoptar (report)");
    // Reading alone changed nothing anywhere.
    expect(await dump(page)).toEqual(before);

    await page.getByRole("button", { name: l.copy, exact: true }).click();
    await visible(page.getByText(l.created, { exact: true }));
    const after = await dump(page);

    const template = templateFromReport(report, { fallbackYear: new Date().getFullYear() });
    const layout = scaffoldLayout(template, { lang });
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), ...layout.sheets.map((s) => s.name)]);
    // The original sheet: cells, fills, merges, validations, formats, freeze and selection as they were.
    expect(sheetOf(after, SOURCE)).toEqual(original);

    // The new sheets hold, cell by cell, the core's layout of the adopted plan (texts as text, months as X).
    const literals = gridFromLayout(layout);
    layout.sheets.forEach((sheet, i) => expectCellsAsLaid(sheetOf(after, sheet.name), sheet, literals.sheets[i]));

    // Read back by the core, the new matrix is the same plan: rows, objectives (or none), months.
    const again = validateWorkbook(gridFromDump(after), { sheet: layout.sheets[1].name, lang });
    if (!again.ok) throw new Error(again.notFound.message);
    expect(again.report.results.map((r) => [r.text, r.objective, r.months])).toEqual(report.results.map((r) => [r.text, r.objective, r.months]));
    await expectAccessible(page, "Adoptar (copied)");
    expect(pane.errors).toEqual([]);
    expect(pane.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
  });

  it("a second copy meets the sheets it made: the conflict dialog, and cancelling writes nothing", async () => {
    const before = await dump(page);
    await page.getByRole("button", { name: l.copy, exact: true }).click();
    const dialog = await visible(page.getByRole("alertdialog", { name: l.conflictTitle }));
    await expectAccessible(page, "Adoptar (conflict)");
    await dialog.getByRole("button", { name: l.cancel, exact: true }).click();
    await visible(page.getByText(l.cancelled, { exact: true }));
    expect(await dump(page)).toEqual(before);
    expect(pane.errors).toEqual([]);
  });
});
