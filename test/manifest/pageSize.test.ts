import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localScripts, BUDGET_BYTES } = require("../../scripts/page-size") as { localScripts: (html: string) => string[]; BUDGET_BYTES: number };
const SCRIPT = path.resolve(__dirname, "..", "..", "scripts", "page-size.js");

describe("scripts/page-size.js", () => {
  it("counts the page's own scripts, quoted or not, and never Office.js from the CDN", () => {
    const html =
      '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>' +
      '<script defer src=taskpane.1234abcd.js></script><script src="vendor.js?v=2"></script>' +
      "<script src='./extra.js'></script><script>inline()</script><script src=\"//cdn.example/x.js\"></script>";
    expect(localScripts(html)).toEqual(["taskpane.1234abcd.js", "vendor.js", "./extra.js"]);
  });

  function run(files: Record<string, string | Buffer>): { code: number; out: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-size-"));
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
    try {
      return { code: 0, out: execFileSync("node", [SCRIPT, dir], { encoding: "utf8" }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it("passes a page within the budget and prints the figure", () => {
    const { code, out } = run({ "taskpane.html": "<script defer src=a.js></script>", "a.js": "console.log(1);".repeat(100) });
    expect(code).toBe(0);
    expect(out).toMatch(/taskpane\.html: [\d.]+ KB gzip -9 \(\d+ bytes\), within the 110 KB budget/);
  });

  it("counts only the first page against the budget, and lists every chunk with what loads it", () => {
    // A lazily loaded view over the budget on its own does not fail the page; it is listed with its size.
    const big = Buffer.from(Array.from({ length: BUDGET_BYTES + 4096 }, () => Math.floor(Math.random() * 256)));
    const groups = {
      taskpane: { page: true, files: ["a.js"] },
      report: { page: false, files: ["shared.js", "report.js"] },
      commands: { page: true, files: ["c.js"] },
    };
    const { code, out } = run({
      "taskpane.html": "<script src=a.js></script>",
      "a.js": "console.log(1);",
      "shared.js": "x",
      "report.js": big,
      "c.js": "y",
      "chunk-groups.json": JSON.stringify(groups),
    });
    expect(code).toBe(0);
    expect(out).toMatch(/Loaded later by the pane[^\n]*\n {2}report: [\d.]+ KB \(shared\.js [\d.]+ KB, report\.js [\d.]+ KB\)/);
    expect(out).toMatch(/Other pages:\n {2}commands: [\d.]+ KB \(c\.js/);
    expect(out).toMatch(/Every chunk in [^\n]* \(4 files\)/);
    for (const f of ["a.js", "shared.js", "report.js", "c.js"]) expect(out).toContain(`  ${f}: `);
  });

  it("fails a page whose scripts gzip over the budget", () => {
    // Random bytes do not compress: slightly more than the budget stays over it after gzip.
    const big = Buffer.from(Array.from({ length: BUDGET_BYTES + 4096 }, () => Math.floor(Math.random() * 256)));
    const { code, out } = run({ "taskpane.html": "<script src=a.js></script><script src=b.js></script>", "a.js": big, "b.js": "x" });
    expect(code).toBe(1);
    expect(out).toMatch(/OVER the 110 KB budget/);
  });

  it("says what is wrong when there is no build", () => {
    const { code, out } = run({});
    expect(code).toBe(2);
    expect(out).toMatch(/npm run build/);
  });
});
