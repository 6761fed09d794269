/** Per objective and month, whether the matrix schedules work for it (report `objectives`, §7). */
import type { Objective, ReportObjective } from "./model";

export interface CoverageRow {
  objective: string | null;
  months: readonly boolean[];
}

/** One entry per catalog objective, in catalog order; covered = a mapped result with a month scheduled. */
export function coverageByObjective(objectives: readonly Objective[], rows: readonly CoverageRow[]): ReportObjective[] {
  const byId = new Map<string, ReportObjective>();
  const entries = objectives.map((o) => {
    const entry: ReportObjective = { id: o.id, text: o.text, results: 0, months: new Array<boolean>(12).fill(false), covered: false };
    if (!byId.has(o.id)) byId.set(o.id, entry);
    return entry;
  });
  for (const row of rows) {
    if (row.objective === null) continue;
    const entry = byId.get(row.objective);
    if (!entry) continue;
    entry.results++;
    for (let m = 0; m < 12; m++) {
      if (row.months[m]) {
        entry.months[m] = true;
        entry.covered = true;
      }
    }
  }
  return entries;
}
