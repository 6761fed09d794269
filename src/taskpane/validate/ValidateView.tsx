import { Button } from "@fluentui/react-components";
import { ActionBar } from "../ActionBar";
import { BusyField } from "../BusyField";
import { Notice } from "../Notice";
import type { ViewProps } from "../ViewPanel";
import { InstitutionObjectives, needsCatalog } from "./InstitutionObjectives";
import { RepairDialog } from "./RepairDialog";
import { ReportBody } from "./ReportBody";
import { useValidate } from "./useValidate";
import { useValidateStyles } from "./Validate.styles";
import { useViewStyles } from "../View.styles";

/** Screen 2: validate the plan, go to each issue's cell, repair what can be repaired. */
export default function ValidateView({ runAtStart }: ViewProps) {
  const v = useValidate(runAtStart);
  const { t, report, outcome } = v;
  const styles = useValidateStyles();
  const shared = useViewStyles();

  return (
    <div className={shared.view}>
      <h2 className={shared.heading}>{t.validateHeading}</h2>
      <p className={shared.intro}>{t.validateIntro}</p>
      {outcome && (
        <section aria-labelledby="report-heading" className={shared.column}>
          <h3 id="report-heading" ref={v.resultsHeading} tabIndex={-1} className={shared.subheading}>
            {t.resultsHeadingReport}
          </h3>
          {!outcome.ok && (
            <Notice intent="warning" title={t.notFoundTitle}>
              {outcome.notFound.message}
            </Notice>
          )}
          {report && <ReportBody t={t} lang={v.lang} report={report} onSelect={v.selectCell} />}
          {report && needsCatalog(report) && (
            <InstitutionObjectives key={report.sheet} t={t} initial={report.objectives} action={t.givenValidate} disabled={!v.canValidate} onUse={v.validateWith} />
          )}
        </section>
      )}
      <ActionBar
        label={t.actionsLabel}
        status={
          <>
            {v.running && <BusyField label={t.validating} />}
            {v.repaired && <Notice intent="success">{t.repaired(v.repaired.applied, v.repaired.skipped)}</Notice>}
          </>
        }
      >
        <Button appearance="primary" disabled={!v.canValidate} onClick={v.validate}>
          {t.validateButton}
        </Button>
        <Button disabled={!v.canRepair} onClick={v.repair}>
          {v.fixCount > 0 ? t.repairButton(v.fixCount) : t.repairNothing}
        </Button>
      </ActionBar>
      <RepairDialog t={t} lang={v.lang} pending={v.pendingUnsafe} onConfirm={v.confirmUnsafe} onCancel={v.cancelUnsafe} />
    </div>
  );
}
