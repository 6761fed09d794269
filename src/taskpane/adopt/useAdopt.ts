import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { templateFromReport } from "../../core/adoption";
import type { PlanTemplate } from "../../core/model";
import type { SheetNames, ShellValidationOutcome } from "../../excel/shell";
import { pendingConflict, type PendingConflict } from "../generate/useGenerate";
import { parseYear } from "../generate/templateDraft";
import { usePane } from "../PaneContext";

export type AdoptNotice = { kind: "created"; names: SheetNames } | { kind: "cancelled" } | null;

/**
 * Adopting the sheet the planner is on: read it (only reading), show what was read, then copy the plan
 * to new managed sheets. The original sheet is never written; name conflicts go through the same
 * dialog as generating, and cancelling writes nothing.
 */
export function useAdopt() {
  const { shell, lang, t, canUseExcel, reportError, ensureWatching } = usePane();
  const [outcome, setOutcome] = useState<ShellValidationOutcome | null>(null);
  const [reading, setReading] = useState(false);
  const [year, setYear] = useState("");
  const [institution, setInstitution] = useState("");
  const [writing, setWriting] = useState(false);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [notice, setNotice] = useState<AdoptNotice>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [focusToken, setFocusToken] = useState(0);
  const busy = useRef(false);

  const report = outcome?.ok ? outcome.report : null;
  const parsedYear = parseYear(year);
  // The template as it would be copied now (year and institution as typed), for the summary and the write.
  const template = useMemo(
    () => (report ? templateFromReport(report, { institution, year: parsedYear ?? undefined, fallbackYear: new Date().getFullYear() }) : null),
    [report, institution, parsedYear],
  );

  useEffect(() => {
    if (focusToken > 0) resultsHeading.current?.focus();
  }, [focusToken]);

  const read = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setReading(true);
    setNotice(null);
    try {
      const next = await shell.readActiveSheet({ lang });
      setOutcome(next);
      // The year the sheet states, else the current one: the planner may change it before copying.
      if (next.ok) setYear(String(next.report.year ?? new Date().getFullYear()));
      setFocusToken((n) => n + 1);
    } catch (error) {
      reportError(error);
    } finally {
      busy.current = false;
      setReading(false);
    }
  }, [shell, lang, reportError]);

  const write = useCallback(
    async (plan: PlanTemplate, overrides: Partial<SheetNames>) => {
      if (busy.current) return;
      busy.current = true;
      setWriting(true);
      setNotice(null);
      try {
        const names = Object.keys(overrides).length > 0 ? overrides : undefined;
        const result = await shell.scaffold({ template: plan, lang, names });
        if (result.ok) {
          setNotice({ kind: "created", names: result.names });
          ensureWatching();
        } else {
          setConflict(pendingConflict(plan, overrides, result.conflicts));
        }
      } catch (error) {
        reportError(error);
      } finally {
        busy.current = false;
        setWriting(false);
      }
    },
    [shell, lang, reportError, ensureWatching],
  );

  const copy = useCallback(() => {
    if (!template || parsedYear === null || template.results.length === 0) return;
    void write(template, {});
  }, [template, parsedYear, write]);

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

  const working = reading || writing;
  return {
    t,
    outcome,
    report,
    template,
    reading,
    writing,
    year,
    setYear,
    yearProblem: report && parsedYear === null ? t.yearInvalid : undefined,
    institution,
    setInstitution,
    unmapped: template ? template.results.filter((r) => r.objective === "").length : 0,
    canRead: canUseExcel && !working,
    canCopy: canUseExcel && !working && template !== null && template.results.length > 0 && parsedYear !== null,
    conflict,
    confirmConflict,
    cancelConflict,
    notice,
    resultsHeading,
    read: () => void read(),
    copy,
    selectCell: (sheet: string, cell: string) => {
      shell.selectCell(sheet, cell).catch(reportError);
    },
  };
}
