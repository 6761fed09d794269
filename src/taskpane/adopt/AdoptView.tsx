import { Button, Field, Input } from "@fluentui/react-components";
import { reportLevel } from "../../core/issueCauses";
import { rowNouns } from "../../core/messages";
import { ActionBar } from "../ActionBar";
import { BusyField } from "../BusyField";
import { ConflictDialog } from "../generate/ConflictDialog";
import { MAX_YEAR, MIN_YEAR } from "../../core/year";
import { Notice } from "../Notice";
import { ScaffoldNoticeView } from "../ScaffoldNoticeView";
import { InstitutionObjectives, needsCatalog } from "../validate/InstitutionObjectives";
import { ReportBody } from "../validate/ReportBody";
import { useValidateStyles } from "../validate/Validate.styles";
import { useViewStyles } from "../View.styles";
import { useAdopt } from "./useAdopt";

/** Ids of this screen's report, apart from the Validar screen's (both stay mounted). */
const ID_PREFIX = "adopt-";
const COPY_FORM = "adopt-copy-form";

/** Screen 3: read the sheet the planner is on, whatever its layout, and copy its plan to a new managed matrix. */
export default function AdoptView() {
  const a = useAdopt();
  const { t, outcome, report, template } = a;
  const styles = useValidateStyles();
  const shared = useViewStyles();
  const rows = rowNouns(a.lang, report ? reportLevel(report) : "result");

  return (
    <div className={shared.view}>
      <h2 className={shared.heading}>{t.adoptHeading}</h2>
      <p className={shared.intro}>{t.adoptIntro}</p>
      {outcome && (
        <section aria-labelledby="adopt-report-heading" className={shared.column}>
          <h3 id="adopt-report-heading" ref={a.resultsHeading} tabIndex={-1} className={shared.subheading}>
            {t.adoptReportHeading}
          </h3>
          {!outcome.ok && (
            <Notice intent="warning" title={t.notFoundTitle}>
              {outcome.notFound.message}
            </Notice>
          )}
          {outcome.notes?.map((note) => (
            <Notice key={note} intent="warning">
              {note}
            </Notice>
          ))}
          {report && template && (
            <ReportBody t={t} lang={a.lang} report={report} onSelect={a.selectCell} idPrefix={ID_PREFIX}>
              {needsCatalog(report) && (
                <InstitutionObjectives key={report.sheet} t={t} initial={report.objectives} action={t.givenAdopt} disabled={!a.canRead} onUse={a.readWith} idPrefix={ID_PREFIX} />
              )}
              <form
                id={COPY_FORM}
                aria-labelledby="adopt-copy-heading"
                className={shared.column}
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  a.copy();
                }}
              >
                <h3 id="adopt-copy-heading" className={shared.subheading}>
                  {t.adoptCopy}
                </h3>
                <p className={shared.intro}>
                  {template.results.length === 0 ? t.adoptNoRows : t.adoptPlan(rows, template.results.length, template.objectives.length)}
                </p>
                {a.unmapped > 0 && <p className={shared.intro}>{t.adoptUnmapped(rows, a.unmapped)}</p>}
                <Field label={t.yearLabel} validationMessage={a.yearProblem} validationState={a.yearProblem ? "error" : "none"}>
                  <Input type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} value={a.year} onChange={(_, d) => a.setYear(d.value)} />
                </Field>
                <Field label={t.institutionLabel}>
                  <Input value={a.institution} onChange={(_, d) => a.setInstitution(d.value)} />
                </Field>
              </form>
            </ReportBody>
          )}
        </section>
      )}
      <ActionBar
        label={t.actionsLabel}
        status={
          <>
            {a.reading && <BusyField label={t.adoptReading} />}
            {a.writing && <BusyField label={t.writing} />}
            <ScaffoldNoticeView t={t} notice={a.notice} />
          </>
        }
      >
        {/* Once a sheet is read, copying it is what comes next; reading again stays at hand. Keyed, so the
            read button never turns into the copy button under the click that read (a fast read re-renders
            before the click's default action, which would then submit the copy). */}
        {report && template ? (
          <>
            <Button key="copy" type="submit" form={COPY_FORM} appearance="primary" disabled={!a.canCopy}>
              {t.adoptCopy}
            </Button>
            <Button key="read" disabled={!a.canRead} onClick={a.read}>
              {t.adoptReadAgain}
            </Button>
          </>
        ) : (
          <Button key="read" appearance="primary" disabled={!a.canRead} onClick={a.read}>
            {t.adoptReadButton}
          </Button>
        )}
      </ActionBar>
      {/* Outside the form: React events bubble through portals, and the dialog's own submit must not copy. */}
      <ConflictDialog t={t} conflict={a.conflict} onConfirm={a.confirmConflict} onCancel={a.cancelConflict} />
    </div>
  );
}
