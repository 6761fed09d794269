import { Button, Field } from "@fluentui/react-components";
import { NativeTextarea } from "../NativeTextarea";
import { NativeSelect } from "../NativeSelect";
import type { Strings } from "../i18n";
import type { DraftProblems, ObjectiveDraft, ResultDraft } from "./templateDraft";
import { useGenerateStyles } from "./Generate.styles";
import { useViewStyles } from "../View.styles";

interface ResultRowsProps {
  t: Strings;
  results: ResultDraft[];
  objectives: ObjectiveDraft[];
  problems?: DraftProblems;
  onChange: (key: string, field: "text" | "objectiveKey", value: string) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

export function ResultRows({ t, results, objectives, problems, onChange, onAdd, onRemove }: ResultRowsProps) {
  const styles = useGenerateStyles();
  const shared = useViewStyles();
  return (
    <section aria-labelledby="results-heading" className={shared.column}>
      <h3 id="results-heading" className={shared.subheading}>
        {t.resultsHeading}
      </h3>
      <ol className={styles.list}>
        {results.map((result, i) => {
          const rowProblems = problems?.result[result.key];
          return (
            <li key={result.key} className={styles.row}>
              <Field
                label={t.resultTextLabel(i + 1)}
                validationMessage={rowProblems?.text}
                validationState={rowProblems?.text ? "error" : "none"}
              >
                {(fieldProps) => (
                  <NativeTextarea
                    {...fieldProps}
                    value={result.text}
                    onChange={(event) => onChange(result.key, "text", event.target.value)}
                  />
                )}
              </Field>
              <Field
                label={t.resultObjectiveLabel(i + 1)}
                validationMessage={rowProblems?.objective}
                validationState={rowProblems?.objective ? "error" : "none"}
              >
                {(fieldProps) => (
                <NativeSelect
                  {...fieldProps}
                  value={result.objectiveKey}
                  onChange={(event) => onChange(result.key, "objectiveKey", event.target.value)}
                >
                  <option value="">{t.chooseObjective}</option>
                  {objectives.map((objective) => (
                    <option key={objective.key} value={objective.key}>
                      {objective.id.trim() || "?"}
                      {objective.text.trim() ? ` — ${shorten(objective.text.trim())}` : ""}
                    </option>
                  ))}
                </NativeSelect>
                )}
              </Field>
              <div className={styles.rowActions}>
                <Button size="small" onClick={() => onRemove(result.key)}>
                  {t.removeResult(i + 1)}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button onClick={onAdd}>{t.addResult}</Button>
      </div>
    </section>
  );
}

/** Objective texts are long sentences; the picker shows their start so the pane stays narrow. */
function shorten(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}
