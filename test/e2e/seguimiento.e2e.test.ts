/**
 * The Seguimiento view (contract §9) in the built pane over the strict double, at 320, 350 and 400 px, in
 * Spanish and English: on a matrix made by Generar it offers Agregar seguimiento, adds it, and, with a
 * plan and Realizado typed in, shows the semáforo per objective and quarter, the institution's figure and
 * every missing report; nothing scrolls sideways, axe finds no serious or critical violation, the primary
 * action stays in reach and each outcome appears in view. Screenshots at 350 px for the planner's guide.
 */
import type { Locator, Page } from "playwright-core";
import { dump, OFFICE_TELEMETRY, screenshotPath, userEdit, type Pane } from "./harness";
import { browserSuite, expectAccessible, expectNoSidewaysScroll, inView, visible } from "./suite";

const LABELS = {
  es: {
    displayLanguage: "es-SV",
    generate: "Generar matriz",
    created: "Matriz creada",
    tab: "Seguimiento",
    add: "Agregar seguimiento",
    noRealizado: /aún no tiene columnas Realizado/,
    added: /^Seguimiento agregado: columnas Realizado en «Matriz POA 2024» y la hoja «Seguimiento»\./,
    evaluate: "Evaluar",
    corte: "Mes de corte",
    march: "Marzo",
    evaluated: "Seguimiento evaluado: enero a marzo.",
    table: /Cumplimiento por trimestre/,
    firstQuarter: "Primer trimestre",
    missing: "Realizado por reportar",
  },
  en: {
    displayLanguage: "en-US",
    generate: "Generate matrix",
    created: "Matrix created",
    tab: "Monitoring",
    add: "Add monitoring",
    noRealizado: /has no Realizado \(executed\) columns yet/,
    added: /^Monitoring added: Realizado columns in “Matriz POA 2024” and the sheet “Seguimiento”\./,
    evaluate: "Evaluate",
    corte: "Cut-off month",
    march: "March",
    evaluated: "Monitoring evaluated: January to March.",
    table: /Compliance by quarter/,
    firstQuarter: "First quarter",
    missing: "Execution to report",
  },
} as const;

const MATRIX = "Matriz POA 2024";
/** The docs' worked example and one of each check (plan in E…P, Realizado in S…AD). */
const PLAN: [string, string | number][] = [["E7", "X"], ["F7", "X"], ["G7", "X"], ["E8", 2], ["F8", 2], ["E9", "X"]];
const DONE: [string, string | number][] = [["S7", 1], ["T7", 0], ["U7", 2], ["S8", 1], ["W10", 1], ["T11", "mucho"]];

const suite = browserSuite("the Seguimiento browser tests");

async function checkScreen(page: Page, screen: string): Promise<void> {
  await expectNoSidewaysScroll(page, screen);
  await expectAccessible(page, screen);
}

async function expectPrimaryInReach(page: Page, primary: Locator, screen: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect({ screen, inViewAtTop: await inView(primary) }).toEqual({ screen, inViewAtTop: true });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect({ screen, inViewAtEnd: await inView(primary) }).toEqual({ screen, inViewAtEnd: true });
}

/** An outcome: visible, in view where the planner looks, and announced (inside the polite live region). */
async function expectAnnounced(notice: Locator): Promise<void> {
  await visible(notice);
  expect(await inView(notice)).toBe(true);
  expect(await notice.evaluate((el) => el.closest("[aria-live]") !== null)).toBe(true);
}

for (const lang of ["es", "en"] as const) {
  const l = LABELS[lang];
  suite.describeInBrowser.each([320, 350, 400] as const)(`Seguimiento, the pane %i px wide (${lang})`, (width) => {
    let pane: Pane;
    let page: Page;

    beforeAll(async () => {
      pane = await suite.openPane({ displayLanguage: l.displayLanguage, viewport: { width, height: 800 } });
      page = pane.page;
      await (await visible(page.getByRole("button", { name: l.generate, exact: true }))).click();
      await visible(page.getByText(l.created, { exact: true }));
      for (const [address, value] of PLAN) await userEdit(page, MATRIX, address, value);
    });
    afterAll(async () => {
      await pane?.close();
    });

    it("offers Agregar seguimiento on the add-in's matrix, and adds it", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole("tab", { name: l.tab }).click();
      const panel = page.locator("#panel-seguimiento");
      await visible(panel.getByText(l.noRealizado));
      const add = panel.getByRole("button", { name: l.add, exact: true });
      await checkScreen(page, `Seguimiento (no Realizado) at ${width} px`);
      await expectPrimaryInReach(page, add, `Seguimiento (no Realizado) at ${width} px`);
      await add.click();
      await expectAnnounced(panel.getByText(l.added));
      await visible(panel.getByRole("table", { name: l.table }));
    });

    it("with Realizado typed, a corte picked: the semáforo, the institution and the missing reports fit, one click from their cells", async () => {
      for (const [address, value] of DONE) await userEdit(page, MATRIX, address, value);
      const panel = page.locator("#panel-seguimiento");
      await page.evaluate(() => window.scrollTo(0, 0));
      await panel.getByLabel(l.corte).selectOption({ label: l.march });
      await expectAnnounced(panel.getByText(l.evaluated, { exact: true }));
      const table = panel.getByRole("table", { name: l.table });
      await visible(table.getByRole("columnheader", { name: l.firstQuarter }));
      await visible(panel.getByRole("heading", { name: l.missing }));
      await checkScreen(page, `Seguimiento (evaluated) at ${width} px`);
      const evaluate = panel.getByRole("button", { name: l.evaluate, exact: true });
      await expectPrimaryInReach(page, evaluate, `Seguimiento (evaluated) at ${width} px`);
      if (width === 350) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath(suite.site(), `${lang}-seguimiento`), fullPage: false, animations: "disabled", caret: "hide" });
      }
      // The missing February of row 8, one click from its cell.
      await panel.getByRole("button", { name: /T8/ }).click();
      let selected: unknown[] = [];
      for (let tries = 0; tries < 50 && selected[1] !== "T8"; tries++) {
        const book = await dump(page);
        selected = [book.activeSheet, book.sheets.find((s) => s.name === MATRIX)?.selection];
        if (selected[1] !== "T8") await page.waitForTimeout(100);
      }
      expect(selected).toEqual([MATRIX, "T8"]);
      await evaluate.click();
      await expectAnnounced(panel.getByText(l.evaluated, { exact: true }));
      expect(pane.errors).toEqual([]);
      expect(pane.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
    });
  });
}
