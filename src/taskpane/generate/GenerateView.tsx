import { Button, Field, Input } from "@fluentui/react-components";
import { ActionBar } from "../ActionBar";
import { Notice } from "../Notice";
import { ProgressLine } from "../ProgressLine";
import { ScaffoldNoticeView } from "../ScaffoldNoticeView";
import { ConflictDialog } from "./ConflictDialog";
import { useGenerateStyles } from "./Generate.styles";
import { useViewStyles } from "../View.styles";
import { ObjectiveRows } from "./ObjectiveRows";
import { ResultRows } from "./ResultRows";
import { MAX_YEAR, MIN_YEAR } from "../../core/year";
import { useGenerate } from "./useGenerate";

/** Screen 1: edit the template, then write the workbook's three sheets. */
export function GenerateView() {
  const g = useGenerate();
  const { t, draft, edit, problems } = g;
  const styles = useGenerateStyles();
  const shared = useViewStyles();
  const percent = Math.round(g.progress * 10) * 10;

  return (
    <>
      <form
        className={shared.view}
        aria-labelledby="generate-heading"
        // The pane's own messages, in the planner's language, rather than the browser's validation bubbles.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          g.generate();
        }}
      >
        <h2 id="generate-heading" className={shared.heading}>
          {t.generateHeading}
        </h2>
        <p className={shared.intro}>{t.generateIntro}</p>
        <Field label={t.yearLabel} validationMessage={problems?.year} validationState={problems?.year ? "error" : "none"}>
          <Input
            type="number"
            inputMode="numeric"
            min={MIN_YEAR}
            max={MAX_YEAR}
            value={draft.year}
            onChange={(_, data) => edit.setYear(data.value)}
          />
        </Field>
        <Field
          label={t.institutionLabel}
          validationMessage={problems?.institution}
          validationState={problems?.institution ? "error" : "none"}
        >
          <Input value={draft.institution} onChange={(_, data) => edit.setInstitution(data.value)} />
        </Field>
        <ObjectiveRows
          t={t}
          objectives={draft.objectives}
          problems={problems}
          onChange={edit.setObjective}
          onAdd={edit.addObjective}
          onRemove={edit.removeObjective}
        />
        <ResultRows
          t={t}
          results={draft.results}
          objectives={draft.objectives}
          problems={problems}
          onChange={edit.setResult}
          onAdd={edit.addResult}
          onRemove={edit.removeResult}
        />
        <ActionBar
          label={t.actionsLabel}
          status={
            <>
              {g.invalidAttempt && <Notice intent="error">{t.draftInvalid}</Notice>}
              {g.writing && (
                <Field label={t.writing} validationMessage={t.progressText(percent)} validationState="none">
                  {(field) => <ProgressLine {...field} value={g.progress} max={1} />}
                </Field>
              )}
              <ScaffoldNoticeView t={t} notice={g.notice} />
            </>
          }
        >
          <Button type="submit" appearance="primary" disabled={!g.canGenerate}>
            {t.generateButton}
          </Button>
        </ActionBar>
      </form>
      {/* Outside the form: React events bubble through portals, and the dialog's own submit must not generate. */}
      <ConflictDialog t={t} conflict={g.conflict} onConfirm={g.confirmConflict} onCancel={g.cancelConflict} />
    </>
  );
}
