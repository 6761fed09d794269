import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { RUNS } from "./workbookState";

/**
 * Hostile files for `poa validate`: random bytes, and a real scaffolded .xlsx with flipped bytes,
 * truncations, zip entries removed or replaced by garbage. Whatever the file, the command ends with
 * exit 0/1 and a report, or exit 2 and exactly one line on stderr; never a stack trace, never an
 * "unexpected error" (a crash the CLI did not anticipate), never an unhandled rejection. A few runs
 * of the real `bin/poa.js` prove it also ends, within a timeout.
 */

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const STACK_FRAME = /\n\s+at /;
const UNEXPECTED = /^(Error inesperado|Unexpected error)/;

let dir: string;
let scaffolded: Buffer;
let seq = 0;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function writeCase(bytes: Uint8Array): string {
  const file = path.join(dir, `case-${seq++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

/** The CLI's promise to a planner, whatever the file. */
function expectCleanEnd(run: { code: number; stdout: string; stderr: string }): void {
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  if (run.code === 2) {
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^[^\n]+\n$/);
    expect(run.stderr).not.toMatch(UNEXPECTED);
  } else {
    expect(run.stderr).toBe("");
    expect(run.stdout.length).toBeGreaterThan(0);
  }
}

async function validateBytes(bytes: Uint8Array, lang: "es" | "en" = "es", format: "text" | "json" = "text"): Promise<void> {
  const file = writeCase(bytes);
  const run = await runCli(["validate", file, "--lang", lang, "--format", format]);
  expectCleanEnd(run);
  if (run.code !== 2 && format === "json") expect(() => JSON.parse(run.stdout)).not.toThrow();
  rmSync(file, { force: true });
}

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  dir = mkdtempSync(path.join(os.tmpdir(), "poa-reliability-"));
  const out = path.join(dir, "scaffold.xlsx");
  const run = await runCli(["scaffold", "--out", out]);
  expect(run.code).toBe(0);
  scaffolded = readFileSync(out);
}, 30_000);

afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  rmSync(dir, { recursive: true, force: true });
});

afterEach(async () => {
  // Let stray promises settle before looking.
  await new Promise((r) => setImmediate(r));
  expect(unhandled).toEqual([]);
});

describe("poa validate on hostile bytes, in-process", () => {
  it("random bytes, with and without a zip or OLE signature", async () => {
    const prefix = fc.constantFrom(new Uint8Array(0), Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]), Uint8Array.from([0x50, 0x4b, 0x05, 0x06]));
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2048 }), fc.constantFrom<"es" | "en">("es", "en"), async (head, body, lang) => {
        await validateBytes(Buffer.concat([head, body]), lang);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 60_000);

  it("the scaffolded workbook with flipped bytes or truncated", async () => {
    const mutation = fc.oneof(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (b: Buffer) => {
        const copy = Buffer.from(b);
        for (const [at, xor] of flips) copy[at % copy.length] ^= xor;
        return copy;
      }),
      fc.nat().map((n) => (b: Buffer) => b.subarray(0, n % b.length)),
    );
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom<"text" | "json">("text", "json"), async (mutate, format) => {
        await validateBytes(mutate(scaffolded), "es", format);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 60_000);

  it("the scaffolded workbook with zip entries removed or replaced by garbage", async () => {
    const zip = await JSZip.loadAsync(scaffolded);
    const entries = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(entries).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet2.xml"]));
    const garbage = fc.oneof(
      fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
      fc.constantFrom(
        "",
        "<",
        "<?xml version=\"1.0\"?><worksheet",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet>&b;</worksheet>",
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"-1\"><c r=\"ZZZZ0\" t=\"s\"><v>99999</v></c></row></sheetData></worksheet>",
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"7\"><c r=\"E7\" t=\"n\"><v>NaN</v></c><c r=\"F7\" t=\"d\"><v>not a date</v></c><c r=\"G7\" t=\"e\"><v>#BOGUS!</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\"><si></si></sst>",
      ),
    );
    const change = fc.record({ entry: fc.constantFrom(...entries), remove: fc.boolean(), content: garbage });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        const copy = await JSZip.loadAsync(scaffolded);
        for (const c of changes) {
          if (c.remove) copy.remove(c.entry);
          else copy.file(c.entry, c.content);
        }
        const bytes = await copy.generateAsync({ type: "nodebuffer" });
        await validateBytes(bytes, "en", "json");
      }),
      { numRuns: RUNS * 2 },
    );
  }, 60_000);
});

describe("poa validate on hostile sheet XML", () => {
  async function withMatrixXml(edit: (xml: string) => string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(scaffolded);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const changed = edit(xml);
    expect(changed).not.toBe(xml);
    zip.file("xl/worksheets/sheet2.xml", changed);
    return zip.generateAsync({ type: "nodebuffer" });
  }

  // ExcelJS used to expand a merge into one object per cell: a sheet-sized merge ran the CLI out of memory
  // (a V8 crash after ~100 s). Fixed in src/cli/boundedMerges.ts; jest's timeout is the hang guard.
  it("reads a file declaring sheet-sized, column-sized and overlapping merges, and a cell at XFD1048576", async () => {
    const merges = ['<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="D1:D1048576"/><mergeCell ref="A5:XFD5"/>', '<mergeCell ref="ZZZZ0:A-1"/><mergeCell ref="B2:C3"/><mergeCell ref="C3:D4"/>'];
    for (const extra of merges) {
      const bytes = await withMatrixXml((xml) => xml.replace(/<mergeCells count="\d+">/, (m) => `${m}${extra}`));
      const file = writeCase(bytes);
      const run = await runCli(["validate", file, "--format", "json"]);
      expectCleanEnd(run);
    }
    const far = await withMatrixXml((xml) => xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>X</t></is></c></row></sheetData>'));
    expectCleanEnd(await runCli(["validate", writeCase(far)]));
  }, 30_000);

  it("a value a file keeps under a merged area reads as empty, as Excel shows it", async () => {
    // D7 holds the first result; merging C7:D7 hides it behind C7's formula, so row 7 has no result text.
    const bytes = await withMatrixXml((xml) => xml.replace(/<mergeCells count="\d+">/, (m) => `${m}<mergeCell ref="C7:D7"/>`));
    const run = await runCli(["validate", writeCase(bytes), "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { results: { row: number; text: string }[] };
    expect(report.results.find((r) => r.row === 7)?.text ?? "").not.toMatch(/Cooperación Internacional/);
    expect(report.results.find((r) => r.row === 8)?.text).toBeTruthy();
  }, 30_000);
});

describe("bin/poa.js on hostile bytes, spawned", () => {
  let bin: string;
  beforeAll(() => {
    // A private build (as `npm ci`'s prepare makes it), so a parallel build of lib/ by other tests can't race this one.
    const root = mkdtempSync(path.join(os.tmpdir(), "poa-reliability-bin-"));
    mkdirSync(path.join(root, "bin"));
    copyFileSync(path.join(REPO_ROOT, "bin", "poa.js"), path.join(root, "bin", "poa.js"));
    copyFileSync(path.join(REPO_ROOT, "package.json"), path.join(root, "package.json"));
    symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(REPO_ROOT, "tsconfig.cli.json"), "--outDir", path.join(root, "lib")], { cwd: REPO_ROOT, stdio: "ignore" });
    bin = path.join(root, "bin", "poa.js");
  }, 120_000);

  it("ends within 20 s with exit 0/1/2, one clean line for exit 2, for a handful of damaged files", async () => {
    const zip = await JSZip.loadAsync(scaffolded);
    zip.file("xl/workbook.xml", "<workbook");
    const huge = await JSZip.loadAsync(scaffolded);
    huge.file("xl/worksheets/sheet2.xml", (await huge.file("xl/worksheets/sheet2.xml")!.async("string")).replace(/<mergeCells count="\d+">/, (m) => `${m}<mergeCell ref="A1:XFD1048576"/>`));
    const cases: Buffer[] = [
      await huge.generateAsync({ type: "nodebuffer" }),
      Buffer.from("PK\u0003\u0004garbage"),
      scaffolded.subarray(0, Math.floor(scaffolded.length / 2)),
      Buffer.from(scaffolded.map((b, i) => (i % 97 === 50 ? b ^ 0xff : b))),
      await zip.generateAsync({ type: "nodebuffer" }),
      scaffolded,
    ];
    for (const bytes of cases) {
      const file = writeCase(bytes);
      const run = spawnSync(process.execPath, [bin, "validate", file], { encoding: "utf8", timeout: 20_000 });
      expect(run.error).toBeUndefined();
      expect(run.signal).toBeNull();
      expectCleanEnd({ code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr });
    }
  }, 120_000);
});
