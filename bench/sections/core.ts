import type { WorkbookGrid } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";
import { generatedGrid } from "../generate";
import { medianMs, round, runsFor } from "../timing";
import type { BenchContext, BenchSection } from "../types";

/**
 * The core's own cost: validateWorkbook on generated grids, against a bare scan that touches every
 * cell once (the least any reader must do). The ratio says how much the checks cost over reading.
 */

export interface CoreRow {
  rows: number;
  checkMs: number;
  scanMs: number;
  ratio: number;
  /** Microseconds of checking per data row. */
  usPerRow: number;
}

function bareScan(book: WorkbookGrid): number {
  let total = 0;
  for (const sheet of book.sheets) {
    for (const row of sheet.values) {
      for (const cell of row) {
        if (typeof cell === "string") total += cell.length;
        else if (cell !== null) total += 1;
      }
    }
  }
  return total;
}

export async function measureCore(rows: number): Promise<CoreRow> {
  const book = generatedGrid(rows);
  let sink = 0;
  const runs = runsFor(rows);
  const checkMs = await medianMs(() => {
    const outcome = validateWorkbook(book, { lang: "es" });
    if (!outcome.ok) throw new Error(`bench grid not recognised: ${outcome.notFound.message}`);
    sink += outcome.report.results.length;
  }, runs);
  const scanMs = await medianMs(() => (sink += bareScan(book)), runs * 3);
  if (sink < 0) console.log(sink); // keeps the work observable
  return { rows, checkMs: round(checkMs), scanMs: round(scanMs, 3), ratio: round(checkMs / scanMs, 1), usPerRow: round((checkMs * 1000) / rows, 2) };
}

export const CORE_RATIO_GOAL = 3;

/** The figure: the core's check of a 20,000-row grid ÷ a bare scan of the same cells. */
export const coreSection: BenchSection = {
  key: "core",
  title: "Core at 20,000 rows: validateWorkbook vs a bare scan of the same cells (a big real POA is a few thousand)",
  async run(ctx: BenchContext) {
    const r = await measureCore(20_000);
    ctx.log(`  20000 rows: check ${r.checkMs} ms, bare scan ${r.scanMs} ms, ratio ${r.ratio}x`);
    ctx.log(`  goal: ratio at most ${CORE_RATIO_GOAL} — ${r.ratio <= CORE_RATIO_GOAL ? "met" : "NOT met"}`);
    return { rows: r.rows, ratio: r.ratio, checkMs: r.checkMs, scanMs: r.scanMs, usPerRow: r.usPerRow };
  },
};

/** How the core's cost grows with the rows: per-row cost at 1k, 10k and 100k rows. */
export const coreScalingSection: BenchSection = {
  key: "coreScaling",
  title: "Core scaling: validateWorkbook on generated grids vs a bare scan of the same cells",
  async run(ctx: BenchContext) {
    const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
    const out: CoreRow[] = [];
    for (const rows of sizes) {
      const r = await measureCore(rows);
      out.push(r);
      ctx.log(
        `  ${String(rows).padStart(7)} rows: check ${r.checkMs.toFixed(1).padStart(8)} ms, bare scan ${r.scanMs.toFixed(2).padStart(7)} ms, ratio ${String(r.ratio).padStart(6)}x, ${r.usPerRow} µs/row`,
      );
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
