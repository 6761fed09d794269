import { Button } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { Notice } from "./Notice";
import type { PaneError } from "./useErrorList";

interface ErrorBarsProps {
  errors: PaneError[];
  title: string;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}

/**
 * The pane-wide errors from the shell; `role="alert"` so a screen reader announces them at once, and
 * the newest is scrolled into view, so a planner who clicked at the bottom of a long form sees it.
 */
export function ErrorBars({ errors, title, dismissLabel, onDismiss }: ErrorBarsProps) {
  const newest = useRef<HTMLDivElement>(null);
  const newestId = errors[errors.length - 1]?.id;
  useEffect(() => {
    if (newestId !== undefined) newest.current?.scrollIntoView({ block: "nearest" });
  }, [newestId]);
  return (
    <div role="alert">
      {errors.map((error) => (
        <div key={error.id} ref={error.id === newestId ? newest : undefined}>
          <Notice
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
        </div>
      ))}
    </div>
  );
}
