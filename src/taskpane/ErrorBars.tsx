import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
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
        <MessageBar key={error.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle> {error.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={dismissLabel} onClick={() => onDismiss(error.id)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
