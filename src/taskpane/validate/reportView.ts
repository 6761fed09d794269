import { cellPlace } from "../../core/cellPlace";
import { causeText, issueCauses, issueSubject, reportLevel } from "../../core/issueCauses";
import type { Issue, Lang, Report, Severity } from "../../core/model";
import type { Strings } from "../i18n";
import { groupIssues } from "./groupIssues";

/**
 * How a report's issues are shown, as pure state and selectors (tested without React): grouped by
 * cause (the default: what to do once, then its cells) or by objective, and which groups the planner
 * opened in full.
 */
export type Grouping = "cause" | "objective";

export interface ReportViewState {
  grouping: Grouping;
  /** Keys of the groups shown in full. */
  expanded: readonly string[];
}

export type ReportViewAction = { type: "group"; grouping: Grouping } | { type: "expand"; group: string };

export const initialReportView: ReportViewState = { grouping: "cause", expanded: [] };

export function reportViewReducer(state: ReportViewState, action: ReportViewAction): ReportViewState {
  switch (action.type) {
    case "group":
      return action.grouping === state.grouping ? state : { ...state, grouping: action.grouping };
    case "expand":
      return state.expanded.includes(action.group) ? state : { ...state, expanded: [...state.expanded, action.group] };
  }
}

/** A cause lists its first cells, then a button for the rest; an objective its first issues. */
export const FIRST_CELLS = 5;
export const FIRST_ISSUES = 50;

export interface IssueItemView {
  key: string;
  severity: Severity;
  /** Where the issue is, for the button that goes there; null when there is no cell. */
  target: { sheet: string; cell: string } | null;
  /** "celda J11", "hoja Objetivos, celda A6". */
  place: string | null;
  text: string;
}

export interface IssueGroupView {
  key: string;
  title: string;
  /** What to do, said once for the whole group (causes only). */
  advice?: string;
  severity: Severity;
  errors: number;
  warnings: number;
  items: IssueItemView[];
  /** How many more items the "show all" button reveals. */
  hidden: number;
}

function counts(issues: Issue[]): { errors: number; warnings: number; severity: Severity } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors, severity: errors > 0 ? "error" : "warning" };
}

function shown<T>(items: T[], key: string, first: number, state: ReportViewState): { items: T[]; hidden: number } {
  // Hiding one item behind a button saves nothing: a group is cut only when two or more would be hidden.
  if (state.expanded.includes(key) || items.length <= first + 1) return { items, hidden: 0 };
  return { items: items.slice(0, first), hidden: items.length - first };
}

function place(lang: Lang, issue: Issue, report: Report): string | null {
  return issue.cell === null ? null : cellPlace(lang, issue.sheet, issue.cell, report.sheet);
}

/** By cause: the most serious and most frequent first, its advice once, each cell by its row's text. */
export function causeGroups(report: Report, lang: Lang, state: ReportViewState): IssueGroupView[] {
  const level = reportLevel(report);
  return issueCauses(report).map((cause) => {
    const key = `cause:${cause.key}`;
    const text = causeText(cause.key, lang, level);
    const items = cause.issues.map((issue, i) => ({
      key: `${issue.code}-${issue.sheet}-${issue.cell ?? ""}-${i}`,
      severity: issue.severity,
      target: issue.cell === null ? null : { sheet: issue.sheet, cell: issue.cell },
      place: place(lang, issue, report),
      // A cell is named by what it holds for the planner; an issue with nothing more to say keeps its message.
      text: issueSubject(issue, report) ?? issue.message,
    }));
    return { key, title: text.title, advice: text.advice, ...counts(cause.issues), ...shown(items, key, FIRST_CELLS, state) };
  });
}

/** By objective, in catalog order, each issue with its full message. */
export function objectiveGroups(report: Report, t: Strings, lang: Lang, state: ReportViewState): IssueGroupView[] {
  return groupIssues(report, t.generalGroup).map((group) => {
    const key = `objective:${group.key}`;
    const items = group.issues.map((issue, i) => ({
      key: `${issue.code}-${issue.sheet}-${issue.cell ?? ""}-${i}`,
      severity: issue.severity,
      target: issue.cell === null ? null : { sheet: issue.sheet, cell: issue.cell },
      place: place(lang, issue, report),
      text: issue.message,
    }));
    return { key, title: group.title, ...counts(group.issues), ...shown(items, key, FIRST_ISSUES, state) };
  });
}
