import type { Report } from "../../core/model";
import type { Strings } from "../i18n";
import { useValidateStyles } from "./Validate.styles";

/** The report's headline figures, as a definition list so each number is read with its name. */
export function ReportSummary({ t, report }: { t: Strings; report: Report }) {
  const styles = useValidateStyles();
  const { summary } = report;
  const rows: [string, string][] = [
    [t.summarySheet, report.sheet],
    [t.summaryYear, report.year === null ? t.summaryNoYear : String(report.year)],
    [t.summaryCovered, `${summary.objectivesCovered}/${summary.objectivesTotal}`],
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
