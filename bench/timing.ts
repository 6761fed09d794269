import { performance } from "perf_hooks";

/** Median wall time in ms of `runs` calls after `warmups` untimed ones (JIT, caches). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs: number, warmups = 3): Promise<number> {
  return (await pairedTimes([fn], runs, warmups))[0].median;
}

/**
 * Wall times of several functions timed in turns (a, b, c, a, b, c…), each its median and its fastest run.
 * On a machine shared with other work, a slow spell then weighs on each of them alike, and the fastest
 * run of each is the one least disturbed: ratios of the fastest runs hold where single timings do not.
 */
export async function pairedTimes(fns: (() => unknown | Promise<unknown>)[], runs: number, warmups = 2): Promise<{ median: number; min: number }[]> {
  // One collection before the series, not before each run: a forced gc() between runs makes V8 drop the
  // optimised code of what is measured (deopt reason "weak objects"), so every run would time a cold start.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  for (let i = 0; i < warmups; i++) for (const fn of fns) await fn();
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let f = 0; f < fns.length; f++) {
      const start = performance.now();
      await fns[f]();
      times[f].push(performance.now() - start);
    }
  }
  return times.map((t) => ({ median: median(t), min: Math.min(...t) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Repetitions that keep a size's measurement short but stable. */
export function runsFor(rows: number): number {
  return rows <= 1_000 ? 21 : rows <= 20_000 ? 7 : 3;
}
