import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { SECTIONS } from "./sections";
import type { BenchContext } from "./types";

/**
 * `npm run bench [-- --json] [-- --quick] [-- --only=scaffold,validate,cli,coreScaling]`: what a planner
 * would feel, as ratios measured in one run: the add-in's round trips to Excel (real shell, strict Office.js
 * double), `poa validate` against a bare ExcelJS load of the same file and the core's share of it, and,
 * as information, how the core's cost grows with the rows. Bundled and started by bench/run.js. With
 * --json, prints one object keyed by section.
 */
async function bench(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const quick = argv.includes("--quick");
  const onlyArg = argv.find((a) => a.startsWith("--only="));
  const only = onlyArg ? onlyArg.slice("--only=".length).split(",") : null;
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), "poa-bench-"));
  const ctx: BenchContext = { json, quick, tmpDir, log: (line) => (json ? undefined : console.log(line)) };
  const results: Record<string, unknown> = {};
  try {
    ctx.log(`Matriz POA bench — Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"}${quick ? " (quick)" : ""}`);
    for (const section of SECTIONS) {
      if (only && !only.includes(section.key)) continue;
      ctx.log("");
      ctx.log(section.title);
      results[section.key] = await section.run(ctx);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  if (json) console.log(JSON.stringify(results, null, 2));
  return 0;
}

bench(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e instanceof Error ? e.stack ?? e.message : String(e));
    process.exitCode = 1;
  },
);
