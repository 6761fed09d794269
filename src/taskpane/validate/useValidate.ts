import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Fix, Objective, ValidationOutcome } from "../../core/model";
import { usePane } from "../PaneContext";
import { repairPlan, type RepairPlan } from "./repairPlan";

interface Tally {
  applied: number;
  skipped: number;
}

export function useValidate(runAtStart: boolean) {
  const { shell, lang, t, canUseExcel, reportError, ensureWatching, typedObjectives: given } = usePane();
  const [outcome, setOutcome] = useState<ValidationOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const [repairing, setRepairing] = useState(false);
  const [pendingUnsafe, setPendingUnsafe] = useState<RepairPlan["unsafe"] | null>(null);
  const [repaired, setRepaired] = useState<Tally | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [focusToken, setFocusToken] = useState(0);
  const tally = useRef<Tally>({ applied: 0, skipped: 0 });

  const report = outcome?.ok ? outcome.report : null;
  const plan = useMemo(() => repairPlan(report?.issues ?? []), [report]);

  const run = useCallback(
    async (sheet?: string) => {
      setRunning(true);
      try {
        const objectives = given.current;
        const next = await shell.validate({ lang, ...(sheet === undefined ? {} : { sheet }), ...(objectives ? { objectives } : {}) });
        setOutcome(next);
        setFocusToken((n) => n + 1);
        if (next.ok) ensureWatching();
      } catch (error) {
        reportError(error);
      } finally {
        setRunning(false);
      }
    },
    [shell, lang, reportError, ensureWatching, given],
  );

  // Focus lands on the results once they are rendered, so a keyboard or screen-reader user hears them first.
  useEffect(() => {
    if (focusToken > 0) resultsHeading.current?.focus();
  }, [focusToken]);

  const started = useRef(false);
  useEffect(() => {
    if (runAtStart && canUseExcel && !started.current) {
      started.current = true;
      void run();
    }
  }, [runAtStart, canUseExcel, run]);

  const apply = useCallback(
    async (fixes: Fix[]): Promise<boolean> => {
      try {
        const result = await shell.applyFixes(fixes);
        tally.current = {
          applied: tally.current.applied + result.applied,
          skipped: tally.current.skipped + result.skipped,
        };
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [shell, reportError],
  );

  const finishRepair = useCallback(async () => {
    setPendingUnsafe(null);
    setRepaired({ ...tally.current });
    await run(report?.sheet);
    setRepairing(false);
  }, [run, report]);

  /** Safe fixes go in at once; the others wait for the confirmation dialog. */
  const repair = useCallback(async () => {
    if (!report || repairing) return;
    setRepairing(true);
    setRepaired(null);
    tally.current = { applied: 0, skipped: 0 };
    if (plan.safe.length > 0 && !(await apply(plan.safe))) {
      setRepairing(false);
      return;
    }
    if (plan.unsafe.length > 0) setPendingUnsafe(plan.unsafe);
    else await finishRepair();
  }, [report, repairing, plan, apply, finishRepair]);

  const confirmUnsafe = useCallback(async () => {
    const unsafe = pendingUnsafe ?? [];
    setPendingUnsafe(null);
    await apply(unsafe.map((u) => u.fix));
    await finishRepair();
  }, [pendingUnsafe, apply, finishRepair]);

  const cancelUnsafe = useCallback(async () => {
    setPendingUnsafe(null);
    if (tally.current.applied + tally.current.skipped > 0) await finishRepair();
    else setRepairing(false);
  }, [finishRepair]);

  const busy = running || repairing;
  return {
    t,
    lang,
    outcome,
    report,
    running,
    canValidate: canUseExcel && !busy,
    fixCount: plan.safe.length + plan.unsafe.length,
    canRepair: canUseExcel && !busy && plan.safe.length + plan.unsafe.length > 0,
    repaired,
    pendingUnsafe,
    resultsHeading,
    validate: () => void run(),
    /** Checks the plan against the objectives the planner typed, now and on every later check. */
    validateWith: (objectives: Objective[]) => {
      given.current = objectives;
      void run();
    },
    repair: () => void repair(),
    confirmUnsafe: () => void confirmUnsafe(),
    cancelUnsafe: () => void cancelUnsafe(),
    selectCell: (sheet: string, cell: string) => {
      shell.selectCell(sheet, cell).catch(reportError);
    },
  };
}
