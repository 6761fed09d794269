import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../core/model";
import type { ExcelShell } from "../excel/shell";
import { stringsFor } from "./i18n";
import type { PaneContextValue } from "./PaneContext";
import { useConsistencyWatch } from "./useConsistencyWatch";
import { useErrorList } from "./useErrorList";

export type View = "generate" | "validate" | "adopt";

function probeCapabilities(shell: ExcelShell): { core: boolean; failure?: unknown } {
  try {
    return { core: shell.capabilities().core };
  } catch (failure) {
    return { core: false, failure: failure ?? new Error() };
  }
}

export function useApp(shell: ExcelShell, lang: Lang, initialView: View) {
  const t = stringsFor(lang);
  const { errors, reportError, dismiss } = useErrorList(t.unknownError);
  const [view, setView] = useState<View>(initialView);
  // Asked once: the requirement sets of an Excel session do not change while the pane is open.
  const [probe] = useState(() => probeCapabilities(shell));
  const canUseExcel = probe.core;
  useEffect(() => {
    if (probe.failure !== undefined) reportError(probe.failure);
  }, [probe, reportError]);
  const ensureWatching = useConsistencyWatch(shell, lang, reportError);
  const selectView = useCallback((value: View) => setView(value), []);

  const pane = useMemo<PaneContextValue>(
    () => ({ shell, lang, t, canUseExcel, reportError, ensureWatching }),
    [shell, lang, t, canUseExcel, reportError, ensureWatching],
  );
  return { t, pane, errors, dismiss, view, selectView };
}
