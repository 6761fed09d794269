import type { Issue, Report } from "../../core/model";

export interface IssueGroup {
  /** Objective id, or "" for the issues that belong to none. */
  key: string;
  title: string;
  issues: Issue[];
  errors: number;
  warnings: number;
}

/** Issues by objective, in catalog order, then objectives the catalog lacks, then the general ones last. */
export function groupIssues(report: Report, generalTitle: string): IssueGroup[] {
  const byKey = new Map<string, Issue[]>();
  for (const issue of report.issues) {
    const key = issue.objective ?? "";
    const list = byKey.get(key);
    if (list) list.push(issue);
    else byKey.set(key, [issue]);
  }
  const order = [
    ...report.objectives.map((o) => o.id).filter((id) => byKey.has(id)),
    ...[...byKey.keys()].filter((k) => k !== "" && !report.objectives.some((o) => o.id === k)),
    ...(byKey.has("") ? [""] : []),
  ];
  return order.map((key) => {
    const issues = byKey.get(key) as Issue[];
    const objective = report.objectives.find((o) => o.id === key);
    return {
      key,
      title: key === "" ? generalTitle : objective ? `${key} — ${objective.text}` : key,
      issues,
      errors: issues.filter((i) => i.severity === "error").length,
      warnings: issues.filter((i) => i.severity === "warning").length,
    };
  });
}
