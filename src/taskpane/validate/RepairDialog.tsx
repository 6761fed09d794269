import { Button } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { DialogActions, ModalDialog } from "../ModalDialog";
import type { RepairPlan } from "./repairPlan";
import { useValidateStyles } from "./Validate.styles";

interface RepairDialogProps {
  t: Strings;
  pending: RepairPlan["unsafe"] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Lists every change a non-safe fix would make before anything is written; focus starts on Cancel. */
export function RepairDialog({ t, pending, onConfirm, onCancel }: RepairDialogProps) {
  const styles = useValidateStyles();
  return (
    <ModalDialog open={pending !== null} title={t.repairTitle} onDismiss={onCancel}>
      <p className={styles.intro}>{t.repairIntro}</p>
      <ul className={styles.changeList}>
        {(pending ?? []).map(({ fix, message }) => {
          const where = `${fix.sheet}!${fix.cell}`;
          return (
            <li key={where}>
              <strong>{fix.value === null ? t.repairClear(where) : t.repairSetTo(where, fix.value)}</strong> — {message}
            </li>
          );
        })}
      </ul>
      <DialogActions>
        <Button appearance="primary" onClick={onConfirm}>
          {t.repairConfirm}
        </Button>
        <Button data-autofocus onClick={onCancel}>
          {t.cancel}
        </Button>
      </DialogActions>
    </ModalDialog>
  );
}
