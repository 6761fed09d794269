/**
 * Contract v2's reading rules (§3, §8) on synthetic workbooks, through the core: each case's report is
 * the one a planner would expect (test/fixtures/v2Plans.ts), in Spanish and English alike.
 */
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";
import { reportSummary, V2_PLANS, type PlanCase } from "../fixtures/v2Plans";

export function gridOf(plan: PlanCase): WorkbookGrid {
  return {
    sheets: plan.sheets.map((s): SheetGrid => {
      const grid: SheetGrid = { name: s.name, values: s.rows.map((r) => [...r]) };
      if (s.hidden) grid.hidden = true;
      if (s.merges) grid.merges = s.merges;
      return grid;
    }),
  };
}

describe("contract v2 reading rules, through the core", () => {
  it.each(V2_PLANS.map((p) => [p.rule, p] as const))("%s", (_, plan) => {
    for (const lang of ["es", "en"] as const) {
      const outcome = validateWorkbook(gridOf(plan), { lang });
      if ("refused" in plan.expected) {
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect(outcome.notFound.reason).toBe(plan.expected.refused);
        if (lang === "es") expect(outcome.notFound.message).toMatch(plan.expected.message);
        continue;
      }
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      expect(reportSummary(outcome.report)).toEqual(plan.expected);
    }
  });
});
