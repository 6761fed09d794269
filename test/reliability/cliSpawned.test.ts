import { spawn, spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, truncateSync } from "fs";
import * as path from "path";
import { buildPrivateCli, REPO_ROOT, runCli, STACK_FRAME, tempDir } from "../cli/cliHarness";
import { READ_LIMITS } from "../../src/cli/readLimits";
import { buildZip, deflated, entriesOf, withEntry, zerosDeflated, type RawEntry } from "../cli/zipFixtures";

/**
 * `poa validate`'s work is bounded by the file, not by what the file claims (issue 13): each hostile
 * file here broke the command before (a hang, or memory until the machine or V8 gave up). Every run
 * is the real bin/poa.js in a child process capped in memory (`ulimit -v`: 2 GB of address space in
 * all, V8's heap under 1.5 GB) and in time (a timeout that fails the test rather than hanging it).
 * The files are small, generated here: what they claim is what is big.
 */

const POSIX = process.platform !== "win32";
const describePosix = POSIX ? describe : describe.skip;
if (!POSIX) console.log("cliLimits.test.ts: skipped (needs ulimit and FIFOs, POSIX only)");

/** Address space for the whole child (code, heap, buffers): what "under about 1.5 GB of memory" is held to. */
const ADDRESS_SPACE_KB = 2 * 1024 * 1024;
const HEAP_MB = 1536;
const TIMEOUT_MS = 20_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

let cli: { bin: string; cleanup(): void };
const tmp = tempDir("poa-limits-");
let scaffold: RawEntry[];

function poa(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync("/bin/sh", ["-c", `ulimit -v ${ADDRESS_SPACE_KB} && exec "$0" "$@"`, process.execPath, `--max-old-space-size=${HEAP_MB}`, cli.bin, ...args], {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    env: { ...process.env, POA_DEBUG: "", ...env },
  });
  return { code: run.status, signal: run.signal, timedOut: (run.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT", stdout: run.stdout, stderr: run.stderr };
}

/** Exit 2, one clean line on stderr naming what it must, nothing on stdout: at once, within the caps. */
function expectRefused(run: Run, message: RegExp): void {
  expect({ timedOut: run.timedOut, signal: run.signal }).toEqual({ timedOut: false, signal: null });
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).toMatch(/^[^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
}

/** The scaffold's report (7 results without months: exit 1), printed in full, within the caps. */
function expectScaffoldReport(run: Run): void {
  expect({ timedOut: run.timedOut, signal: run.signal, stderr: run.stderr }).toEqual({ timedOut: false, signal: null, stderr: "" });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^Matriz POA 2024 \(año 2024\): 7 errores/);
}

function write(name: string, bytes: Buffer): string {
  const file = tmp.file(name);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  if (!POSIX) return;
  cli = buildPrivateCli();
  const out = tmp.file("scaffold.xlsx");
  expect((await runCli(["scaffold", "--out", out])).code).toBe(0);
  scaffold = await entriesOf(readFileSync(out));
}, 180_000);

afterAll(() => {
  cli?.cleanup();
  tmp.cleanup();
});

describePosix("only regular files are read", () => {
  it("a FIFO with no writer is refused at once (it used to wait forever)", () => {
    const fifo = tmp.file("pipe.xlsx");
    spawnSync("mkfifo", [fifo]);
    expect(existsSync(fifo)).toBe(true);
    expectRefused(poa(["validate", fifo]), /no es un archivo común/);
  });

  it("/dev/zero is refused at once (it used to grow to 14 GB)", () => {
    if (!existsSync("/dev/zero")) return console.log("no /dev/zero here: skipped");
    expectRefused(poa(["validate", "/dev/zero", "--lang", "en"]), /"\/dev\/zero" is not a regular file/);
  });

  it("a file over the size limit is refused before reading it, naming its size and the limit", () => {
    const file = write("huge.xlsx", Buffer.from("PK\u0003\u0004"));
    truncateSync(file, 300 * 1024 * 1024); // sparse: nothing is written to disk
    expectRefused(poa(["validate", file]), /pesa 300 MB: Matriz POA revisa libros de hasta 256 MB/);
  });
});

describePosix("what a zip declares is checked before anything is unpacked", () => {
  it("five 1.5 GiB images of zeros in a 7.7 MB file are never unpacked: the matrix is read as usual", () => {
    let entries = scaffold;
    for (let i = 1; i <= 5; i++) entries = withEntry(entries, { name: `xl/media/image${i}.png`, data: zerosDeflated(1536), method: 8, declaredSize: 1536 * 1024 * 1024 });
    const bytes = buildZip(entries);
    expect(bytes.length).toBeLessThan(9 * 1024 * 1024);
    expectScaffoldReport(poa(["validate", write("media-bomb.xlsx", bytes)]));
  });

  it("sheets declaring more than the limit uncompressed are refused, naming it", () => {
    const sheet = scaffold.find((e) => e.name === "xl/worksheets/sheet2.xml")!;
    const bytes = buildZip(withEntry(scaffold, { ...sheet, declaredSize: 2 ** 31 }));
    expectRefused(poa(["validate", write("declared.xlsx", bytes), "--lang", "en"]), /take 2,0\d\d MB uncompressed: Matriz POA checks up to 128 MB/);
  });

  it("a part that inflates past its declared size is damaged, and unpacking stops there", () => {
    const sheet = scaffold.find((e) => e.name === "xl/worksheets/sheet2.xml")!;
    const bytes = buildZip(withEntry(scaffold, { ...sheet, data: zerosDeflated(1024), method: 8 }));
    expectRefused(poa(["validate", write("lying.xlsx", bytes)]), /el libro está dañado o incompleto/);
  });

  it("more zip entries than the limit are refused before the directory is read", () => {
    const padding: RawEntry[] = Array.from({ length: 60_000 }, (_, i) => ({ name: `customXml/p${i}.xml`, data: Buffer.alloc(0), method: 0, declaredSize: 0 }));
    const bytes = buildZip([...scaffold, ...padding]);
    expectRefused(poa(["validate", write("entries.xlsx", bytes)]), /contiene 60,0\d\d partes internas: Matriz POA revisa libros de hasta 50,000/);
  });
});

describePosix("the work of parsing is bounded", () => {
  /** A sheet of `rows` × `cols` numeric cells, with real addresses: what Excel writes for a dense range. */
  function denseSheet(rows: number, cols: number): string {
    const letters = (c: number) => (c < 26 ? "" : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));
    const parts = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
    for (let r = 1; r <= rows; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < cols; c++) row += `<c r="${letters(c)}${r}"><v>1</v></c>`;
      parts.push(row + "</row>");
    }
    parts.push("</sheetData></worksheet>");
    return parts.join("");
  }

  it("a sheet of more cells than the budget is refused after counting them, before loading", () => {
    const bytes = buildZip(withEntry(scaffold, deflated("xl/worksheets/sheet1.xml", denseSheet(1_700, 600))));
    expectRefused(poa(["validate", write("cells.xlsx", bytes)]), /tienen más celdas y filas .* que las 1,000,000 que Matriz POA revisa/);
  });

  it("a styles part of millions of tiny styles is refused by the element budget", () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${"<xf/>".repeat(3_100_000)}</cellXfs></styleSheet>`;
    const bytes = buildZip(withEntry(scaffold, deflated("xl/styles.xml", styles)));
    expectRefused(poa(["validate", write("styles.xlsx", bytes), "--lang", "en"]), /more elements than the 3,000,000 Matriz POA checks/);
  });

  it("a 15 KB theme of 200,000 unclosed colour tags is read in linear time (it took two minutes)", () => {
    const theme = `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${"<a:lt1>".repeat(200_000)}</a:theme>`;
    const bytes = buildZip(withEntry(scaffold, deflated("xl/theme/theme1.xml", theme)));
    expect(bytes.length).toBeLessThan(64 * 1024);
    expectScaffoldReport(poa(["validate", write("theme.xlsx", bytes)]));
  });
});

describePosix("a closed pipe ends the command quietly, with its exit status", () => {
  /** Runs the CLI with its stdout closed by the reader before anything is written (`| true`, `| head`). */
  function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli.bin, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, POA_DEBUG: "" } });
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (code) => resolve({ code, stderr }));
    });
  }

  it("`npx poa --help | true` exits 0 with nothing on stderr (it printed an EPIPE stack trace)", async () => {
    expect(await withClosedStdout(["--help"])).toEqual({ code: 0, stderr: "" });
  }, 30_000);

  it("a report piped into a reader that has gone keeps its exit status 1, with nothing on stderr", async () => {
    const file = tmp.file("for-pipe.xlsx");
    writeFileSync(file, buildZip(scaffold));
    expect(await withClosedStdout(["validate", file, "--format", "json"])).toEqual({ code: 1, stderr: "" });
  }, 30_000);
});

describePosix("scaffold --out on a signal", () => {
  it("SIGTERM just before the rename: the temporary file is removed and the file it would replace stays", () => {
    const dir = tmp.file("signal");
    mkdirSync(dir);
    const target = `${dir}/poa.xlsx`;
    writeFileSync(target, "previous plan");
    // Preloaded into the real command: the rename signals the process instead of renaming.
    const hook = tmp.file("term-on-rename.js");
    writeFileSync(hook, 'require("fs").promises.rename = async () => { process.kill(process.pid, "SIGTERM"); await new Promise((r) => setTimeout(r, 10000)); };');
    const run = spawnSync(process.execPath, ["-r", hook, cli.bin, "scaffold", "--out", target, "--force"], { encoding: "utf8", timeout: TIMEOUT_MS });
    expect(run.signal).toBe("SIGTERM");
    expect(readdirSync(dir)).toEqual(["poa.xlsx"]);
    expect(readFileSync(target, "utf8")).toBe("previous plan");
  });
});

describe("the limits are the documented ones", () => {
  it("docs/security.md and docs/behaviour.md name each limit as readLimits.ts sets it", () => {
    const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`;
    const count = (n: number) => n.toLocaleString("en-US");
    const limits = [mb(READ_LIMITS.fileBytes), mb(READ_LIMITS.partBytes), count(READ_LIMITS.zipEntries), count(READ_LIMITS.cells), count(READ_LIMITS.xmlElements)];
    for (const doc of ["security.md", "behaviour.md"]) {
      const text = readFileSync(path.join(REPO_ROOT, "docs", doc), "utf8");
      for (const limit of limits) expect({ doc, limit, found: text.includes(`**${limit}**`) }).toMatchObject({ found: true });
    }
  });
});
