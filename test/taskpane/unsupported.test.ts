/** @jest-environment jsdom */
/**
 * src/taskpane/unsupported.js: where the webview cannot run the pane (Internet Explorer 11 or Edge
 * Legacy, as volume-licensed Office 2019 uses), a plain message in both languages instead of
 * "Cargando…" forever. It must itself be ES5, or it would fail exactly where it is needed.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";

const SOURCE = fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "taskpane", "unsupported.js"), "utf8");
const LOADING = '<div id="root"><p>Cargando Matriz POA… / Loading Matriz POA…</p></div>';

function run(paneStarted: boolean): HTMLElement {
  document.body.innerHTML = LOADING;
  (window as unknown as { __poaPaneStarted?: boolean }).__poaPaneStarted = paneStarted || undefined;
  // The file as the page runs it: a classic script in the page's global scope.
  new Function(SOURCE)();
  return document.getElementById("root")!;
}

describe("the message for webviews that cannot run the pane", () => {
  it("is ES5, so Internet Explorer 11 can run it", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("let x = a?.b;", { ecmaVersion: 5 })).toThrow();
  });

  it("replaces the loading text, in Spanish and English, when the pane's script did not run", () => {
    const root = run(false);
    expect(root.getAttribute("role")).toBe("alert");
    expect(root.textContent).not.toContain("Cargando");
    const es = root.querySelector('[lang="es"]')!;
    const en = root.querySelector('[lang="en"]')!;
    expect(es.textContent).toMatch(/^Matriz POA no puede abrirse en esta versión de Excel\..*Excel en la Web.*npx poa validate/);
    expect(en.textContent).toMatch(/^Matriz POA cannot open in this version of Excel\..*Excel on the web.*npx poa validate/);
  });

  it("does nothing when the pane's script ran", () => {
    expect(run(true).outerHTML).toBe(LOADING);
  });
});
