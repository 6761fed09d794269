import { Button } from "@fluentui/react-components";
import { Notice } from "./Notice";
import type { PaneError } from "./useErrorList";

interface ErrorBarsProps {
  errors: PaneError[];
  title: string;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}

/** The pane-wide errors from the shell; `role="alert"` so a screen reader announces them at once. */
export function ErrorBars({ errors, title, dismissLabel, onDismiss }: ErrorBarsProps) {
  return (
    <div role="alert">
      {errors.map((error) => (
        <Notice
          key={error.id}
          intent="error"
          title={title}
          action={
            <Button appearance="transparent" size="small" aria-label={dismissLabel} onClick={() => onDismiss(error.id)}>
              ×
            </Button>
          }
        >
          {error.text}
        </Notice>
      ))}
    </div>
  );
}
