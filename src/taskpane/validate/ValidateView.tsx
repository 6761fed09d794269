import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { Notice } from "../Notice";
import { useMemo } from "react";
import { heatMapData } from "./heatMapData";
import { HeatMap } from "./HeatMap";
import { IssueGroups } from "./IssueGroups";
import { groupIssues } from "./groupIssues";
import { RepairDialog } from "./RepairDialog";
import { ReportSummary } from "./ReportSummary";
import { useValidate } from "./useValidate";
import { useValidateStyles } from "./useValidateStyles";

/** Screen 2: validate the plan, go to each issue's cell, repair what can be repaired. */
export function ValidateView({ runAtStart }: { runAtStart: boolean }) {
  const v = useValidate(runAtStart);
  const { t, report, outcome } = v;
  const styles = useValidateStyles();
  const groups = useMemo(() => (report ? groupIssues(report, t.generalGroup) : []), [report, t]);
  const heat = useMemo(() => (report ? heatMapData(report) : null), [report]);

  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{t.validateHeading}</h2>
      <p className={styles.intro}>{t.validateIntro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!v.canValidate} onClick={v.validate}>
          {t.validateButton}
        </Button>
        <Button disabled={!v.canRepair} onClick={v.repair}>
          {v.fixCount > 0 ? t.repairButton(v.fixCount) : t.repairNothing}
        </Button>
      </div>
      <div aria-live="polite">
        {v.running && (
          <Field label={t.validating}>
            <ProgressBar />
          </Field>
        )}
        {v.repaired && (
          <Notice intent="success">{t.repaired(v.repaired.applied, v.repaired.skipped)}</Notice>
        )}
      </div>
      {outcome && (
        <section aria-labelledby="report-heading" className={styles.root}>
          <h3 id="report-heading" ref={v.resultsHeading} tabIndex={-1} className={styles.subheading}>
            {t.resultsHeadingReport}
          </h3>
          {!outcome.ok && (
            <Notice intent="warning" title={t.notFoundTitle}>
              {outcome.notFound.message}
            </Notice>
          )}
          {report && (
            <>
              <ReportSummary t={t} report={report} />
              {report.issues.length === 0 ? (
                <Notice intent="success">{t.noIssues}</Notice>
              ) : (
                <IssueGroups t={t} groups={groups} onSelect={v.selectCell} />
              )}
              {heat && <HeatMap t={t} data={heat} />}
            </>
          )}
        </section>
      )}
      <RepairDialog t={t} pending={v.pendingUnsafe} onConfirm={v.confirmUnsafe} onCancel={v.cancelUnsafe} />
    </div>
  );
}
