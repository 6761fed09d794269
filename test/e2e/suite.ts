/**
 * What every browser test file shares: one built site, server and Chromium for the file (or a skip
 * with a note when Chromium is absent), waiting for what the planner sees, the axe check, and the
 * cell-by-cell comparison of written sheets with the core's layout.
 */
import * as fs from "fs";
import type { Browser, Locator, Page } from "playwright-core";
import { parseCell } from "../../src/core/address";
import type { SheetGrid } from "../../src/core/grid";
import type { LayoutSheet } from "../../src/core/layoutTypes";
import type { DumpSheet } from "./dump";
import { layoutCells } from "./expected";
import { chromiumAvailable, CHROMIUM, launchChromium, openPane, prepareSite, seriousViolations, startServer, type Pane, type PaneOptions, type Site } from "./harness";

export interface BrowserSuite {
  /** `describe`, or `describe.skip` when Chromium is absent. */
  describeInBrowser: typeof describe | typeof describe.skip;
  /** The file's built site (valid once its beforeAll has run). */
  site(): Site;
  /** A fresh pane on the file's server and browser. */
  openPane(options: PaneOptions): Promise<Pane>;
}

/** Registers the file's beforeAll/afterAll: site, server and browser, cleaned up afterwards. */
export function browserSuite(what: string): BrowserSuite {
  const available = chromiumAvailable();
  if (!available) console.warn(`e2e: ${CHROMIUM} not found; ${what} are skipped (install Debian's chromium, or set POA_CHROMIUM).`);
  let site: Site | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!available) return;
    site = await prepareSite();
    server = await startServer(site.root);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) fs.rmSync(site.work, { recursive: true, force: true });
  });

  return {
    describeInBrowser: available ? describe : describe.skip,
    site: () => site!,
    openPane: (options) => openPane(browser!, site!, server!.origin, options),
  };
}

export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: "visible", timeout: 15_000 });
  return locator;
}

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe: serious or critical violations on ${screen}:\n${JSON.stringify(violations, null, 2)}`);
}

/** Each cell the layout writes holds its formula, or its literal (`literals`: gridFromLayout's sheet of the layout). */
export function expectCellsAsLaid(written: DumpSheet, sheet: LayoutSheet, literals: SheetGrid): void {
  for (const [address, cell] of layoutCells(sheet)) {
    const got = written.cells[address];
    if (cell.formula !== undefined) {
      expect({ address, formula: got?.formula }).toEqual({ address, formula: cell.formula });
    } else {
      const { row, col } = parseCell(address);
      expect({ address, value: got?.value, formula: got?.formula }).toEqual({ address, value: literals.values[row]?.[col], formula: undefined });
    }
  }
}
