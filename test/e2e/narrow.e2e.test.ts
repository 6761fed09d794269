/**
 * Every view of the pane at Excel's narrow task-pane widths (320 px, the narrowest; 350, the usual; 400),
 * in Spanish and English, in the production build over the strict double: nothing scrolls sideways
 * (the page and every box in it), axe finds no serious or critical violation, each view's primary
 * action is in view without scrolling (and stays there when the view is scrolled), and the outcome of
 * an action (created, cancelled) is in view when it appears.
 */
import type { Locator, Page } from "playwright-core";
import { OFFICE_TELEMETRY, type Pane } from "./harness";
import { browserSuite, expectAccessible, expectNoSidewaysScroll, inView, visible } from "./suite";

const LABELS = {
  es: {
    displayLanguage: "es-SV",
    generateTab: "Generar matriz",
    generate: "Generar matriz",
    created: "Matriz creada",
    validateTab: "Validar",
    validate: "Validar plan",
    reportHeading: "Resultado de la validación",
    repair: /^Reparar \(\d+\)$/,
    repairTitle: "¿Aplicar estos cambios?",
    cancel: "Cancelar",
    adoptTab: "Adoptar hoja",
    read: "Leer la hoja activa",
    adoptHeading: "Lo que se leyó",
    copy: "Copiar a una matriz nueva",
    conflictTitle: "Ya existen hojas con esos nombres",
    cancelled: "No se escribió nada: la generación se canceló.",
  },
  en: {
    displayLanguage: "en-US",
    generateTab: "Generate matrix",
    generate: "Generate matrix",
    created: "Matrix created",
    validateTab: "Validate",
    validate: "Validate plan",
    reportHeading: "Validation result",
    repair: /^Repair \(\d+\)$/,
    repairTitle: "Apply these changes?",
    cancel: "Cancel",
    adoptTab: "Adopt sheet",
    read: "Read the active sheet",
    adoptHeading: "What was read",
    copy: "Copy to a new matrix",
    conflictTitle: "Sheets with these names already exist",
    cancelled: "Nothing was written: generation was cancelled.",
  },
} as const;

const WIDTHS = [320, 350, 400] as const;
const HEIGHT = 800;
const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
const LONG_WORD = "https://www.ejemplo.gob.sv/documentos/planificacion/2025/poa-unidad-de-gestion-ambiental-y-riesgos.pdf";

/** A planner's own sheet with long texts: a 300-character activity and an address with no space to break at. */
const PLANNERS_SHEET = {
  "POA Unidad Ambiental": [
    ["Objetivo", "Actividad", ...MONTHS],
    ["OE1", `${"Fortalecer la gestión ambiental del municipio mediante jornadas de limpieza, ".repeat(4)}con participación comunitaria.`, "X", "x", null, null, null, null, null, null, null, null, null, null],
    ["OE9", LONG_WORD, null, null, "pendiente", null, null, null, null, null, null, null, null, null],
    [null, "Coordinar reuniones", null, null, null, null, null, null, null, null, null, null, null, null],
  ],
};

const suite = browserSuite("the narrow-pane browser tests");

/** The view's primary action: in view as the pane opens, and still in view once the view is scrolled to its end. */
async function expectPrimaryInReach(page: Page, primary: Locator, screen: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect({ screen, inViewAtTop: await inView(primary) }).toEqual({ screen, inViewAtTop: true });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect({ screen, inViewAtEnd: await inView(primary) }).toEqual({ screen, inViewAtEnd: true });
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function checkScreen(page: Page, screen: string): Promise<void> {
  await expectNoSidewaysScroll(page, screen);
  await expectAccessible(page, screen);
}

for (const lang of ["es", "en"] as const) {
  const l = LABELS[lang];
  suite.describeInBrowser.each(WIDTHS)(`the pane %i px wide (${lang})`, (width) => {
    let pane: Pane;
    let page: Page;

    beforeAll(async () => {
      pane = await suite.openPane({ displayLanguage: l.displayLanguage, viewport: { width, height: HEIGHT }, seed: PLANNERS_SHEET });
      page = pane.page;
      await visible(page.getByRole("tab", { name: l.generateTab }));
    });
    afterAll(async () => {
      await pane?.close();
    });

    it("Generar: fits, its action stays in reach, and Matriz creada appears where the planner is looking", async () => {
      const generate = page.getByRole("button", { name: l.generate, exact: true });
      await checkScreen(page, `Generar at ${width} px`);
      await expectPrimaryInReach(page, generate, `Generar at ${width} px`);
      // Clicked where the planner finds it, with the form scrolled half-way: the outcome shows in view.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await generate.click();
      const created = await visible(page.getByText(l.created, { exact: true }));
      expect(await inView(created)).toBe(true);
      expect(await created.evaluate((el) => el.closest("[aria-live]") !== null)).toBe(true);
      await checkScreen(page, `Generar (created) at ${width} px`);
    });

    it("Validar: the report fits (heat map included), the actions stay in reach, and the Reparar dialog fits", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole("tab", { name: l.validateTab }).click();
      const validate = await visible(page.getByRole("button", { name: l.validate, exact: true }));
      // The view left behind is kept (its form as edited) but not drawn.
      expect(await page.evaluate(() => getComputedStyle(document.getElementById("panel-generate")!).display)).toBe("none");
      expect(await inView(validate)).toBe(true);
      // Validar reads the sheet the planner is on (contract v2 §3): Generar left them on the new matrix; they go
      // back to their own sheet, whose unreadable mark and long texts are what this screen must fit.
      await page.evaluate((name) => {
        const double = (window as unknown as { __poaDouble: { model: { activeSheetId: string | null; sheetByName(n: string): { id: string } | null } } }).__poaDouble;
        double.model.activeSheetId = double.model.sheetByName(name)!.id;
      }, Object.keys(PLANNERS_SHEET)[0]);
      await validate.click();
      await visible(page.getByRole("heading", { name: l.reportHeading }));
      await visible(page.getByRole("table"));
      await checkScreen(page, `Validar (report) at ${width} px`);
      await expectPrimaryInReach(page, validate, `Validar at ${width} px`);

      // The planner's sheet has an unreadable mark: Reparar asks first.
      await page.getByRole("button", { name: l.repair }).click();
      const dialog = await visible(page.getByRole("alertdialog", { name: l.repairTitle }));
      await checkScreen(page, `Reparar (dialog) at ${width} px`);
      await dialog.getByRole("button", { name: l.cancel, exact: true }).click();
      await dialog.waitFor({ state: "detached" });
    });

    it("Adoptar: a sheet with long texts fits once read, and a cancelled copy says so in view", async () => {
      await page.evaluate(() => {
        const double = (window as unknown as { __poaDouble: { model: { activeSheetId: string | null; sheets: { id: string; name: string }[] } } }).__poaDouble;
        double.model.activeSheetId = double.model.sheets.find((s) => s.name === "POA Unidad Ambiental")!.id;
        window.scrollTo(0, 0);
      });
      await page.getByRole("tab", { name: l.adoptTab }).click();
      const read = await visible(page.getByRole("button", { name: l.read, exact: true }));
      expect(await inView(read)).toBe(true);
      await checkScreen(page, `Adoptar at ${width} px`);
      await read.click();
      await visible(page.getByRole("heading", { name: l.adoptHeading }));
      const copy = page.getByRole("button", { name: l.copy, exact: true });
      await checkScreen(page, `Adoptar (read) at ${width} px`);
      await expectPrimaryInReach(page, copy, `Adoptar at ${width} px`);

      // The matrix made by Generar is in the way: the conflict dialog, then Cancel.
      await copy.click();
      const dialog = await visible(page.getByRole("alertdialog", { name: l.conflictTitle }));
      await checkScreen(page, `Adoptar (conflict dialog) at ${width} px`);
      await dialog.getByRole("button", { name: l.cancel, exact: true }).click();
      const cancelled = await visible(page.getByText(l.cancelled, { exact: true }));
      expect(await inView(cancelled)).toBe(true);
      expect(pane.errors).toEqual([]);
      expect(pane.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
    });
  });
}

suite.describeInBrowser("a webview that cannot run the pane", () => {
  it("shows a plain message in both languages instead of loading forever", async () => {
    const pane = await suite.openPane({ displayLanguage: "es-SV" });
    try {
      // As Internet Explorer 11 would: the pane's own script never runs (here it is refused).
      await pane.context.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort("blockedbyclient"));
      await pane.page.reload();
      await visible(pane.page.getByText("Matriz POA no puede abrirse en esta versión de Excel."));
      await visible(pane.page.getByText("Matriz POA cannot open in this version of Excel."));
      await expectNoSidewaysScroll(pane.page, "the unsupported-webview message at 350 px");
    } finally {
      await pane.close();
    }
  });
});
