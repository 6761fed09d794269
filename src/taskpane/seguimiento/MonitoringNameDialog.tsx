import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { sheetNameProblem } from "../generate/sheetNames";
import type { Strings } from "../i18n";
import { DialogActions, ModalDialog } from "../ModalDialog";
import type { NameConflict } from "./seguimientoState";
import type { SeguimientoStrings } from "./seguimientoText";
import { useViewStyles } from "../View.styles";

interface MonitoringNameDialogProps {
  t: Strings;
  s: SeguimientoStrings;
  conflict: NameConflict | null;
  onConfirm: (name: string) => void;
  onCancel: () => void;
}

/** *Agregar seguimiento* found its sheet's name taken: another name (a free one suggested), or cancel and nothing is written. */
export function MonitoringNameDialog({ t, s, conflict, onConfirm, onCancel }: MonitoringNameDialogProps) {
  return (
    <ModalDialog open={conflict !== null} title={s.nameTitle} onDismiss={onCancel}>
      {conflict && <NameForm key={conflict.taken.join("\n")} t={t} s={s} conflict={conflict} onConfirm={onConfirm} onCancel={onCancel} />}
    </ModalDialog>
  );
}

function NameForm({ t, s, conflict, onConfirm, onCancel }: MonitoringNameDialogProps & { conflict: NameConflict }) {
  const shared = useViewStyles();
  const [name, setName] = useState(conflict.suggestion);
  const problem = sheetNameProblem(name, t, conflict.taken, []);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        if (problem === undefined) onConfirm(name.trim());
      }}
    >
      <div className={shared.column}>
        {conflict.taken.map((taken) => (
          <p key={taken} className={shared.intro}>
            {t.conflictExists(taken)}
          </p>
        ))}
        <Field label={s.nameLabel} validationMessage={problem} validationState={problem ? "error" : "none"}>
          <Input value={name} data-autofocus onChange={(_, data) => setName(data.value)} />
        </Field>
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={problem !== undefined}>
            {s.nameConfirm}
          </Button>
          <Button onClick={onCancel}>{t.cancel}</Button>
        </DialogActions>
      </div>
    </form>
  );
}
