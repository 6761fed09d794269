import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetNames } from "../../excel/shell";
import type { Strings } from "../i18n";
import { DialogActions, ModalDialog } from "../ModalDialog";
import { SHEET_KEYS, sheetNameProblem, type SheetKey } from "./sheetNames";
import type { PendingConflict } from "../useScaffoldWithConflicts";
import { useGenerateStyles } from "./Generate.styles";
import { useViewStyles } from "../View.styles";

interface ConflictDialogProps {
  t: Strings;
  conflict: PendingConflict | null;
  onConfirm: (names: Partial<SheetNames>) => void;
  onCancel: () => void;
}

/** Asks for new sheet names where sheets exist already; cancelling writes nothing. */
export function ConflictDialog({ t, conflict, onConfirm, onCancel }: ConflictDialogProps) {
  return (
    <ModalDialog open={conflict !== null} title={t.conflictTitle} onDismiss={onCancel}>
      {conflict && (
        <ConflictForm key={conflict.existing.join("\n")} t={t} conflict={conflict} onConfirm={onConfirm} onCancel={onCancel} />
      )}
    </ModalDialog>
  );
}

function ConflictForm({ t, conflict, onConfirm, onCancel }: ConflictDialogProps & { conflict: PendingConflict }) {
  const styles = useGenerateStyles();
  const shared = useViewStyles();
  const [chosen, setChosen] = useState<Partial<Record<SheetKey, string>>>(() =>
    Object.fromEntries(conflict.entries.map((e) => [e.key, e.suggestion])),
  );
  // The names every sheet would get; a new name must differ from the existing sheets and from the others.
  const finalName = (key: SheetKey) => chosen[key] ?? conflict.names[key];
  const problemOf = (key: SheetKey) =>
    sheetNameProblem(
      finalName(key),
      t,
      conflict.existing,
      SHEET_KEYS.filter((k) => k !== key).map(finalName),
    );
  const valid = conflict.entries.length > 0 && conflict.entries.every((e) => problemOf(e.key) === undefined);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        if (!valid) return;
        onConfirm(Object.fromEntries(conflict.entries.map((e) => [e.key, finalName(e.key).trim()])));
      }}
    >
      <div className={styles.nameList}>
          <p className={shared.intro}>{t.conflictIntro}</p>
          {conflict.unknown.map((name) => (
            <p key={name} className={shared.intro}>
              {t.conflictExists(name)}
            </p>
          ))}
          {conflict.entries.map((entry) => {
            const problem = problemOf(entry.key);
            return (
              <Field
                key={entry.key}
                label={t.conflictNewName(entry.name)}
                hint={t.conflictExists(entry.name)}
                validationMessage={problem}
                validationState={problem ? "error" : "none"}
              >
                <Input
                  value={chosen[entry.key] ?? ""}
                  onChange={(_, data) => setChosen((c) => ({ ...c, [entry.key]: data.value }))}
                />
              </Field>
            );
          })}
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={!valid}>
            {t.conflictConfirm}
          </Button>
          <Button onClick={onCancel}>{t.cancel}</Button>
        </DialogActions>
      </div>
    </form>
  );
}
