import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { templateFromReport } from "../../core/adoption";
import type { Objective } from "../../core/model";
import type { ShellValidationOutcome } from "../../excel/shell";
import { parsePlanYear } from "../../core/year";
import { usePane } from "../PaneContext";
import { useScaffoldWithConflicts, type ScaffoldNotice } from "../useScaffoldWithConflicts";

export type AdoptNotice = ScaffoldNotice;

/**
 * Adopting the sheet the planner is on: read it (only reading), show what was read, then copy the plan
 * to new managed sheets. The original sheet is never written; name conflicts go through the same
 * dialog as generating, and cancelling writes nothing.
 */
export function useAdopt() {
  const { shell, lang, t, canUseExcel, reportError } = usePane();
  const [outcome, setOutcome] = useState<ShellValidationOutcome | null>(null);
  const [reading, setReading] = useState(false);
  const [year, setYear] = useState("");
  const [institution, setInstitution] = useState("");
  // One guard for reading and writing: neither starts while the other is under way.
  const { busy, writing, conflict, confirmConflict, cancelConflict, notice, setNotice, write } = useScaffoldWithConflicts();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [focusToken, setFocusToken] = useState(0);

  const report = outcome?.ok ? outcome.report : null;
  const parsedYear = parsePlanYear(year);
  // The template as it would be copied now (year and institution as typed), for the summary and the write.
  const template = useMemo(
    () => (report ? templateFromReport(report, { institution, year: parsedYear ?? undefined, fallbackYear: new Date().getFullYear() }) : null),
    [report, institution, parsedYear],
  );

  useEffect(() => {
    if (focusToken > 0) resultsHeading.current?.focus();
  }, [focusToken]);

  // The institution's objectives the planner typed where the sheet's workbook has none (§3 v2 rule 2).
  const given = useRef<Objective[] | undefined>(undefined);

  const read = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setReading(true);
    setNotice(null);
    try {
      const objectives = given.current;
      const next = await shell.readActiveSheet(objectives ? { lang, objectives } : { lang });
      setOutcome(next);
      // The year the sheet states, else the current one: the planner may change it before copying.
      if (next.ok) setYear(String(next.report.year ?? new Date().getFullYear()));
      // The institution its title block names, unless the planner has typed one.
      if (next.ok && next.report.institution) setInstitution((typed) => (typed.trim() === "" ? (next.report.institution ?? "") : typed));
      setFocusToken((n) => n + 1);
    } catch (error) {
      reportError(error);
    } finally {
      busy.current = false;
      setReading(false);
    }
  }, [shell, lang, reportError, busy, setNotice]);

  const copy = useCallback(() => {
    if (!template || parsedYear === null || template.results.length === 0) return;
    void write(template, {});
  }, [template, parsedYear, write]);

  const working = reading || writing;
  return {
    t,
    lang,
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
    /** Reads the sheet again with the objectives the planner typed: they become the new matrix's catalog. */
    readWith: (objectives: Objective[]) => {
      given.current = objectives;
      void read();
    },
    copy,
    selectCell: (sheet: string, cell: string) => {
      shell.selectCell(sheet, cell).catch(reportError);
    },
  };
}
