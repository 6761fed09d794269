import { Button } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { Grouping, IssueGroupView, IssueItemView } from "./reportView";
import { useValidateStyles } from "./Validate.styles";
import { useViewStyles } from "../View.styles";

interface IssueGroupsProps {
  t: Strings;
  grouping: Grouping;
  groups: IssueGroupView[];
  onGroup: (grouping: Grouping) => void;
  onExpand: (group: string) => void;
  onSelect: (sheet: string, cell: string) => void;
  /** Keeps ids unique where two reports are on the page (Validar and Adoptar). */
  idPrefix?: string;
}

/** The report's problems, by cause or by objective; every cell one click from its place in Excel. */
export function IssueGroups({ t, grouping, groups, onGroup, onExpand, onSelect, idPrefix = "" }: IssueGroupsProps) {
  const styles = useValidateStyles();
  const shared = useViewStyles();
  return (
    <section aria-labelledby={`${idPrefix}issues-heading`} className={shared.column}>
      <h3 id={`${idPrefix}issues-heading`} className={shared.subheading}>
        {t.issuesHeading}
      </h3>
      <div role="group" aria-label={t.groupBy} className={styles.actions}>
        {(["cause", "objective"] as const).map((g) => (
          <Button key={g} size="small" appearance={grouping === g ? "primary" : "secondary"} aria-pressed={grouping === g} onClick={() => onGroup(g)}>
            {g === "cause" ? t.byCause : t.byObjective}
          </Button>
        ))}
      </div>
      {groups.map((group) => (
        <IssueGroup key={group.key} t={t} group={group} onExpand={onExpand} onSelect={onSelect} idPrefix={idPrefix} />
      ))}
    </section>
  );
}

interface IssueGroupProps {
  t: Strings;
  group: IssueGroupView;
  onExpand: (group: string) => void;
  onSelect: (sheet: string, cell: string) => void;
  idPrefix: string;
}

/** One group: its title and counts, its advice once (causes), its items as buttons to their cells. */
export function IssueGroup({ t, group, onExpand, onSelect, idPrefix }: IssueGroupProps) {
  const styles = useValidateStyles();
  const shared = useViewStyles();
  const headingId = `${idPrefix}group-${group.key.replace(/[^\w-]/g, "_")}`;
  const total = group.items.length + group.hidden;
  return (
    <section aria-labelledby={headingId} className={styles.group} data-testid={`${idPrefix}group-${group.key}`}>
      <h4 id={headingId} className={shared.subheading}>
        {group.advice !== undefined && <Severity t={t} severity={group.severity} />}
        {group.title}{" "}
        <span className={styles.groupCounts}>
          ({group.advice !== undefined ? t.causeCount(total) : t.groupCounts(group.errors, group.warnings)})
        </span>
      </h4>
      {group.advice !== undefined && <p className={styles.advice}>{group.advice}</p>}
      <ul className={styles.list}>
        {group.items.map((item) => (
          <li key={item.key}>
            <IssueItem t={t} item={item} showSeverity={group.advice === undefined} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {group.hidden > 0 && (
        <div>
          <Button size="small" onClick={() => onExpand(group.key)}>
            {group.advice !== undefined ? t.showAllCells(total) : t.showAll(total)}
          </Button>
        </div>
      )}
    </section>
  );
}

function Severity({ t, severity }: { t: Strings; severity: IssueItemView["severity"] }) {
  const styles = useValidateStyles();
  return (
    <span className={severity === "error" ? styles.error : styles.warning}>
      {severity === "error" ? t.severityError : t.severityWarning}:{" "}
    </span>
  );
}

function IssueItem({ t, item, showSeverity, onSelect }: { t: Strings; item: IssueItemView; showSeverity: boolean; onSelect: IssueGroupsProps["onSelect"] }) {
  const styles = useValidateStyles();
  const severity = showSeverity ? <Severity t={t} severity={item.severity} /> : null;
  const target = item.target;
  if (target === null || item.place === null) {
    return (
      <p className={styles.issueText}>
        {severity}
        {item.text}
      </p>
    );
  }
  return (
    <Button appearance="subtle" className={styles.issueButton} onClick={() => onSelect(target.sheet, target.cell)}>
      <span>
        {severity}
        {showSeverity ? (
          <>
            {item.text} <span className={styles.cell}>({t.goToCell(item.place)})</span>
          </>
        ) : (
          <>
            <span className={styles.place}>{item.place.charAt(0).toUpperCase() + item.place.slice(1)}:</span> {item.text}
          </>
        )}
      </span>
    </Button>
  );
}
