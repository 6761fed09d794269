import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue } from "../../core/model";
import type { Strings } from "../i18n";
import type { IssueGroup } from "./groupIssues";
import { useValidateStyles } from "./Validate.styles";

/** A real POA can raise hundreds of issues; each group shows its first ones until asked for all. */
const FIRST_SHOWN = 50;

interface IssueGroupsProps {
  t: Strings;
  groups: IssueGroup[];
  onSelect: (sheet: string, cell: string) => void;
  /** Keeps ids unique where two reports are on the page (Validar and Adoptar). */
  idPrefix?: string;
}

export function IssueGroups({ t, groups, onSelect, idPrefix = "" }: IssueGroupsProps) {
  const styles = useValidateStyles();
  return (
    <section aria-labelledby={`${idPrefix}issues-heading`} className={styles.root}>
      <h3 id={`${idPrefix}issues-heading`} className={styles.subheading}>
        {t.issuesHeading}
      </h3>
      {groups.map((group) => (
        <IssueGroupView key={group.key} t={t} group={group} onSelect={onSelect} idPrefix={idPrefix} />
      ))}
    </section>
  );
}

function IssueGroupView({ t, group, onSelect, idPrefix }: { t: Strings; group: IssueGroup; onSelect: IssueGroupsProps["onSelect"]; idPrefix: string }) {
  const styles = useValidateStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.issues : group.issues.slice(0, FIRST_SHOWN);
  const headingId = `${idPrefix}issues-group-${group.key || "general"}`;
  return (
    <section aria-labelledby={headingId} className={styles.group} data-testid={`${idPrefix}group-${group.key || "general"}`}>
      <h4 id={headingId} className={styles.subheading}>
        {group.title} <span className={styles.groupCounts}>({t.groupCounts(group.errors, group.warnings)})</span>
      </h4>
      <ul className={styles.list}>
        {shown.map((issue, i) => (
          <li key={`${issue.code}-${issue.cell ?? ""}-${i}`}>
            <IssueItem t={t} issue={issue} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {shown.length < group.issues.length && (
        <div>
          <Button size="small" onClick={() => setShowAll(true)}>
            {t.showAll(group.issues.length)}
          </Button>
        </div>
      )}
    </section>
  );
}

function IssueItem({ t, issue, onSelect }: { t: Strings; issue: Issue; onSelect: IssueGroupsProps["onSelect"] }) {
  const styles = useValidateStyles();
  const severity = (
    <span className={issue.severity === "error" ? styles.error : styles.warning}>
      {issue.severity === "error" ? t.severityError : t.severityWarning}:
    </span>
  );
  const cell = issue.cell;
  if (cell === null) {
    return (
      <p className={styles.issueText}>
        {severity} {issue.message}
      </p>
    );
  }
  return (
    <Button appearance="subtle" className={styles.issueButton} onClick={() => onSelect(issue.sheet, cell)}>
      <span>
        {severity} {issue.message} <span className={styles.cell}>({t.goToCell(cell)})</span>
      </span>
    </Button>
  );
}
