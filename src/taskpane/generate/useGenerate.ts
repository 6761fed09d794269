import { useCallback, useRef, useState } from "react";
import { escoTemplate } from "../../core/escoTemplate";
import type { PlanTemplate } from "../../core/model";
import type { SheetNames } from "../../excel/shell";
import { usePane } from "../PaneContext";
import { defaultSheetNames, matchConflicts, suggestSheetName, type SheetKey } from "./sheetNames";
import { checkDraft, draftFromTemplate, newKey, normalizeObjectiveId, type TemplateDraft } from "./templateDraft";

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

export type GenerateNotice = { kind: "created"; names: SheetNames } | { kind: "cancelled" } | null;

/** What to ask after a refused scaffold; also used by adopting, which writes through the same dialog. */
export function pendingConflict(template: PlanTemplate, overrides: Partial<SheetNames>, conflicts: string[]): PendingConflict {
  const names = { ...defaultSheetNames(template.year), ...overrides };
  const { keyed, unknown } = matchConflicts(names, conflicts);
  const taken = [...conflicts, names.objectives, names.matrix, names.coverage];
  const entries = keyed.map(({ key, name }) => {
    const suggestion = suggestSheetName(name, taken);
    taken.push(suggestion);
    return { key, name, suggestion };
  });
  return { template, names, overrides, entries, unknown, existing: conflicts };
}

export function useGenerate() {
  const { shell, lang, t, canUseExcel, reportError, ensureWatching } = usePane();
  const [draft, setDraft] = useState<TemplateDraft>(() => draftFromTemplate(escoTemplate()));
  const [attempted, setAttempted] = useState(false);
  const [writing, setWriting] = useState(false);
  const [progress, setProgress] = useState(0);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [notice, setNotice] = useState<GenerateNotice>(null);
  // Guards against a second click while a write is under way (state updates are not synchronous).
  const busy = useRef(false);

  const check = checkDraft(draft, t);

  const write = useCallback(
    async (template: PlanTemplate, overrides: Partial<SheetNames>) => {
      if (busy.current) return;
      busy.current = true;
      setWriting(true);
      setProgress(0);
      setNotice(null);
      try {
        const names = Object.keys(overrides).length > 0 ? overrides : undefined;
        const outcome = await shell.scaffold({ template, lang, names, onProgress: (f) => setProgress(f) });
        if (outcome.ok) {
          setNotice({ kind: "created", names: outcome.names });
          ensureWatching();
        } else {
          setConflict(pendingConflict(template, overrides, outcome.conflicts));
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

  const generate = useCallback(() => {
    setAttempted(true);
    if (!check.ok) {
      setNotice(null);
      return;
    }
    void write(check.template, {});
  }, [check, write]);

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

  const edit = {
    setYear: (year: string) => setDraft((d) => ({ ...d, year })),
    setInstitution: (institution: string) => setDraft((d) => ({ ...d, institution })),
    setObjective: (key: string, field: "id" | "text", value: string) =>
      setDraft((d) => ({ ...d, objectives: d.objectives.map((o) => (o.key === key ? { ...o, [field]: value } : o)) })),
    addObjective: () =>
      setDraft((d) => {
        const numbers = d.objectives.map((o) => Number(normalizeObjectiveId(o.id)?.slice(2) ?? 0));
        const next = Math.max(0, ...numbers) + 1;
        return { ...d, objectives: [...d.objectives, { key: newKey(), id: `OE${next}`, text: "" }] };
      }),
    removeObjective: (key: string) =>
      setDraft((d) => ({
        ...d,
        objectives: d.objectives.filter((o) => o.key !== key),
        results: d.results.map((r) => (r.objectiveKey === key ? { ...r, objectiveKey: "" } : r)),
      })),
    setResult: (key: string, field: "text" | "objectiveKey", value: string) =>
      setDraft((d) => ({ ...d, results: d.results.map((r) => (r.key === key ? { ...r, [field]: value } : r)) })),
    addResult: () =>
      setDraft((d) => ({
        ...d,
        results: [...d.results, { key: newKey(), text: "", objectiveKey: d.objectives[d.objectives.length - 1]?.key ?? "" }],
      })),
    removeResult: (key: string) => setDraft((d) => ({ ...d, results: d.results.filter((r) => r.key !== key) })),
  };

  // Problems show once the planner has tried to generate; the year is checked as it is typed.
  const problems = check.ok ? undefined : check.problems;
  const shown = attempted ? problems : problems?.year ? { objective: {}, result: {}, year: problems.year } : undefined;

  return {
    t,
    draft,
    edit,
    problems: shown,
    invalidAttempt: attempted && !check.ok,
    canGenerate: canUseExcel && !writing,
    writing,
    progress,
    conflict,
    confirmConflict,
    cancelConflict,
    notice,
    generate,
  };
}
