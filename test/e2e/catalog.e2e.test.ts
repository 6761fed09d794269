/**
 * Another institution's plan in the built pane (contract v2 §3), at Excel's narrow widths, in Spanish and
 * English: a workbook with no catalog is not judged against ESCO's objectives; Validar says which sheet
 * it read and that there is no catalog, and the *Objetivos de la institución* box fits, passes axe, and
 * checks the plan against the objectives typed in it.
 */
import type { Page } from "playwright-core";
import type { Pane } from "./harness";
import { browserSuite, expectAccessible, expectNoSidewaysScroll, visible } from "./suite";

const LABELS = {
  es: {
    displayLanguage: "es-SV",
    validateTab: "Validar",
    validate: "Validar plan",
    reportHeading: "Resultado de la validación",
    given: "Objetivos de la institución",
    givenBox: "Objetivos, uno por línea",
    givenUse: "Revisar con estos objetivos",
    noCatalog: "ninguno: no se revisan los objetivos",
    typed: "los objetivos que escribió",
  },
  en: {
    displayLanguage: "en-US",
    validateTab: "Validate",
    validate: "Validate plan",
    reportHeading: "Validation result",
    given: "Your institution's objectives",
    givenBox: "Objectives, one a line",
    givenUse: "Check with these objectives",
    noCatalog: "none: objectives are not checked",
    typed: "the objectives you typed",
  },
} as const;

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
const none = (): null[] => MONTHS.map(() => null);

/** A municipality's plan: its own title, activities, no catalog and no objective column. */
const MUNICIPAL_PLAN = {
  "POA 2025": [
    ["Alcaldía Municipal de San Miguel"],
    ["Plan Operativo Anual 2025"],
    ["N°", "Actividad", ...MONTHS],
    [1, "Realizar el proceso de contratación del personal de aseo de mercados y plazas", "X", "X", ...none().slice(2)],
    [2, "Coordinar reuniones con el equipo de trabajo", ...none().slice(0, 5), "X", ...none().slice(6)],
  ],
};

const suite = browserSuite("the catalog browser tests");

async function checkScreen(page: Page, screen: string): Promise<void> {
  await expectNoSidewaysScroll(page, screen);
  await expectAccessible(page, screen);
}

for (const lang of ["es", "en"] as const) {
  const l = LABELS[lang];
  suite.describeInBrowser.each([320, 350] as const)(`a plan with no catalog, the pane %i px wide (${lang})`, (width) => {
    let pane: Pane;
    let page: Page;

    beforeAll(async () => {
      pane = await suite.openPane({ displayLanguage: l.displayLanguage, viewport: { width, height: 800 }, seed: MUNICIPAL_PLAN });
      page = pane.page;
    });
    afterAll(async () => {
      await pane?.close();
    });

    it("Validar: no objective checked, the institution's objectives box fits and checks the plan with what is typed", async () => {
      await page.getByRole("tab", { name: l.validateTab }).click();
      await (await visible(page.getByRole("button", { name: l.validate, exact: true }))).click();
      await visible(page.getByRole("heading", { name: l.reportHeading }));
      const panel = page.locator("#panel-validate");
      const summary = panel.locator("dl");
      await visible(summary.getByText(l.noCatalog, { exact: true }));
      // The report says nothing of ESCO's objectives (the Generar view, hidden, holds the template).
      expect(await panel.getByText(/ESCO|cooperaci[oó]n internacional/i).count()).toBe(0);

      const form = await visible(panel.getByRole("form", { name: l.given }));
      await checkScreen(page, `Validar (no catalog) at ${width} px`);
      await form.getByLabel(l.givenBox).fill("OE1 Ciudad limpia y ordenada\nFinanzas municipales sanas");
      await form.getByRole("button", { name: l.givenUse }).click();
      await visible(summary.getByText(l.typed, { exact: true }));
      await checkScreen(page, `Validar (typed objectives) at ${width} px`);
    });
  });
}
