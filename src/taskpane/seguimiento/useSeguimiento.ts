import { useCallback, useEffect, useReducer, useRef } from "react";
import { usePane } from "../PaneContext";
import { suggestSheetName } from "../generate/sheetNames";
import { initialSeguimiento, seguimientoReducer } from "./seguimientoState";

/**
 * The Seguimiento view's work: evaluating (the shell's validate with the picked corte, reading the
 * workbook afresh each time, since the planner types Realizado between evaluations; with the objectives typed
 * in Validar, if any), and *Agregar
 * seguimiento* with its name conflict, each outcome a notice. It evaluates once when first opened.
 */
export function useSeguimiento() {
  const { shell, lang, t, canUseExcel, reportError, ensureWatching, typedObjectives } = usePane();
  const [state, dispatch] = useReducer(seguimientoReducer, initialSeguimiento);
  // A second click while Excel works is ignored (state updates are not synchronous).
  const busy = useRef(false);

  const evaluate = useCallback(
    async (month: number | null, announce = true) => {
      dispatch({ type: "start", running: "evaluate" });
      try {
        // The objectives typed in Validar, as every later check of the pane keeps them.
        const objectives = typedObjectives.current;
        const outcome = await shell.validate({ lang, monitoring: true, ...(month === null ? {} : { month }), ...(objectives ? { objectives } : {}) });
        dispatch({ type: "evaluated", outcome, announce });
        if (outcome.ok) ensureWatching();
      } catch (error) {
        dispatch({ type: "failed" });
        reportError(error);
      }
    },
    [shell, lang, reportError, ensureWatching, typedObjectives],
  );

  const run = useCallback(
    async (work: () => Promise<void>) => {
      if (busy.current) return;
      busy.current = true;
      try {
        await work();
      } finally {
        busy.current = false;
      }
    },
    [],
  );

  const add = useCallback(
    (sheetName?: string) =>
      run(async () => {
        dispatch({ type: "start", running: "add" });
        try {
          const result = await shell.addMonitoring(sheetName === undefined ? { lang } : { lang, sheetName });
          // The conflict names the sheet the shell tried (the planner's name, else the layout's default): the suggestion numbers it.
          const suggestion = !result.ok && "conflicts" in result ? suggestSheetName(result.conflicts[0], result.conflicts) : undefined;
          dispatch({ type: "added", result, suggestion });
          // The semáforo of the monitoring just added; the notice stays Agregar seguimiento's.
          if (result.ok) await evaluate(state.picked, false);
        } catch (error) {
          dispatch({ type: "failed" });
          reportError(error);
        }
      }),
    [run, shell, lang, evaluate, reportError, state.picked],
  );

  const started = useRef(false);
  useEffect(() => {
    if (canUseExcel && !started.current) {
      started.current = true;
      void run(() => evaluate(null));
    }
  }, [canUseExcel, run, evaluate]);

  return {
    t,
    lang,
    state,
    dispatch,
    canAct: canUseExcel && state.running === null,
    evaluate: () => void run(() => evaluate(state.picked)),
    pick: (month: number) => {
      dispatch({ type: "pick", month });
      void run(() => evaluate(month));
    },
    add: () => void add(),
    confirmName: (name: string) => {
      dispatch({ type: "confirmConflict" });
      void add(name);
    },
    cancelName: () => dispatch({ type: "cancelConflict" }),
    selectCell: (sheet: string, cell: string) => {
      shell.selectCell(sheet, cell).catch(reportError);
    },
  };
}
