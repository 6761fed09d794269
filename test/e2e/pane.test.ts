/**
 * The task pane in a real browser: the production build in headless Chromium, office.js from the npm
 * package, the strict Office.js double in place of Excel. A planner's journeys, by clicking the real
 * controls with their real labels, in Spanish and in English; every expectation about the workbook
 * or the report is computed with the core in Node, never hard-coded. axe-core checks each screen.
 * Run with `npm run test:e2e` (jest.e2e.config.js).
 */
import type { Page } from "playwright-core";
import { parseRange } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { causeText, issueCauses, reportLevel } from "../../src/core/issueCauses";
import { scaffoldLayout } from "../../src/core/layout";
import { gridFromLayout } from "../../src/core/layoutGrid";
import type { Issue, Lang, Report } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import type { WorkbookDump } from "./dump";
import { excelColour, gridFromDump, layoutCells } from "./expected";
import { dump, OFFICE_TELEMETRY, screenshotPath, userEdit, type Pane } from "./harness";
import { browserSuite, expectAccessible, expectCellsAsLaid, inView, visible } from "./suite";

const YEAR = 2024;
const MATRIX = `Matriz POA ${YEAR}`;

/** The labels a planner sees, written out here (not imported from the pane) so a wrong label fails. */
const LABELS = {
  es: {
    displayLanguage: "es-SV",
    generateHeading: "Generar la matriz POA",
    generateTab: "Generar matriz",
    generateButton: "Generar matriz",
    created: "Matriz creada",
    validateTab: "Validar",
    validateButton: "Validar plan",
    reportHeading: "Resultado de la validación",
    covered: "Objetivos cubiertos",
    errors: "Errores",
    warnings: "Advertencias",
    sheet: "Hoja",
    /** Where an issue goes, as the pane says it: the matrix's own cells by cell, others with their sheet. */
    goTo: (sheet: string, cell: string) => `(ir a ${sheet === MATRIX ? "" : `hoja ${sheet}, `}celda ${cell})`,
    byObjective: "Objetivo",
    byCause: "Causa",
    causeHeading: (title: string, n: number) => `${title} (${n} ${n === 1 ? "celda" : "celdas"})`,
    repair: (n: number) => `Reparar (${n})`,
    repairTitle: "¿Aplicar estos cambios?",
    clearCell: (sheet: string, cell: string) => `Hoja ${sheet}, celda ${cell}: vaciar la celda`,
    apply: "Aplicar cambios",
    cancel: "Cancelar",
    repaired: /^Se corrigió 1 celda\./,
    conflictTitle: "Ya existen hojas con esos nombres",
    notFound: "No se encontró la matriz",
  },
  en: {
    displayLanguage: "en-US",
    generateHeading: "Generate the POA matrix",
    generateTab: "Generate matrix",
    generateButton: "Generate matrix",
    created: "Matrix created",
    validateTab: "Validate",
    validateButton: "Validate plan",
    reportHeading: "Validation result",
    covered: "Objectives covered",
    errors: "Errors",
    warnings: "Warnings",
    sheet: "Sheet",
    goTo: (sheet: string, cell: string) => `(go to ${sheet === MATRIX ? "" : `sheet ${sheet}, `}cell ${cell})`,
    byObjective: "Objective",
    byCause: "Cause",
    causeHeading: (title: string, n: number) => `${title} (${n} ${n === 1 ? "cell" : "cells"})`,
    repair: (n: number) => `Repair (${n})`,
    repairTitle: "Apply these changes?",
    clearCell: (sheet: string, cell: string) => `Sheet ${sheet}, cell ${cell}: clear the cell`,
    apply: "Apply changes",
    cancel: "Cancel",
    repaired: /^Fixed 1 cell\./,
    conflictTitle: "Sheets with these names already exist",
    notFound: "No matrix found",
  },
} as const;

const suite = browserSuite("the browser tests");

/** Polls `read` until `accept` holds (the pane and the watch work asynchronously); fails with the last value. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

function cellOf(d: WorkbookDump, sheet: string, address: string): string | number | boolean | undefined {
  return d.sheets.find((s) => s.name === sheet)?.cells[address]?.value;
}

function sameRange(a: string, b: string): boolean {
  return JSON.stringify(parseRange(a)) === JSON.stringify(parseRange(b));
}

/** The summary as the pane shows it: each `dt` with its `dd`. */
async function summary(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const dt of Array.from(document.querySelectorAll("dl dt"))) {
      const dd = dt.nextElementSibling;
      if (dd?.tagName === "DD") out[(dt.textContent ?? "").trim()] = (dd.textContent ?? "").trim();
    }
    return out;
  });
}

function expectSummary(shown: Record<string, string>, report: Report, l: (typeof LABELS)[Lang]): void {
  expect(shown).toMatchObject({
    [l.sheet]: report.sheet,
    [l.covered]: `${report.summary.objectivesCovered}/${report.summary.objectivesTotal}`,
    [l.errors]: String(report.summary.errors),
    [l.warnings]: String(report.summary.warnings),
  });
}

/** Runs the core in Node on what the double holds now. */
async function coreReport(page: Page, lang: Lang): Promise<Report> {
  const outcome = validateWorkbook(gridFromDump(await dump(page)), { lang });
  if (!outcome.ok) throw new Error(`the core found no matrix: ${outcome.notFound.message}`);
  return outcome.report;
}

function fixCount(issues: Issue[]): number {
  return new Set(issues.filter((i) => i.fix).map((i) => `${i.fix!.sheet}!${i.fix!.cell}`)).size;
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: screenshotPath(suite.site(), name), fullPage, animations: "disabled", caret: "hide" });
}

suite.describeInBrowser.each(["es", "en"] as const)("the task pane in Chromium (%s)", (lang) => {
  const l = LABELS[lang];
  let pane: Pane;
  let page: Page;

  beforeAll(async () => {
    pane = await suite.openPane({ displayLanguage: l.displayLanguage });
    page = pane.page;
  });
  afterAll(async () => {
    await pane?.close();
  });

  it("opens in the planner's language on the Generar screen, with no error and nothing fetched from outside", async () => {
    await visible(page.getByRole("heading", { name: l.generateHeading }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.getByRole("tab", { name: l.generateTab }).getAttribute("aria-selected")).toBe("true");
    await shoot(page, `${lang}-generar`);
    await expectAccessible(page, "Generar");
    expect(pane.errors).toEqual([]);
    expect(pane.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
  });

  it("journey 1: generates the ESCO 2024 matrix, cell by cell the core's layout", async () => {
    await page.getByRole("button", { name: l.generateButton, exact: true }).click();
    // The outcome shows where the planner is looking, without scrolling (the button's bar stays in view).
    const created = await visible(page.getByText(l.created, { exact: true }));
    expect(await inView(created)).toBe(true);
    const layout = scaffoldLayout(escoTemplate(YEAR), { lang });
    const literals = gridFromLayout(layout);
    const d = await dump(page);

    expect(d.sheets.map((s) => s.name)).toEqual(["Hoja1", ...layout.sheets.map((s) => s.name)]);
    expect(d.activeSheet).toBe(MATRIX);
    expect(d.tables).toEqual(layout.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, sheet: s.name, range: expect.any(String), style: t.style }))));
    for (const [sheetIndex, sheet] of layout.sheets.entries()) {
      const written = d.sheets.find((s) => s.name === sheet.name)!;
      // Every cell the layout writes, and no other.
      const holding = Object.entries(written.cells).filter(([, c]) => c.formula !== undefined || c.value !== "").map(([a]) => a);
      expect(holding.sort()).toEqual([...layoutCells(sheet).keys()].sort());
      expectCellsAsLaid(written, sheet, literals.sheets[sheetIndex]);
      for (const t of sheet.tables) expect(sameRange(d.tables.find((x) => x.name === t.name)!.range, t.range)).toBe(true);
      expect(written.merges.map((m) => JSON.stringify(parseRange(m))).sort()).toEqual(sheet.merges.map((m) => JSON.stringify(parseRange(m))).sort());
      expect(written.freeze).toEqual(sheet.freeze ?? { rows: 0, columns: 0 });

      expect(written.validations).toHaveLength(sheet.validations.length);
      sheet.validations.forEach((v, i) => {
        const got = written.validations[i];
        expect(sameRange(got.range, v.range)).toBe(true);
        expect(got.rule).toEqual(v.kind === "list" ? { list: { inCellDropDown: true, source: v.source } } : { custom: { formula: v.formula } });
        expect(got.ignoreBlanks).toBe(v.allowBlank);
        expect(got.errorAlert).toEqual({ showAlert: true, style: "Stop", title: v.errorTitle, message: v.errorMessage });
        if (v.prompt !== undefined) expect(got.prompt).toEqual({ showPrompt: true, title: v.promptTitle ?? "", message: v.prompt });
      });

      expect(written.conditionalFormats).toHaveLength(sheet.conditionalFormats.length);
      sheet.conditionalFormats.forEach((f, i) => {
        const got = written.conditionalFormats[i];
        expect(sameRange(got.range, f.range)).toBe(true);
        if (f.kind === "expression") {
          expect(got).toMatchObject({ type: "Custom", formula: f.formula, fill: excelColour(f.fill) });
          if (f.fontColor !== undefined) expect(got.fontColor).toBe(excelColour(f.fontColor));
        } else {
          expect(got).toMatchObject({
            type: "ColorScale",
            criteria: { minimum: { type: "LowestValue", color: excelColour(f.minColor) }, maximum: { type: "HighestValue", color: excelColour(f.maxColor) } },
          });
        }
      });
    }
    // The core reads the written workbook as the scaffold it asked for: the ESCO results, one per objective.
    const report = await coreReport(page, lang);
    expect(report.results.map((r) => [r.cell, r.objective])).toEqual(escoTemplate(YEAR).results.map((r, i) => [`D${7 + i}`, r.objective]));
    await shoot(page, `${lang}-generar-creada`);
    expect(pane.errors).toEqual([]);
  });

  it("journey 2: the watch turns a planner's x, Sí and ✓ into X, and leaves a quantity alone", async () => {
    // The watch starts once the matrix exists; wait until it listens on the matrix sheet.
    await eventually(
      () => page.evaluate((name) => (window as unknown as { __poaDouble: { sheet(n: string): { changedHandlers: Set<unknown> } } }).__poaDouble.sheet(name).changedHandlers.size, MATRIX),
      (n) => n > 0,
      "the consistency watch",
    );
    const typed: [string, string | number][] = [
      ["E7", "x"],
      ["F8", "Sí"],
      ["G9", "✓"],
      ["H7", 3],
    ];
    for (const [address, value] of typed) await userEdit(page, MATRIX, address, value);
    const d = await eventually(
      () => dump(page),
      (x) => ["E7", "F8", "G9"].every((a) => cellOf(x, MATRIX, a) === "X"),
      "the marks to become X",
    );
    expect(["E7", "F8", "G9", "H7"].map((a) => cellOf(d, MATRIX, a))).toEqual(["X", "X", "X", 3]);
    expect(pane.errors).toEqual([]);
  });

  it("journey 3: validates, and shows the core's counts (objectives covered, errors, warnings)", async () => {
    // A co-author's "x" (the watch leaves remote edits alone) and a mark nobody can read.
    await userEdit(page, MATRIX, "I10", "x", true);
    await userEdit(page, MATRIX, "J11", "quizás");
    // The last result moved to OE1: OE7 is left with no result (OBJECTIVE_NOT_COVERED, on the catalog sheet).
    await userEdit(page, MATRIX, "B13", "OE1");
    const expected = await coreReport(page, lang);
    expect(expected.summary.warnings).toBeGreaterThan(0);
    expect(expected.summary.errors).toBeGreaterThan(0);

    await page.getByRole("tab", { name: l.validateTab }).click();
    await (await visible(page.getByRole("button", { name: l.validateButton, exact: true }))).click();
    await visible(page.getByRole("heading", { name: l.reportHeading }));
    expectSummary(await summary(page), expected, l);
    // By cause first: each cause once, with as many cells as the core found for it, the most serious first.
    const causes = issueCauses(expected);
    const shown = await page.getByRole("region", { name: /^(Problemas|Problems)$/ }).getByRole("heading", { level: 4 }).allTextContents();
    expect(shown.map((h) => h.replace(/^(Error|Advertencia|Warning): /, ""))).toEqual(
      causes.map((c) => l.causeHeading(causeText(c.key, lang, reportLevel(expected)).title, c.issues.length)),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `${lang}-validar`);
    await page.getByRole("table").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shoot(page, `${lang}-validar-cobertura`);
    await expectAccessible(page, "Validar (report, by cause)");
    // By objective: every issue with a cell is a button that goes to it, with its whole message.
    await page.getByRole("button", { name: l.byObjective, exact: true }).click();
    for (const issue of expected.issues.filter((i) => i.cell !== null)) {
      await visible(page.getByRole("button", { name: `${issue.message} ${l.goTo(issue.sheet, issue.cell!)}` }));
    }
    await expectAccessible(page, "Validar (report, by objective)");
    expect(pane.errors).toEqual([]);
  });

  it("journey 4: clicking an issue selects its cell in Excel, on its sheet", async () => {
    const report = await coreReport(page, lang);
    const onMatrix = report.issues.find((i) => i.code === "RESULT_WITHOUT_MONTHS")!;
    const onCatalog = report.issues.find((i) => i.code === "OBJECTIVE_NOT_COVERED" && i.cell !== null)!;
    for (const issue of [onMatrix, onCatalog]) {
      await page.getByRole("button", { name: `${issue.message} ${l.goTo(issue.sheet, issue.cell!)}` }).click();
      const d = await eventually(
        () => dump(page),
        (x) => x.activeSheet === issue.sheet && x.sheets.find((s) => s.name === issue.sheet)?.selection === issue.cell,
        `the selection to move to ${issue.sheet}!${issue.cell}`,
      );
      expect(d.activeSheet).toBe(issue.sheet);
    }
    expect(onCatalog.sheet).not.toBe(onMatrix.sheet);
    expect(pane.errors).toEqual([]);
  });

  it("journey 5: Reparar applies safe fixes at once, the others only after the confirmation dialog", async () => {
    const before = await coreReport(page, lang);
    const unsafe = before.issues.filter((i) => i.fix && !i.fix.safe);
    const safe = before.issues.filter((i) => i.fix?.safe);
    expect(unsafe.map((i) => i.fix!.cell)).toEqual(["J11"]);
    expect(safe.map((i) => i.fix!.cell)).toEqual(["I10"]);
    await page.getByRole("button", { name: l.byCause, exact: true }).click();

    await page.getByRole("button", { name: l.repair(fixCount(before.issues)), exact: true }).click();
    const dialog = await visible(page.getByRole("alertdialog", { name: l.repairTitle }));
    await visible(dialog.getByText(l.clearCell(MATRIX, "J11")));
    // The safe fix is in; the unsafe one waits for the planner.
    const waiting = await dump(page);
    expect(cellOf(waiting, MATRIX, "I10")).toBe("X");
    expect(cellOf(waiting, MATRIX, "J11")).toBe("quizás");
    await shoot(page, `${lang}-reparar`);
    await expectAccessible(page, "Reparar (confirmation dialog)");

    // Cancel: nothing more is written, and the report is redone after the safe fix.
    await dialog.getByRole("button", { name: l.cancel, exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await visible(page.getByText(l.repaired));
    const afterCancel = await coreReport(page, lang);
    expect(cellOf(await dump(page), MATRIX, "J11")).toBe("quizás");
    await eventually(() => summary(page), (s) => s[l.warnings] === String(afterCancel.summary.warnings), "the report after the safe fix");
    expectSummary(await summary(page), afterCancel, l);

    // Again, and confirm: the unknown mark is cleared.
    await page.getByRole("button", { name: l.repair(fixCount(afterCancel.issues)), exact: true }).click();
    const again = await visible(page.getByRole("alertdialog", { name: l.repairTitle }));
    await again.getByRole("button", { name: l.apply, exact: true }).click();
    await again.waitFor({ state: "detached" });
    const d = await eventually(() => dump(page), (x) => cellOf(x, MATRIX, "J11") === undefined || cellOf(x, MATRIX, "J11") === "", "J11 to be cleared");
    expect(cellOf(d, MATRIX, "I10")).toBe("X");
    const fixed = await coreReport(page, lang);
    expect(fixCount(fixed.issues)).toBe(0);
    await eventually(() => summary(page), (s) => s[l.errors] === String(fixed.summary.errors), "the report after the confirmed fix");
    expectSummary(await summary(page), fixed, l);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `${lang}-reparado`);
    await expectAccessible(page, "Validar (after Reparar)");
    expect(pane.errors).toEqual([]);
  });

  it("generating again asks for new sheet names, and Cancel writes nothing", async () => {
    const before = await dump(page);
    await page.getByRole("tab", { name: l.generateTab }).click();
    await page.getByRole("button", { name: l.generateButton, exact: true }).click();
    const dialog = await visible(page.getByRole("alertdialog", { name: l.conflictTitle }));
    await shoot(page, `${lang}-conflicto`);
    await expectAccessible(page, "Generar (conflict dialog)");
    await dialog.getByRole("button", { name: l.cancel, exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    const after = await dump(page);
    expect(after.sheets.map((s) => [s.name, s.cells])).toEqual(before.sheets.map((s) => [s.name, s.cells]));
    expect(pane.errors).toEqual([]);
    expect(pane.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
  });

  it("the ribbon's Validar plan (taskpane.html?view=validate) opens on the report of the planner's own matrix", async () => {
    const months = lang === "es" ? ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"] : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const seed = {
      "POA 2025": [
        ["Plan Operativo Anual 2025"],
        [],
        ["Objetivo", "Resultado", ...months],
        ["OE1", "Cooperación internacional gestionada", "X", "X", null, null, null, null, null, null, null, null, null, null],
        ["OE2", "Alianzas fortalecidas", null, null, "Si", null, null, null, null, null, null, null, null, null],
        ["OE9", "Informe anual publicado", null, null, null, null, null, null, null, null, null, null, null, null],
      ],
    };
    const ribbon = await suite.openPane({ displayLanguage: l.displayLanguage, search: "?view=validate", seed });
    try {
      const p = ribbon.page;
      await visible(p.getByRole("heading", { name: l.reportHeading }));
      expect(await p.getByRole("tab", { name: l.validateTab }).getAttribute("aria-selected")).toBe("true");
      const expected = await coreReport(p, lang);
      expect(expected.sheet).toBe("POA 2025");
      expectSummary(await summary(p), expected, l);
      expect(ribbon.errors).toEqual([]);
    } finally {
      await ribbon.close();
    }
  });

  it("Validar plan on a workbook without a matrix says so, in the planner's language, and writes nothing", async () => {
    const seed = { Hoja1: [["Presupuesto"], ["Enero", 100]] };
    const ribbon = await suite.openPane({ displayLanguage: l.displayLanguage, search: "?view=validate", seed });
    try {
      const p = ribbon.page;
      await visible(p.getByText(l.notFound));
      const outcome = validateWorkbook(gridFromDump(await dump(p)), { lang });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) await visible(p.getByText(outcome.notFound.message));
      expect(await summary(p)).toEqual({});
      expect((await dump(p)).sheets.map((s) => [s.name, s.cells])).toEqual([["Hoja1", { A1: { value: "Presupuesto" }, A2: { value: "Enero" }, B2: { value: 100 } }]]);
      expect(ribbon.errors).toEqual([]);
    } finally {
      await ribbon.close();
    }
  });
});
