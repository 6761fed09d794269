import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useModalDialogStyles } from "./ModalDialog.styles";

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Escape, like the dialog's cancel button. */
  onDismiss: () => void;
  children: ReactNode;
}

/**
 * A small modal confirmation (role `alertdialog`, `aria-modal`): focus moves in on open (to the element
 * marked `data-autofocus`, else the first control), Tab stays inside, Escape dismisses, and focus goes
 * back where it was on close. Fluent's Dialog would cost a quarter of the page's size budget.
 */
export function ModalDialog({ open, title, onDismiss, children }: ModalDialogProps) {
  const styles = useModalDialogStyles();
  const surface = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = surface.current;
    const target = root?.querySelector<HTMLElement>("[data-autofocus]") ?? root?.querySelector<HTMLElement>(FOCUSABLE) ?? root;
    target?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, [open]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onDismiss();
      return;
    }
    if (event.key !== "Tab" || !surface.current) return;
    const items = Array.from(surface.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className={styles.backdrop}>
      <div
        ref={surface}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={styles.surface}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

export function DialogActions({ children }: { children: ReactNode }) {
  const styles = useModalDialogStyles();
  return <div className={styles.actions}>{children}</div>;
}
