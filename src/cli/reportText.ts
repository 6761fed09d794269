import { parseCell, sheetRef } from "../core/address";
import { MONTH_LABELS } from "../core/months";
import { rowNouns, statusWord } from "../core/messages";
import type { Issue, IssueCode, Lang, Report, Severity } from "../core/model";
import { corteSpan, percentText } from "../core/monitoring/monitoringWords";
import { TABLE_PERIODS } from "../core/monitoring/periods";
import { isMonitored, type MonitoredReport } from "../core/monitoring/semaforo";
import { shorten } from "../core/text";
import { cliText } from "./cliText";
import { terminalSafe } from "./safeText";

/**
 * The report for people: one summary line, then the issues grouped by severity and code (each with
 * its cell, so the planner can go straight to it), then one line per objective with its coverage,
 * then, where the matrix has Realizado cells, the Seguimiento section (contract §9): each objective's
 * cumplimiento per quarter and its semáforo word, the institution's to the corte, and the Realizado
 * still to report, row by row with their cells. Every line is safe to print (safeText.ts): cell text
 * can hold terminal controls.
 */

export interface ReportTextOptions {
  /** The workbook as the planner named it, for hints that repeat the command (`npx poa validate "FILE" …`). */
  file?: string;
}

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

function* unsafeLines(report: Report, lang: Lang, options: ReportTextOptions): Generator<string> {
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
  if ((report.catalog === "none" || report.catalog === "ids") && options.file !== undefined) yield t.catalogHint(options.file);

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
      // Listed once, compactly by row, in the Seguimiento section: not a second time here, one long line per month.
      if (code === "REPORT_MISSING" && report.reportMonth !== undefined) {
        yield `    ${t.monitoring.listedBelow}`;
        continue;
      }
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
  if (isMonitored(report)) yield* monitoringLines(report, lang);
}

/** The Seguimiento section (§9): present only where the matrix has Realizado cells. */
function* monitoringLines(report: MonitoredReport, lang: Lang): Generator<string> {
  const t = cliText(lang).report.monitoring;
  const corte = report.reportMonth;
  yield "";
  yield t.heading(corteSpan(lang, corte), corte, report.corteSource);
  const thresholds = report.thresholds;
  yield `  ${t.thresholds(percentText(lang, thresholds.cumplido), percentText(lang, thresholds.enRiesgo))}`;
  for (const note of report.notes ?? []) yield `  ${note}`;

  if (report.objectives.length > 0) {
    const head = [t.objective, ...TABLE_PERIODS.map((p) => (p === "year" ? t.year : p))];
    const lines = report.objectives.map((o) => [o.id, ...TABLE_PERIODS.map((p) => percentText(lang, o.compliance[p])), statusWord(lang, o.status)]);
    const widths = head.map((h, k) => widest([h, ...lines.map((l) => l[k])]));
    const row = (cells: string[]) => `  ${cells.map((c, k) => (k < widths.length ? c.padEnd(widths[k]) : c)).join("  ")}`.trimEnd();
    yield "";
    yield row([...head, t.status]);
    for (const l of lines) yield row(l);
  }
  const s = report.summary;
  yield "";
  const year = s.compliance.year;
  yield `  ${t.institution(year === null ? null : percentText(lang, year), statusWord(lang, s.status))}`;

  // The Realizado still to report, one line per row: its label cell and text, then each month with its cell.
  const missing = new Map<number, Issue[]>();
  let count = 0;
  for (const issue of report.issues) {
    if (issue.code !== "REPORT_MISSING" || !issue.cell) continue;
    const row = parseCell(issue.cell).row + 1;
    const list = missing.get(row);
    if (list) list.push(issue);
    else missing.set(row, [issue]);
    count++;
  }
  yield "";
  if (count === 0) {
    yield `  ${t.noMissing}`;
    return;
  }
  yield `  ${t.missing(count)}`;
  const byRow = new Map(report.results.map((r) => [r.row, r]));
  for (const [row, issues] of missing) {
    const result = byRow.get(row);
    const months = issues.map((i) => `${i.month === undefined ? "?" : MONTH_LABELS[lang][i.month]} ${i.cell}`).join(", ");
    yield `    ${result ? `${result.cell} ${lang === "es" ? `«${shorten(result.text)}»` : `"${shorten(result.text)}"`}` : String(row)}: ${months}`;
  }
}

/** The report's lines, each without its line break, every one safe to print. */
export function* reportLines(report: Report, lang: Lang, options: ReportTextOptions = {}): Generator<string> {
  for (const line of unsafeLines(report, lang, options)) yield terminalSafe(line);
}

export function reportText(report: Report, lang: Lang, options: ReportTextOptions = {}): string {
  return [...reportLines(report, lang, options)].join("\n") + "\n";
}
