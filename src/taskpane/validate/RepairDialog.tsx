import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { RepairPlan } from "./repairPlan";

interface RepairDialogProps {
  t: Strings;
  pending: RepairPlan["unsafe"] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Lists every change a non-safe fix would make before anything is written. */
export function RepairDialog({ t, pending, onConfirm, onCancel }: RepairDialogProps) {
  return (
    <Dialog modalType="alert" open={pending !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.repairTitle}</DialogTitle>
          <DialogContent>
            <p>{t.repairIntro}</p>
            <ul>
              {(pending ?? []).map(({ fix, message }) => {
                const where = `${fix.sheet}!${fix.cell}`;
                return (
                  <li key={where}>
                    {fix.value === null ? t.repairClear(where) : t.repairSetTo(where, fix.value)} — {message}
                  </li>
                );
              })}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.repairConfirm}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
