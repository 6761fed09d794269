import { MONTH_LABELS } from "../core/months";
import { rowNouns } from "../core/messages";
import type { Issue, IssueCode, Lang, Report, Severity } from "../core/model";
import { cliText } from "./cliText";

/**
 * The report for people: one summary line, then the issues grouped by severity and code (each with
 * its cell, so the planner can go straight to it), then one line per objective with its coverage.
 */
export function reportText(report: Report, lang: Lang): string {
  const t = cliText(lang).report;
  const lines: string[] = [];
  const s = report.summary;
  // Every row of a matrix is of the one level its header names (§8): activities, results…
  const rows = rowNouns(lang, report.results[0]?.level);
  const titles = t.codeTitles(rows);
  lines.push(t.summary(report.sheet, report.year, s.errors, s.warnings, s.objectivesCovered, s.objectivesTotal));

  if (report.issues.length === 0) {
    lines.push("", t.noIssues(rows));
  }
  for (const severity of ["error", "warning"] as Severity[]) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    lines.push("", `${severity === "error" ? t.errors : t.warnings} (${issues.length})`);
    // Codes in order of first appearance, so the list follows the sheet.
    const byCode = new Map<IssueCode, Issue[]>();
    for (const issue of issues) {
      const group = byCode.get(issue.code);
      if (group) group.push(issue);
      else byCode.set(issue.code, [issue]);
    }
    for (const [code, group] of byCode) {
      lines.push(`  ${titles[code]} — ${code} (${group.length})`);
      const width = Math.max(...group.map((i) => (i.cell ?? "—").length));
      for (const issue of group) lines.push(`    ${(issue.cell ?? "—").padEnd(width)}  ${issue.message}`);
    }
  }

  if (report.objectives.length > 0) {
    lines.push("", t.objectives);
    const idWidth = Math.max(...report.objectives.map((o) => o.id.length));
    const stateWidth = Math.max(t.covered.length, t.notCovered.length);
    for (const o of report.objectives) {
      const months: string[] = [];
      o.months.forEach((on, m) => {
        if (on) months.push(MONTH_LABELS[lang][m]);
      });
      lines.push(
        `  ${o.id.padEnd(idWidth)}  ${(o.covered ? t.covered : t.notCovered).padEnd(stateWidth)}  ${t.rows(o.results, rows)}; ${months.length ? months.join(" ") : t.noMonths}`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
