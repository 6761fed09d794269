import { Button } from "@fluentui/react-components";
import { cellPlace } from "../../core/cellPlace";
import type { Lang } from "../../core/model";
import type { Strings } from "../i18n";
import { DialogActions, ModalDialog } from "../ModalDialog";
import type { RepairPlan } from "./repairPlan";
import { useValidateStyles } from "./Validate.styles";
import { useViewStyles } from "../View.styles";

interface RepairDialogProps {
  t: Strings;
  lang: Lang;
  pending: RepairPlan["unsafe"] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Lists every change a non-safe fix would make before anything is written; focus starts on Cancel. */
export function RepairDialog({ t, lang, pending, onConfirm, onCancel }: RepairDialogProps) {
  const styles = useValidateStyles();
  const shared = useViewStyles();
  return (
    <ModalDialog open={pending !== null} title={t.repairTitle} onDismiss={onCancel}>
      <p className={shared.intro}>{t.repairIntro}</p>
      <ul className={styles.changeList}>
        {(pending ?? []).map(({ fix, message }) => {
          // "hoja Matriz POA 2024, celda J11": the planner's words, not Excel's `Matriz POA 2024!J11`.
          const where = cellPlace(lang, fix.sheet, fix.cell);
          return (
            <li key={`${fix.sheet}!${fix.cell}`}>
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
