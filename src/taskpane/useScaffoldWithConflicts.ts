import { useCallback, useRef, useState } from "react";
import type { PlanTemplate } from "../core/model";
import type { SheetNames } from "../excel/shell";
import { matchConflicts, suggestSheetName, type SheetKey } from "./generate/sheetNames";
import { usePane } from "./PaneContext";

/** A scaffold refused because of existing sheets: what to ask the planner. */
export interface PendingConflict {
  template: PlanTemplate;
  /** The names of the last attempt, defaults and overrides merged. */
  names: SheetNames;
  /** Names already chosen by the planner in earlier rounds. */
  overrides: Partial<SheetNames>;
  entries: { key: SheetKey; name: string; suggestion: string }[];
  /** Reported conflicts that match none of the sheets to be created. */
  unknown: string[];
  /** Existing sheet names reported by Excel. */
  existing: string[];
}

/** How the last write ended, for the view's action bar; a failure's own text is in the pane's error bar. */
export type ScaffoldNotice = { kind: "created"; names: SheetNames } | { kind: "cancelled" } | { kind: "failed" } | null;

/** What to ask after a refused scaffold; `defaults` are the layout's names for the template's year. */
export function pendingConflict(template: PlanTemplate, defaults: SheetNames, overrides: Partial<SheetNames>, conflicts: string[]): PendingConflict {
  const names = { ...defaults, ...overrides };
  const { keyed, unknown } = matchConflicts(names, conflicts);
  const taken = [...conflicts, names.objectives, names.matrix, names.coverage];
  const entries = keyed.map(({ key, name }) => {
    const suggestion = suggestSheetName(name, taken);
    taken.push(suggestion);
    return { key, name, suggestion };
  });
  return { template, names, overrides, entries, unknown, existing: conflicts };
}

/**
 * Writing a plan to new managed sheets, shared by generating and adopting: a refused write (sheet names
 * taken) becomes a pending conflict for the dialog, confirming retries with the chosen names, cancelling
 * writes nothing. `busy` guards against a second click while a write is under way (state updates are not
 * synchronous); callers with other Excel work of their own share it.
 */
export function useScaffoldWithConflicts(options: { trackProgress?: boolean } = {}) {
  const { trackProgress = false } = options;
  const { shell, lang, reportError, ensureWatching } = usePane();
  const [writing, setWriting] = useState(false);
  const [progress, setProgress] = useState(0);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [notice, setNotice] = useState<ScaffoldNotice>(null);
  const busy = useRef(false);

  const write = useCallback(
    async (template: PlanTemplate, overrides: Partial<SheetNames>) => {
      if (busy.current) return;
      busy.current = true;
      setWriting(true);
      if (trackProgress) setProgress(0);
      setNotice(null);
      try {
        const names = Object.keys(overrides).length > 0 ? overrides : undefined;
        const onProgress = trackProgress ? (f: number) => setProgress(f) : undefined;
        const outcome = await shell.scaffold(onProgress ? { template, lang, names, onProgress } : { template, lang, names });
        if (outcome.ok) {
          setNotice({ kind: "created", names: outcome.names });
          ensureWatching();
        } else {
          // The layout (owner of the default names) comes with the Excel work's chunk, loaded by now.
          const { defaultSheetNames } = await import(/* webpackChunkName: "excel" */ "../core/layout");
          setConflict(pendingConflict(template, defaultSheetNames(template.year), overrides, outcome.conflicts));
        }
      } catch (error) {
        setNotice({ kind: "failed" });
        reportError(error);
      } finally {
        busy.current = false;
        setWriting(false);
      }
    },
    [shell, lang, reportError, ensureWatching, trackProgress],
  );

  const confirmConflict = useCallback(
    (chosen: Partial<SheetNames>) => {
      if (!conflict) return;
      setConflict(null);
      void write(conflict.template, { ...conflict.overrides, ...chosen });
    },
    [conflict, write],
  );

  const cancelConflict = useCallback(() => {
    setConflict(null);
    setNotice({ kind: "cancelled" });
  }, []);

  return { busy, writing, progress, conflict, confirmConflict, cancelConflict, notice, setNotice, write };
}
