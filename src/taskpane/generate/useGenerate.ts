import { useCallback, useState } from "react";
import { escoTemplate } from "../../core/escoTemplate";
import { objectiveIdOf, parseObjectiveId } from "../../core/objectiveId";
import { usePane } from "../PaneContext";
import { useScaffoldWithConflicts, type ScaffoldNotice } from "../useScaffoldWithConflicts";
import { checkDraft, draftFromTemplate, newKey, type TemplateDraft } from "./templateDraft";

export type GenerateNotice = ScaffoldNotice;

export function useGenerate() {
  const { t, canUseExcel } = usePane();
  const [draft, setDraft] = useState<TemplateDraft>(() => draftFromTemplate(escoTemplate()));
  const [attempted, setAttempted] = useState(false);
  const { writing, progress, conflict, confirmConflict, cancelConflict, notice, setNotice, write } = useScaffoldWithConflicts({
    trackProgress: true,
  });

  const check = checkDraft(draft, t);

  const generate = useCallback(() => {
    setAttempted(true);
    if (!check.ok) {
      setNotice(null);
      return;
    }
    void write(check.template, {});
  }, [check, write, setNotice]);

  const edit = {
    setYear: (year: string) => setDraft((d) => ({ ...d, year })),
    setInstitution: (institution: string) => setDraft((d) => ({ ...d, institution })),
    setObjective: (key: string, field: "id" | "text", value: string) =>
      setDraft((d) => ({ ...d, objectives: d.objectives.map((o) => (o.key === key ? { ...o, [field]: value } : o)) })),
    addObjective: () =>
      setDraft((d) => {
        const numbers = d.objectives.map((o) => parseObjectiveId(o.id, { allowTrailingText: false }) ?? 0);
        const next = Math.max(0, ...numbers) + 1;
        return { ...d, objectives: [...d.objectives, { key: newKey(), id: objectiveIdOf(next), text: "" }] };
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
