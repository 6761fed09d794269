import { promises as fsp, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { temporaryName } from "../../src/cli/atomicWrite";
import { cliText } from "../../src/cli/cliText";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/model";
import { editWorkbook, runCli, STACK_FRAME, tempDir } from "./cliHarness";

/** Issue 13 and contract §7, in-process: the temporary file, causes for debugging, hints, the JSON written in pieces. */

const tmp = tempDir("poa-cli-reliability-");
afterAll(() => tmp.cleanup());

describe("scaffold --out writes through a temporary file no one can plant", () => {
  it("never follows a symlink planted at the old predictable name (.NAME.PID.tmp)", async () => {
    const dir = tmp.file("planted");
    await fsp.mkdir(dir);
    const victim = tmp.file("victim.txt");
    writeFileSync(victim, "the planner's own file");
    symlinkSync(victim, path.join(dir, `.poa.xlsx.${process.pid}.tmp`));
    const run = await runCli(["scaffold", "--out", path.join(dir, "poa.xlsx")]);
    expect(run.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("the planner's own file");
    expect(readFileSync(path.join(dir, "poa.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("names it at random, beside the target, as a dot-file", () => {
    const target = tmp.file("poa.xlsx");
    const a = temporaryName(target);
    const b = temporaryName(target);
    expect(a).not.toBe(b);
    expect(path.dirname(a)).toBe(path.dirname(target));
    expect(path.basename(a)).toMatch(/^\.poa\.xlsx\.[0-9a-f]{16}\.tmp$/);
  });

  it("removes it when the write fails, leaves the existing file untouched, and says so in one line", async () => {
    const dir = tmp.file("failing");
    await fsp.mkdir(dir);
    const target = path.join(dir, "poa.xlsx");
    writeFileSync(target, "previous plan");
    const rename = jest.spyOn(fsp, "rename").mockRejectedValueOnce(Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" }));
    try {
      const run = await runCli(["scaffold", "--out", target, "--force"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^No se pudo escribir «.*poa\.xlsx»: EXDEV: cross-device link not permitted\.\n$/);
    } finally {
      rename.mockRestore();
    }
    expect(readdirSync(dir)).toEqual(["poa.xlsx"]);
    expect(readFileSync(target, "utf8")).toBe("previous plan");
  });
});

describe("causes are kept for debugging, never shown to planners", () => {
  async function damagedWorkbook(): Promise<string> {
    const file = tmp.file("scaffold-for-damage.xlsx");
    expect((await runCli(["scaffold", "--out", file])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file("xl/workbook.xml", "<workbook");
    const damaged = tmp.file("damaged.xlsx");
    writeFileSync(damaged, await zip.generateAsync({ type: "nodebuffer" }));
    return damaged;
  }

  const saved = process.env.POA_DEBUG;
  afterEach(() => {
    if (saved === undefined) delete process.env.POA_DEBUG;
    else process.env.POA_DEBUG = saved;
  });

  it("a damaged workbook: one line for the planner; with POA_DEBUG=1, the parser's error and its stack before it", async () => {
    const file = await damagedWorkbook();
    delete process.env.POA_DEBUG;
    const quiet = await runCli(["validate", file]);
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toMatch(/^No se pudo leer «.*»: el libro está dañado o incompleto\.[^\n]*\n$/);
    process.env.POA_DEBUG = "1";
    const debug = await runCli(["validate", file]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_FRAME);
    expect(debug.stderr.trimEnd().split("\n").pop()).toBe(quiet.stderr.trimEnd());
  });
});

describe("hints name commands that work after the README's install (contract §7)", () => {
  it("every `poa` command a message shows is `npx poa …`", () => {
    for (const lang of ["es", "en"] as const) {
      const t = cliText(lang);
      const texts = [
        t.help("1.0.0").replace(/^poa 1\.0\.0 — /, ""),
        t.usageHint,
        t.scaffolded("poa.xlsx", ["Objetivos"], 7, 7),
        ...Object.values(t.errors).map((message) => (typeof message === "string" ? message : (message as (...a: unknown[]) => string)("x.xlsx", 1))),
      ];
      for (const text of texts) expect({ lang, text, bare: /(?<!npx )\bpoa (scaffold|validate|--help|x\.xlsx)/.test(text) }).toMatchObject({ bare: false });
    }
  });

  it("the scaffold's closing hint is a command to copy", async () => {
    const run = await runCli(["scaffold", "--out", tmp.file("hint.xlsx")]);
    expect(run.stdout).toMatch(/revise con: npx poa validate ".*hint\.xlsx"\n$/);
  });
});

describe("the JSON report is written in pieces", () => {
  it("never as one string holding the whole report, and the pieces make the same JSON", async () => {
    const base = tmp.file("big-base.xlsx");
    expect((await runCli(["scaffold", "--out", base])).code).toBe(0);
    const big = tmp.file("big.xlsx");
    await editWorkbook(base, big, (wb) => {
      const ws = wb.getWorksheet("Matriz POA 2024")!;
      for (let r = 14; r < 2014; r++) {
        ws.getCell(`B${r}`).value = "OE1";
        ws.getCell(`D${r}`).value = `Resultado número ${r} de un plan grande`;
      }
    });
    const writes: string[] = [];
    const code = await main(["validate", big, "--format", "json"], { stdout: (t) => void writes.push(t), stderr: () => undefined });
    expect(code).toBe(1);
    const report = JSON.parse(writes.join("")) as Report;
    expect(report.results.length).toBeGreaterThan(2000);
    expect(writes.length).toBeGreaterThan(4);
    const whole = writes.join("").length;
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(whole / 4);
  }, 30_000);
});
