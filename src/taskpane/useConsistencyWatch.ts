import { useCallback, useEffect, useRef } from "react";
import type { Lang } from "../core/model";
import type { ExcelShell } from "../excel/shell";

interface WatchState {
  started: boolean;
  mounted: boolean;
  stop?: () => Promise<void>;
}

/**
 * The consistency watch (marks to `X`, `N°`, formats on new rows) runs once the pane knows there is a
 * matrix: after a successful scaffold or validation. It is started at most once and stopped on unmount,
 * even when the unmount comes while `watch` is still starting.
 */
export function useConsistencyWatch(
  shell: ExcelShell,
  lang: Lang,
  reportError: (error: unknown) => void,
): () => void {
  const state = useRef<WatchState>({ started: false, mounted: true });
  const report = useRef(reportError);
  report.current = reportError;

  useEffect(() => {
    const current = state.current;
    current.mounted = true;
    return () => {
      current.mounted = false;
      const stop = current.stop;
      current.stop = undefined;
      current.started = false;
      // Nobody is left to show this failure; the console is the only place it can go.
      if (stop) stop().catch((error: unknown) => console.error(error));
    };
  }, []);

  return useCallback(() => {
    const current = state.current;
    if (current.started) return;
    current.started = true;
    shell
      .watch({ lang, onError: (message) => report.current(message) })
      .then(
        (stop) => {
          if (current.mounted) current.stop = stop;
          else stop().catch((error: unknown) => console.error(error));
        },
        (error: unknown) => {
          current.started = false;
          report.current(error);
        },
      );
  }, [shell, lang]);
}
