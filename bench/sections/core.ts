import { validateWorkbook } from "../../src/core/validate";
import { generatedGrid } from "../generate";
import { medianMs, round, runsFor } from "../timing";
import type { BenchContext, BenchSection } from "../types";

/**
 * Information, with no goal: how the core's own cost grows with the rows (validateWorkbook on generated
 * grids). Whether a planner feels it is the `cli` section's `coreShare`, the core's part of `poa validate`.
 */

export interface CoreRow {
  rows: number;
  checkMs: number;
  /** Microseconds of checking per data row. */
  usPerRow: number;
}

export async function measureCore(rows: number): Promise<CoreRow> {
  const book = generatedGrid(rows);
  let sink = 0;
  const checkMs = await medianMs(() => {
    const outcome = validateWorkbook(book, { lang: "es" });
    if (!outcome.ok) throw new Error(`bench grid not recognised: ${outcome.notFound.message}`);
    sink += outcome.report.results.length;
  }, runsFor(rows));
  if (sink < 0) console.log(sink); // keeps the work observable
  return { rows, checkMs: round(checkMs), usPerRow: round((checkMs * 1000) / rows, 2) };
}

export const coreScalingSection: BenchSection = {
  key: "coreScaling",
  title: "Core scaling (information): validateWorkbook on generated grids",
  async run(ctx: BenchContext) {
    const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
    const out: CoreRow[] = [];
    for (const rows of sizes) {
      const r = await measureCore(rows);
      out.push(r);
      ctx.log(`  ${String(rows).padStart(7)} rows: check ${r.checkMs.toFixed(1).padStart(8)} ms, ${r.usPerRow} µs/row`);
    }
    const first = out[0];
    const last = out[out.length - 1];
    const growth = last.usPerRow / first.usPerRow;
    ctx.log(
      `  per-row cost ${first.usPerRow} µs at ${first.rows} rows, ${last.usPerRow} µs at ${last.rows} rows (x${round(growth, 2)}): ` +
        (growth < 2 ? "grows linearly with the rows" : "grows faster than linearly"),
    );
    return out;
  },
};
