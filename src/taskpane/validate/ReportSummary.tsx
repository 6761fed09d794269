import type { Report } from "../../core/model";
import type { Strings } from "../i18n";
import { useValidateStyles } from "./Validate.styles";

/** The report's headline figures, as a definition list so each number is read with its name. */
export function ReportSummary({ t, report }: { t: Strings; report: Report }) {
  const styles = useValidateStyles();
  const { summary } = report;
  // Which sheet was read, and whether it is hidden (§3 v2); where the objectives came from, and coverage only where there is a catalog.
  const rows: [string, string][] = [
    [t.summarySheet, report.hidden ? t.summaryHidden(report.sheet) : report.sheet],
    [t.summaryYear, report.year === null ? t.summaryNoYear : String(report.year)],
    [t.summaryCatalog, t.catalogSource[report.catalog]],
    ...(report.catalog === "none" ? [] : [[t.summaryCovered, `${summary.objectivesCovered}/${summary.objectivesTotal}`] as [string, string]]),
    [t.summaryErrors, String(summary.errors)],
    [t.summaryWarnings, String(summary.warnings)],
  ];
  return (
    <dl className={styles.summary}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
