import type { ReactNode } from "react";
import { useActionBarStyles } from "./ActionBar.styles";

interface ActionBarProps {
  /** Names the group of buttons for screen readers. */
  label: string;
  /** The outcome of the last action (progress, created, cancelled, repaired…): announced as it changes. */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * A view's primary action, always in reach: a bar that stays at the bottom of the pane while the view
 * scrolls, with the outcome of the last action just above its buttons, so the planner sees what
 * happened without scrolling and a screen reader hears it (a polite live region, always present).
 */
export function ActionBar({ label, status, children }: ActionBarProps) {
  const styles = useActionBarStyles();
  return (
    <div className={styles.bar}>
      <div aria-live="polite" className={styles.status}>
        {status}
      </div>
      <div role="group" aria-label={label} className={styles.buttons}>
        {children}
      </div>
    </div>
  );
}
