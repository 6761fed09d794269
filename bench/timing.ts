import { performance } from "perf_hooks";

/** Median wall time in ms of `runs` calls after `warmups` untimed ones (JIT, caches). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs: number, warmups = 3): Promise<number> {
  // One collection before the series, not before each run: a forced gc() between runs makes V8 drop the
  // optimised code of what is measured (deopt reason "weak objects"), so every run would time a cold start.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Repetitions that keep a size's measurement short but stable. */
export function runsFor(rows: number): number {
  return rows <= 1_000 ? 21 : rows <= 20_000 ? 7 : 3;
}
