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

/**
 * What reaches past the pane's width: the page scrolling sideways, any box whose content is wider than
 * itself (a region, a table cell that would clip its number), or any element drawn beyond the right edge.
 * Text fields scroll their own text and are only held to the edge; visually hidden labels are skipped.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    const width = doc.clientWidth;
    if (doc.scrollWidth !== width) problems.push(`the page scrolls sideways: scrollWidth ${doc.scrollWidth}, clientWidth ${width}`);
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const role = el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : "";
      return `${el.tagName.toLowerCase()}${id}${role} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    };
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest("[hidden]")) continue;
      if (style.clip !== "auto" && style.clip !== "") continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) problems.push(`${name(el)} drawn from ${Math.round(box.left)} to ${Math.round(box.right)} px`);
      const field = ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
      if (!field && style.display !== "inline" && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is ${el.scrollWidth} px wide inside ${el.clientWidth} px`);
    }
    return problems;
  });
}

export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const problems = await sidewaysOverflow(page);
  if (problems.length > 0) throw new Error(`sideways overflow on ${screen}:\n${problems.slice(0, 20).join("\n")}`);
}

/** Whether the whole of the element is inside the pane as it is scrolled now (nothing scrolled by the test). */
export async function inView(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (!box || !viewport) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
}
