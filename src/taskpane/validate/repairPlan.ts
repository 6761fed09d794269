import type { Fix, Issue } from "../../core/model";

export interface RepairPlan {
  safe: Fix[];
  /** Fixes that need the planner's confirmation, each with the issue that proposes it. */
  unsafe: { fix: Fix; message: string }[];
}

/** The report's fixes, one per cell (two issues may propose the same change). */
export function repairPlan(issues: Issue[]): RepairPlan {
  const seen = new Set<string>();
  const plan: RepairPlan = { safe: [], unsafe: [] };
  for (const issue of issues) {
    const fix = issue.fix;
    if (!fix) continue;
    const key = `${fix.sheet}\u0000${fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (fix.safe) plan.safe.push(fix);
    else plan.unsafe.push({ fix, message: issue.message });
  }
  return plan;
}
