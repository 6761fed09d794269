import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function tempDir(prefix = "poa-cli-"): { dir: string; file(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens a workbook, lets the test change it as a planner would, and saves it under `out`. Edit before any
 * `runCli(["validate", …])` in the same test file: the CLI's reader replaces how ExcelJS loads merged areas
 * (src/cli/boundedMerges.ts, process-wide), and a workbook loaded after that is saved without them.
 */
export async function editWorkbook(file: string, out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(out);
}

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(REPO_ROOT, "bin", "poa.js");

/** Compiles src/core + src/cli to lib/ as `npm ci` does (prepare), so spawned runs test this checkout. */
export function buildCli(): void {
  const tsc = require.resolve("typescript/bin/tsc");
  // Others' work in progress may carry type errors; tsc still emits, and lib/cli/main.js is what matters.
  spawnSync(process.execPath, [tsc, "-p", path.join(REPO_ROOT, "tsconfig.cli.json")], { cwd: REPO_ROOT, stdio: "ignore" });
  if (!existsSync(path.join(REPO_ROOT, "lib", "cli", "main.js"))) throw new Error("the prepare build produced no lib/cli/main.js");
}

/** A stack frame as Node prints it: a planner must never see one. */
export const STACK_FRAME = /^\s+at\s/m;

/**
 * A private build of the CLI (as `npm ci`'s prepare makes it) in the OS temp folder, so that a
 * parallel build of lib/ by other tests can't race the one a test spawns. Returns bin/poa.js.
 */
export function buildPrivateCli(): { bin: string; cleanup(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), "poa-private-bin-"));
  mkdirSync(path.join(root, "bin"));
  copyFileSync(path.join(REPO_ROOT, "bin", "poa.js"), path.join(root, "bin", "poa.js"));
  copyFileSync(path.join(REPO_ROOT, "package.json"), path.join(root, "package.json"));
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  const tsc = require.resolve("typescript/bin/tsc");
  spawnSync(process.execPath, [tsc, "-p", path.join(REPO_ROOT, "tsconfig.cli.json"), "--outDir", path.join(root, "lib")], { cwd: REPO_ROOT, stdio: "ignore" });
  if (!existsSync(path.join(root, "lib", "cli", "main.js"))) throw new Error("the private build produced no lib/cli/main.js");
  return { bin: path.join(root, "bin", "poa.js"), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
