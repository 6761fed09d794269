import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Lang, Objective } from "../core/model";
import { missingFeatures, type MissingFeature } from "../excel/requirements";
import type { ExcelCapabilities, ExcelShell } from "../excel/shell";
import { stringsFor } from "./i18n";
import type { PaneContextValue } from "./PaneContext";
import { initialPaneState, paneReducer } from "./paneState";
import { useConsistencyWatch } from "./useConsistencyWatch";
import { useErrorList } from "./useErrorList";
import type { View } from "./views";

const NOTHING: ExcelCapabilities = { core: false, dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false };

function probeCapabilities(shell: ExcelShell): { capabilities: ExcelCapabilities; failure?: unknown } {
  try {
    return { capabilities: shell.capabilities() };
  } catch (failure) {
    return { capabilities: NOTHING, failure: failure ?? new Error() };
  }
}

export function useApp(shell: ExcelShell, lang: Lang, initialView: View) {
  const t = stringsFor(lang);
  const { errors, reportError, dismiss } = useErrorList(t.unknownError);
  const [state, dispatch] = useReducer(paneReducer, initialView, initialPaneState);
  // Asked once: the requirement sets of an Excel session do not change while the pane is open.
  const [probe] = useState(() => probeCapabilities(shell));
  const canUseExcel = probe.capabilities.core;
  const missing: MissingFeature[] = useMemo(() => missingFeatures(probe.capabilities), [probe]);
  useEffect(() => {
    if (probe.failure !== undefined) reportError(probe.failure);
  }, [probe, reportError]);
  const ensureWatching = useConsistencyWatch(shell, lang, reportError);
  const selectView = useCallback((view: View) => dispatch({ type: "select", view }), []);
  const typedObjectives = useRef<Objective[] | undefined>(undefined);

  const pane = useMemo<PaneContextValue>(
    () => ({ shell, lang, t, canUseExcel, reportError, ensureWatching, typedObjectives }),
    [shell, lang, t, canUseExcel, reportError, ensureWatching, typedObjectives],
  );
  return { t, pane, errors, dismiss, state, selectView, missing };
}
