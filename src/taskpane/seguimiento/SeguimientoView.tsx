import { Button, Field, mergeClasses } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { statusWord } from "../../core/messages";
import type { SemaforoStatus } from "../../core/model";
import { isMonitored } from "../../core/monitoring/semaforo";
import { ActionBar } from "../ActionBar";
import { BusyField } from "../BusyField";
import { NativeSelect } from "../NativeSelect";
import { Notice } from "../Notice";
import { IssueGroup } from "../validate/IssueGroups";
import { useValidateStyles } from "../validate/Validate.styles";
import { useViewStyles } from "../View.styles";
import { MonitoringNameDialog } from "./MonitoringNameDialog";
import { Figure, SemaforoLegend, SemaforoTable, STATUSES } from "./SemaforoTable";
import { useSeguimientoStyles } from "./Seguimiento.styles";
import { corteOptions, monitoringView, noticeIntent, noticeText, primaryAction, reportOf, shownCorte } from "./seguimientoState";
import { seguimientoText } from "./seguimientoText";
import { useSeguimiento } from "./useSeguimiento";

/**
 * Screen 4, Seguimiento (contract §9): the corte picker, the semáforo per objective and quarter, the
 * institution's figure, the thresholds and notes, and every Realizado to report one click from its cell;
 * where the matrix has no Realizado, *Agregar seguimiento* on the add-in's matrix, else what Realizado
 * columns look like. It evaluates when first opened (so it takes no `runAtStart`).
 */
export default function SeguimientoView() {
  const v = useSeguimiento();
  const { t, lang, state } = v;
  const s = seguimientoText(lang);
  const styles = useSeguimientoStyles();
  const shared = useViewStyles();
  const validateStyles = useValidateStyles();
  const report = reportOf(state);
  const view = useMemo(() => monitoringView(report, lang, s, state.view), [report, lang, s, state.view]);
  const words = useMemo(() => Object.fromEntries(STATUSES.map((status) => [status, statusWord(lang, status)])) as Record<SemaforoStatus, string>, [lang]);
  const action = primaryAction(state);
  const corte = shownCorte(state);
  const notice = state.running === null ? noticeText(state.notice, lang, s, t.notFoundTitle) : null;

  // Every outcome is brought into view where the planner looks: just above the action bar's buttons.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.noticeCount > 0) noticeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [state.noticeCount]);

  return (
    <div className={shared.view}>
      <h2 className={shared.heading}>{s.heading}</h2>
      <p className={shared.intro}>{s.intro}</p>
      <Field label={s.corteLabel} hint={view ? s.corteHint(view.span, view.source) : undefined}>
        {(fieldProps) => (
          <NativeSelect {...fieldProps} value={corte ?? ""} disabled={!v.canAct || !isMonitored(report)} onChange={(event) => v.pick(Number(event.target.value))}>
            {corte === null && <option value="">—</option>}
            {corteOptions(t.months, s.corteNone).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {state.outcome && !state.outcome.ok && (
        <Notice intent="warning" title={t.notFoundTitle}>
          {state.outcome.notFound.message}
        </Notice>
      )}
      {report && !view && <Notice intent="info">{state.outcome?.addinMatrix ? s.noRealizadoAddin(report.sheet) : s.noRealizadoOther(report.sheet)}</Notice>}
      {view && (
        <>
          <section aria-labelledby="semaforo-heading" className={shared.column}>
            <h3 id="semaforo-heading" className={shared.subheading}>
              {s.tableHeading}
            </h3>
            {view.rows.length > 0 ? <SemaforoTable s={s} rows={view.rows} /> : <p className={shared.intro}>{s.noObjectives}</p>}
            <SemaforoLegend s={s} words={words} />
            <dl className={styles.summary}>
              <dt className={styles.term}>{s.institution}</dt>
              <dd className={styles.value}>
                <span className={mergeClasses(styles.figure, styles[view.institution.status])}>
                  <Figure figure={view.institution} withWord />
                </span>
              </dd>
              <dt className={styles.term}>{s.thresholdsLabel}</dt>
              <dd className={styles.value}>{view.thresholds}</dd>
            </dl>
            {view.notes.map((note) => (
              <Notice key={note} intent="warning">
                {note}
              </Notice>
            ))}
          </section>
          <section aria-labelledby="realizado-heading" className={shared.column}>
            <h3 id="realizado-heading" className={shared.subheading}>
              {s.issuesHeading}
            </h3>
            {view.groups.length === 0 ? (
              <Notice intent="success">{s.noMissing}</Notice>
            ) : (
              <div className={validateStyles.group}>
                {view.groups.map((group) => (
                  <IssueGroup key={group.key} t={t} group={group} onExpand={(g) => v.dispatch({ type: "expand", group: g })} onSelect={v.selectCell} idPrefix="seguimiento-" />
                ))}
              </div>
            )}
          </section>
        </>
      )}
      <ActionBar
        label={t.actionsLabel}
        status={
          <div ref={noticeRef}>
            {state.running === "evaluate" && <BusyField label={s.evaluating} />}
            {state.running === "add" && <BusyField label={s.adding} />}
            {notice !== null && state.notice && <Notice intent={noticeIntent(state.notice)}>{notice}</Notice>}
          </div>
        }
      >
        {action === "add" && (
          <Button appearance="primary" disabled={!v.canAct} onClick={v.add}>
            {s.addMonitoring}
          </Button>
        )}
        <Button appearance={action === "evaluate" ? "primary" : "secondary"} disabled={!v.canAct} onClick={v.evaluate}>
          {s.evaluate}
        </Button>
      </ActionBar>
      <MonitoringNameDialog t={t} s={s} conflict={state.conflict} onConfirm={v.confirmName} onCancel={v.cancelName} />
    </div>
  );
}
