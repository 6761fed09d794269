/**
 * Adopting a planner's existing sheet: the plan a report read from it (any layout the reader
 * accepts: the seed's, activity rows with `Programado` sub-columns, colour marks…) as the template
 * of a new managed matrix. The original sheet is never written; the new sheets hold a copy.
 */
import type { Objective, PlanTemplate, Report } from "./model";

export interface AdoptionOptions {
  /** Row 1 of the new matrix; empty when not given (the pane starts from the one the report's title block names). */
  institution?: string;
  /** The year of the new matrix; by default the report's, else `fallbackYear`. */
  year?: number;
  /** The year when neither `year` nor the report gives one (the task pane passes the current year). */
  fallbackYear?: number;
}

/** The year a new matrix gets when nothing says otherwise. */
export const DEFAULT_ADOPTION_YEAR = 2024;

/**
 * The template of the adopted matrix:
 * - objectives: the report's catalog (§3 v2: the workbook's `Objetivos` sheet, one the planner gave,
 *   the objective column's, the template's only for that institution's own plan, the bare ids; none
 *   when the workbook has none, never ESCO's for another institution), first occurrence of an id
 *   kept, ids without text kept as they are;
 * - results: each read row's text as written (a literal in every writer, even if it looks like a
 *   formula; hierarchy rows, context only, left out), its objective id or "" when unmapped (the planner picks one from the drop-down), and
 *   its scheduled months, whatever the mark was (`x`, a quantity, a colour) — the new sheet writes `X`.
 */
export function templateFromReport(report: Report, options: AdoptionOptions = {}): PlanTemplate {
  const seen = new Set<string>();
  const objectives: Objective[] = [];
  for (const o of report.objectives) {
    const key = o.id.trim().toLocaleUpperCase();
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    objectives.push({ id: o.id.trim(), text: o.text });
  }
  // A higher-level row with no month (§8 v2) is context of the rows under it, not a row to plan.
  const results = report.results.filter((r) => !r.hierarchy).map((r) => ({
    text: r.text,
    objective: r.objective !== null && seen.has(r.objective.trim().toLocaleUpperCase()) ? r.objective.trim() : "",
    months: Array.from({ length: 12 }, (_, m) => r.months[m] === true),
  }));
  return {
    institution: options.institution?.trim() ?? "",
    year: options.year ?? report.year ?? options.fallbackYear ?? DEFAULT_ADOPTION_YEAR,
    objectives,
    results,
  };
}
