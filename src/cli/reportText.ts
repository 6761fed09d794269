import { sheetRef } from "../core/address";
import { MONTH_LABELS } from "../core/months";
import { rowNouns } from "../core/messages";
import type { Issue, IssueCode, Lang, Report, Severity } from "../core/model";
import { cliText } from "./cliText";
import { terminalSafe } from "./safeText";

/**
 * The report for people: one summary line, then the issues grouped by severity and code (each with
 * its cell, so the planner can go straight to it), then one line per objective with its coverage.
 * Every line is safe to print (safeText.ts): cell text can hold terminal controls.
 */

/** A cell as the planner finds it: with its sheet when that is not the matrix's (`Objetivos!A6`, contract §7). */
function cellName(issue: Issue, matrixSheet: string): string {
  if (!issue.cell) return "—";
  return issue.sheet && issue.sheet !== matrixSheet ? `${sheetRef(issue.sheet)}!${issue.cell}` : issue.cell;
}

/** The longest length, by a loop: `Math.max(...lengths)` overflows the stack on a sheet's worth of issues. */
function widest(texts: Iterable<string>): number {
  let width = 0;
  for (const t of texts) width = Math.max(width, t.length);
  return width;
}

function* unsafeLines(report: Report, lang: Lang): Generator<string> {
  const t = cliText(lang).report;
  const s = report.summary;
  // Every row of a matrix is of the one level its header names (§8): activities, results…
  const rows = rowNouns(lang, report.results[0]?.level);
  const titles = t.codeTitles(rows);
  yield t.summary(report.sheet, report.year, s.errors, s.warnings, s.objectivesCovered, report.catalog === "none" ? null : s.objectivesTotal);
  if (report.hidden) yield t.hiddenSheet(report.sheet);
  let scheduled = 0;
  let hierarchy = 0;
  for (const r of report.results) {
    if (r.hierarchy) hierarchy++;
    else if (r.months.some(Boolean)) scheduled++;
  }
  yield t.reading({ rows: report.results.length, scheduled, hierarchy }, rows, report.catalog);

  if (report.issues.length === 0) {
    yield "";
    yield t.noIssues(rows);
  }
  for (const severity of ["error", "warning"] as Severity[]) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    yield "";
    yield `${severity === "error" ? t.errors : t.warnings} (${issues.length})`;
    // Codes in order of first appearance, so the list follows the sheet.
    const byCode = new Map<IssueCode, Issue[]>();
    for (const issue of issues) {
      const group = byCode.get(issue.code);
      if (group) group.push(issue);
      else byCode.set(issue.code, [issue]);
    }
    for (const [code, group] of byCode) {
      yield `  ${titles[code]} — ${code} (${group.length})`;
      const cells = group.map((i) => cellName(i, report.sheet));
      const width = widest(cells);
      for (let i = 0; i < group.length; i++) yield `    ${cells[i].padEnd(width)}  ${group[i].message}`;
    }
  }

  if (report.objectives.length > 0) {
    yield "";
    yield t.objectives;
    const idWidth = widest(report.objectives.map((o) => o.id));
    const stateWidth = Math.max(t.covered.length, t.notCovered.length);
    for (const o of report.objectives) {
      const months: string[] = [];
      o.months.forEach((on, m) => {
        if (on) months.push(MONTH_LABELS[lang][m]);
      });
      yield `  ${o.id.padEnd(idWidth)}  ${(o.covered ? t.covered : t.notCovered).padEnd(stateWidth)}  ${t.rows(o.results, rows)}; ${months.length ? months.join(" ") : t.noMonths}`;
    }
  }
}

/** The report's lines, each without its line break, every one safe to print. */
export function* reportLines(report: Report, lang: Lang): Generator<string> {
  for (const line of unsafeLines(report, lang)) yield terminalSafe(line);
}

export function reportText(report: Report, lang: Lang): string {
  return [...reportLines(report, lang)].join("\n") + "\n";
}
