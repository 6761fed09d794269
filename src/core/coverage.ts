/** Per objective and month, whether the matrix schedules work for it (report `objectives`, §7). */
import type { Objective, ReportObjective } from "./model";

export interface CoverageRow {
  objective: string | null;
  months: readonly boolean[];
}

const ALL_MONTHS = 0xfff;

/** One entry per catalog objective, in catalog order; covered = a mapped result with a month scheduled. */
export function coverageByObjective(objectives: readonly Objective[], rows: readonly CoverageRow[]): ReportObjective[] {
  // Months as bits per objective: once an objective has all twelve, its later rows only count
  // (a big plan covers every month early on, and 100k rows need not be read month by month).
  const n = objectives.length;
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!byId.has(objectives[i].id)) byId.set(objectives[i].id, i);
  const counts = new Int32Array(n);
  const bits = new Int32Array(n);
  // Rows come in runs of one objective, and share their months arrays (readMatrix.ts): both looked up once per run.
  let lastId: string | null = null;
  let lastIndex = -1;
  let lastMonths: readonly boolean[] | null = null;
  let lastBits = 0;
  for (const row of rows) {
    const id = row.objective;
    if (id === null) continue;
    if (id !== lastId) {
      lastId = id;
      lastIndex = byId.get(id) ?? -1;
    }
    const i = lastIndex;
    if (i < 0) continue;
    counts[i]++;
    if (bits[i] === ALL_MONTHS) continue;
    const months = row.months;
    if (months !== lastMonths) {
      lastMonths = months;
      lastBits = 0;
      for (let m = 0; m < 12; m++) if (months[m]) lastBits |= 1 << m;
    }
    bits[i] |= lastBits;
  }
  const entries: ReportObjective[] = [];
  for (let i = 0; i < n; i++) {
    const o = objectives[i];
    const months = new Array<boolean>(12).fill(false);
    for (let m = 0; m < 12; m++) if ((bits[i] & (1 << m)) !== 0) months[m] = true;
    entries.push({ id: o.id, text: o.text, results: counts[i], months, covered: bits[i] !== 0 });
  }
  return entries;
}
