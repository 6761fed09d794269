/**
 * The e2e harness: the production build served on 127.0.0.1, Debian's Chromium driven by
 * playwright-core, office.js from node_modules instead of Microsoft's CDN, and the strict Office.js
 * double in place of Excel. Nothing leaves the machine: every other external request is aborted and
 * recorded, so a test can assert the page asked for nothing else.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { build as esbuild } from "esbuild";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { DoubleOptions } from "../excelDouble";
import type { WorkbookDump } from "./dump";

export const REPO = path.resolve(__dirname, "..", "..");

/** Debian's package; CI installs it. Never a downloaded browser. */
export const CHROMIUM = process.env.POA_CHROMIUM ?? "/usr/bin/chromium";

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Where Office's pages load office.js from (taskpane.html); served from the npm package instead. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(REPO, "node_modules", "@microsoft", "office-js", "dist");

/**
 * Appended to office.js: registered before the pane's own `Office.onReady`, so the double replaces
 * the globals once office.js has finished with them and before the pane reads them (browserDouble.ts).
 */
const USE_DOUBLE_HOOK = "\n;Office.onReady(function () { window.__poaUseDouble(); });\n";

/** office.js's own telemetry frame, refused by the pane's CSP (frame-src) and by the route below. */
export const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const OFFICE_TELEMETRY_CSP = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;

export interface Site {
  /** A private copy of dist/, so a concurrent build elsewhere cannot swap files under the browser. */
  root: string;
  /** The double, bundled for the browser. */
  doubleScript: string;
  work: string;
}

/** `npm run build`, a copy of dist/ and the double bundled with esbuild, all under os.tmpdir(). */
export async function prepareSite(): Promise<Site> {
  if (process.env.POA_E2E_SKIP_BUILD !== "1") {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "poa-e2e-"));
  const root = path.join(work, "site");
  fs.cpSync(path.join(REPO, "dist"), root, { recursive: true });
  const outfile = path.join(work, "double.js");
  await esbuild({
    entryPoints: [path.join(__dirname, "browserDouble.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    outfile,
    logLevel: "warning",
  });
  return { root, doubleScript: fs.readFileSync(outfile, "utf8"), work };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A tiny static server for `root`, on a free port of 127.0.0.1. */
export async function startServer(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.resolve(root, "." + pathname);
    if (req.method !== "GET" || !file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A workbook to set up before the pane starts: sheets of rows from A1, as a planner left them. */
export type Seed = Record<string, (string | number | null)[][]>;

export interface PaneOptions {
  displayLanguage: string;
  /** The query string of taskpane.html, e.g. `?view=validate` (the ribbon's Validar plan). */
  search?: string;
  seed?: Seed;
  /** The pane's size; PANE_VIEWPORT by default. */
  viewport?: { width: number; height: number };
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors of the page. */
  errors: string[];
  /** External requests that were refused. */
  blocked: string[];
  close(): Promise<void>;
}

/** Excel's task pane is 320–420 px wide, 350 by default; screenshots at 1:1. */
export const PANE_VIEWPORT = { width: 350, height: 800 };

export async function openPane(browser: Browser, site: Site, origin: string, options: PaneOptions): Promise<Pane> {
  const context = await browser.newContext({ viewport: options.viewport ?? PANE_VIEWPORT, deviceScaleFactor: 1, locale: options.displayLanguage });
  const page = await context.newPage();
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.stack ?? e.message}`));
  page.on("console", (m) => {
    // office.js frames its own telemetry page, which the pane's Content-Security-Policy refuses: not the pane's error.
    if (m.type() === "error" && !OFFICE_TELEMETRY_CSP.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  const doubleOptions: DoubleOptions = { displayLanguage: options.displayLanguage };
  await page.addInitScript({
    content: `window.__poaDoubleOptions = ${JSON.stringify(doubleOptions)}; window.__poaSeed = ${JSON.stringify(options.seed ?? null)};\n${site.doubleScript}`,
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const name = new URL(url).pathname.slice("/lib/1/hosted/".length);
      const file = path.resolve(OFFICE_DIST, name);
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
        let body = fs.readFileSync(file, "utf8");
        if (name === "office.js") body += USE_DOUBLE_HOOK;
        return route.fulfill({ status: 200, contentType: "application/javascript; charset=utf-8", body });
      }
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${origin}/taskpane.html${options.search ?? ""}`);
  return { page, context, errors, blocked, close: () => context.close() };
}

/** The double's workbook as plain data (test/e2e/dump.ts). */
export function dump(page: Page): Promise<WorkbookDump> {
  return page.evaluate(() => (window as unknown as { __poaDump(): WorkbookDump }).__poaDump());
}

/** The planner types into a cell (or a co-author does, with `remote`): the double fires onChanged as Excel does. */
export async function userEdit(page: Page, sheet: string, address: string, value: string | number | null, remote = false): Promise<void> {
  await page.evaluate(
    ([s, a, v, r]) =>
      (window as unknown as { __poaDouble: { simulateUserEdit(s: string, a: string, v: unknown, o: { remote: boolean }): Promise<void> } }).__poaDouble.simulateUserEdit(s, a, v, { remote: r }),
    [sheet, address, value, remote] as const,
  );
}

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Injects axe-core and returns the serious and critical violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  // Evaluated through the DevTools protocol: the pane's Content-Security-Policy (no inline script) stays on.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/**
 * Screenshots go to docs/screenshots when POA_E2E_SCREENSHOTS=1 (to refresh the planner's guide),
 * else to the run's temporary folder, so a test run never dirties the checkout.
 */
export function screenshotPath(site: Site, name: string): string {
  const dir = process.env.POA_E2E_SCREENSHOTS === "1" ? path.join(REPO, "docs", "screenshots") : path.join(site.work, "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
