import { useCallback, useState } from "react";
import { errorText } from "./errorText";

export interface PaneError {
  id: number;
  text: string;
}

/** Keeps only the latest few, so a burst of failures cannot push the pane's content out of sight. */
const MAX_SHOWN = 3;
let nextId = 1;

export function useErrorList(fallback: string) {
  const [errors, setErrors] = useState<PaneError[]>([]);
  const reportError = useCallback(
    (error: unknown) => {
      const entry = { id: nextId++, text: errorText(error, fallback) };
      setErrors((list) => [...list, entry].slice(-MAX_SHOWN));
    },
    [fallback],
  );
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((e) => e.id !== id)), []);
  return { errors, reportError, dismiss };
}
