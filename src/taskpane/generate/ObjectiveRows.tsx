import { Button, Field, Input } from "@fluentui/react-components";
import { NativeTextarea } from "../NativeTextarea";
import type { Strings } from "../i18n";
import type { DraftProblems, ObjectiveDraft } from "./templateDraft";
import { useGenerateStyles } from "./Generate.styles";
import { useViewStyles } from "../View.styles";

interface ObjectiveRowsProps {
  t: Strings;
  objectives: ObjectiveDraft[];
  problems?: DraftProblems;
  onChange: (key: string, field: "id" | "text", value: string) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

export function ObjectiveRows({ t, objectives, problems, onChange, onAdd, onRemove }: ObjectiveRowsProps) {
  const styles = useGenerateStyles();
  const shared = useViewStyles();
  return (
    <section aria-labelledby="objectives-heading" className={shared.column}>
      <h3 id="objectives-heading" className={shared.subheading}>
        {t.objectivesHeading}
      </h3>
      {problems?.objectives && (
        <p role="alert" className={shared.intro}>
          {problems.objectives}
        </p>
      )}
      <ol className={styles.list}>
        {objectives.map((objective, i) => {
          const rowProblems = problems?.objective[objective.key];
          return (
            <li key={objective.key} className={styles.row}>
              <Field
                label={t.objectiveIdLabel(i + 1)}
                validationMessage={rowProblems?.id}
                validationState={rowProblems?.id ? "error" : "none"}
              >
                <Input value={objective.id} onChange={(_, data) => onChange(objective.key, "id", data.value)} />
              </Field>
              <Field
                label={t.objectiveTextLabel(i + 1)}
                validationMessage={rowProblems?.text}
                validationState={rowProblems?.text ? "error" : "none"}
              >
                {(fieldProps) => (
                  <NativeTextarea
                    {...fieldProps}
                    value={objective.text}
                    onChange={(event) => onChange(objective.key, "text", event.target.value)}
                  />
                )}
              </Field>
              <div className={styles.rowActions}>
                <Button size="small" onClick={() => onRemove(objective.key)}>
                  {t.removeObjective(i + 1)}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button onClick={onAdd}>{t.addObjective}</Button>
      </div>
    </section>
  );
}
