import * as fs from "fs";
import * as path from "path";

// Each page carries a Content-Security-Policy that allows only what the add-in loads; the production
// bundles must not need eval, which that policy forbids.
const ROOT = path.resolve(__dirname, "..", "..");
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/dialog.html"];
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function policyOf(html: string): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error("no Content-Security-Policy meta tag");
  const directives = new Map<string, string[]>();
  for (const part of m[1].split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe.each(PAGES)("%s", (page) => {
  const html = fs.readFileSync(path.join(ROOT, page), "utf8");
  const csp = policyOf(html);

  it("allows scripts only from the add-in itself and Office.js's CDN, never eval or inline", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
    }
  });

  it("loads every external script from a source the policy allows", () => {
    const external = [...html.matchAll(/<script[^>]*\ssrc="(https?:[^"]+)"/g)].map((m) => new URL(m[1]).origin);
    expect(external.length).toBeGreaterThan(0);
    for (const origin of external) expect(csp.get("script-src")).toContain(origin);
    // No inline script: the policy would block it.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/);
  });
});

describe("production bundles", () => {
  const dist = path.join(ROOT, "dist");
  const scripts = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith(".js")) : [];

  it("exist (npm test builds them first: run `npm run build`)", () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
  });

  it.each(scripts.length ? scripts : ["(none)"])("%s uses neither eval nor new Function", (file) => {
    if (file === "(none)") return;
    const code = fs.readFileSync(path.join(dist, file), "utf8");
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new Function\s*\(/);
  });
});
