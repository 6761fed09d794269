/**
 * Adopting a planner's existing sheet: the plan a report read from it (any layout the reader
 * accepts: the seed's, activity rows with `Programado` sub-columns, colour marks…) as the template
 * of a new managed matrix. The original sheet is never written; the new sheets hold a copy.
 */
import type { Objective, PlanTemplate, Report } from "./model";

export interface AdoptionOptions {
  /** Row 1 of the new matrix; empty when not given (the report does not know the institution). */
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
 * - objectives: the report's catalog (the workbook's `Objetivos` sheet, the objective column's ids,
 *   or the built-in catalog), first occurrence of an id kept, ids without text kept as they are;
 * - results: each read row's text as written (a literal in every writer, even if it looks like a
 *   formula), its objective id or "" when unmapped (the planner picks one from the drop-down), and
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
  const results = report.results.map((r) => ({
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
