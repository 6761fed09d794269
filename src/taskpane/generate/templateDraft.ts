import type { PlanTemplate } from "../../core/model";
import { canonicalObjectiveId } from "../../core/objectiveId";
import { parsePlanYear } from "../../core/year";
import type { Strings } from "../i18n";

/**
 * The template as the planner edits it: text as typed, and results pointing at an objective ROW (its
 * key), so renaming an objective's id never detaches its results.
 */
export interface ObjectiveDraft {
  key: string;
  id: string;
  text: string;
}

export interface ResultDraft {
  key: string;
  text: string;
  /** Key of the objective row; "" when none is chosen. */
  objectiveKey: string;
}

export interface TemplateDraft {
  year: string;
  institution: string;
  objectives: ObjectiveDraft[];
  results: ResultDraft[];
}

export interface DraftProblems {
  year?: string;
  institution?: string;
  objectives?: string;
  objective: Record<string, { id?: string; text?: string }>;
  result: Record<string, { text?: string; objective?: string }>;
}

export type DraftCheck = { ok: true; template: PlanTemplate } | { ok: false; problems: DraftProblems };

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `row${counter}`;
}

export function draftFromTemplate(template: PlanTemplate): TemplateDraft {
  const objectives = template.objectives.map((o) => ({ key: newKey(), id: o.id, text: o.text }));
  const keyOfId = new Map(objectives.map((o) => [o.id, o.key]));
  return {
    year: String(template.year),
    institution: template.institution,
    objectives,
    results: template.results.map((r) => ({ key: newKey(), text: r.text, objectiveKey: keyOfId.get(r.objective) ?? "" })),
  };
}


/** Checks the whole draft; only a draft without a single problem becomes a template to write. */
export function checkDraft(draft: TemplateDraft, t: Strings): DraftCheck {
  const problems: DraftProblems = { objective: {}, result: {} };
  let bad = false;
  const flagObjective = (key: string, field: "id" | "text", message: string) => {
    problems.objective[key] = { ...problems.objective[key], [field]: message };
    bad = true;
  };
  const flagResult = (key: string, field: "text" | "objective", message: string) => {
    problems.result[key] = { ...problems.result[key], [field]: message };
    bad = true;
  };

  const year = parsePlanYear(draft.year);
  if (year === null) {
    problems.year = t.yearInvalid;
    bad = true;
  }
  const institution = draft.institution.trim();
  if (institution === "") {
    problems.institution = t.institutionEmpty;
    bad = true;
  }
  if (draft.objectives.length === 0) {
    problems.objectives = t.noObjectives;
    bad = true;
  }

  const idOfKey = new Map<string, string>();
  const seen = new Set<string>();
  for (const objective of draft.objectives) {
    const id = canonicalObjectiveId(objective.id);
    if (id === null) flagObjective(objective.key, "id", t.objectiveIdInvalid);
    else if (seen.has(id)) flagObjective(objective.key, "id", t.objectiveIdDuplicate(id));
    else seen.add(id);
    if (id !== null) idOfKey.set(objective.key, id);
    if (objective.text.trim() === "") flagObjective(objective.key, "text", t.objectiveTextEmpty);
  }
  for (const result of draft.results) {
    if (result.text.trim() === "") flagResult(result.key, "text", t.resultTextEmpty);
    // An objective row whose id is wrong is flagged on that row, not on every result serving it.
    if (!draft.objectives.some((o) => o.key === result.objectiveKey)) flagResult(result.key, "objective", t.resultObjectiveMissing);
  }

  if (bad || year === null) return { ok: false, problems };
  return {
    ok: true,
    template: {
      institution,
      year,
      objectives: draft.objectives.map((o) => ({ id: idOfKey.get(o.key) as string, text: o.text.trim() })),
      results: draft.results.map((r) => ({ text: r.text.trim(), objective: idOfKey.get(r.objectiveKey) as string })),
    },
  };
}
