/**
 * Mapping results to objectives (contract §5).
 * - With an objective column: the cell's id (`OE3`, `oe3`, `OE 3`, `3`, and §8's `OE 4: …`) or the
 *   objective's text, case/accents/spacing aside.
 * - Without one: the objective whose wording the result restates. Stems shared between the result
 *   and each objective are weighted by rarity among the objectives (a stem every objective has, like
 *   `ESCO`, says little), scored by weighted Dice; a match needs a confident score AND a clear lead
 *   over the runner-up, so a result that could serve two objectives stays unmapped.
 */
import type { CellValue } from "./grid";
import type { Objective } from "./model";
import { parseObjectiveId } from "./objectiveId";
import { contentStems } from "./stems";
import { cellText, compactKey, normalizeText } from "./text";

/** Minimum weighted Dice score of an inferred match. */
export const MIN_INFERENCE_SCORE = 0.4;
/** Minimum lead of the best score over the runner-up's. */
export const MIN_INFERENCE_MARGIN = 0.15;

export interface Inference {
  id: string;
  score: number;
  runnerUp: number;
}

export class ObjectiveMatcher {
  private readonly byNumber = new Map<number, string>();
  private readonly byIdKey = new Map<string, string>();
  private readonly byText = new Map<string, string>();
  private readonly profiles: { id: string; stems: Set<string>; weight: number }[] = [];
  private readonly idf = new Map<string, number>();
  private readonly unknownWeight: number;

  constructor(objectives: readonly Objective[]) {
    for (const o of objectives) {
      const n = parseObjectiveId(o.id, { allowTrailingText: false });
      if (n !== null && !this.byNumber.has(n)) this.byNumber.set(n, o.id);
      const idKey = compactKey(o.id);
      if (!this.byIdKey.has(idKey)) this.byIdKey.set(idKey, o.id);
      const textKey = normalizeText(o.text);
      if (textKey !== "" && !this.byText.has(textKey)) this.byText.set(textKey, o.id);
    }
    const stemSets = objectives.map((o) => contentStems(o.text));
    const df = new Map<string, number>();
    for (const set of stemSets) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
    const n = objectives.length;
    for (const [s, count] of df) this.idf.set(s, Math.log((n + 1) / (count + 0.5)));
    // A word no objective uses still dilutes the match, as much as a fairly common stem.
    this.unknownWeight = Math.log((n + 1) / (Math.max(1, n / 2) + 0.5)) || 0.5;
    objectives.forEach((o, i) => {
      const stems = stemSets[i];
      let weight = 0;
      for (const s of stems) weight += this.idf.get(s) ?? 0;
      this.profiles.push({ id: o.id, stems, weight });
    });
  }

  /** The objective an objective-column cell names, or null (empty, or nothing in the catalog). */
  matchCell(value: CellValue): string | null {
    const text = cellText(value);
    if (text === "") return null;
    // An id first (a catalog text that happens to read like another objective's id must not win),
    // then the objective's text, then an id leading a text (`OE 4: …`).
    const byIdKey = this.byIdKey.get(compactKey(text));
    if (byIdKey !== undefined) return byIdKey;
    const strict = parseObjectiveId(text, { allowTrailingText: false });
    if (strict !== null) return this.byNumber.get(strict) ?? null;
    const byText = this.byText.get(normalizeText(text));
    if (byText !== undefined) return byText;
    const leading = parseObjectiveId(text, { allowTrailingText: true });
    return leading === null ? null : (this.byNumber.get(leading) ?? null);
  }

  /** The objective a result's wording restates, or null when no match is confident and clear. */
  infer(resultText: string): Inference | null {
    const exact = this.byText.get(normalizeText(resultText));
    if (exact !== undefined) return { id: exact, score: 1, runnerUp: 0 };
    const stems = contentStems(resultText);
    if (stems.size === 0 || this.profiles.length === 0) return null;
    let resultWeight = 0;
    for (const s of stems) resultWeight += this.idf.get(s) ?? this.unknownWeight;
    let best: { id: string; score: number; shared: number } | null = null;
    let runnerUp = 0;
    let otherShared = 0;
    for (const p of this.profiles) {
      let shared = 0;
      for (const s of stems) if (p.stems.has(s)) shared += this.idf.get(s) ?? 0;
      const denominator = resultWeight + p.weight;
      const score = denominator > 0 ? (2 * shared) / denominator : 0;
      if (!best || score > best.score) {
        if (best) {
          runnerUp = Math.max(runnerUp, best.score);
          otherShared = Math.max(otherShared, best.shared);
        }
        best = { id: p.id, score, shared };
      } else {
        runnerUp = Math.max(runnerUp, score);
        otherShared = Math.max(otherShared, shared);
      }
    }
    if (!best || best.score < MIN_INFERENCE_SCORE || best.score - runnerUp < MIN_INFERENCE_MARGIN) return null;
    // When another objective shares as much of the result's wording, the best one only wins by being
    // shorter: the wording does not tell them apart ("Desarrollo de capacidades": OE4 or OE6?).
    if (otherShared >= best.shared - 1e-9) return null;
    return { id: best.id, score: best.score, runnerUp };
  }
}

/** How a row got its objective. */
export type MappingVia = "column" | "inferred" | null;

export interface RowMapping {
  objective: string | null;
  via: MappingVia;
  /** For a row left unmapped: the objective its wording suggests, if any (offered as a fix). */
  suggestion: string | null;
}

/**
 * Maps one row: by the objective column when the matrix has one (§5: an empty or unknown cell is
 * unmapped, whatever the wording says, though the wording may suggest a fix), else by wording.
 */
export function mapRow(matcher: ObjectiveMatcher, hasObjectiveColumn: boolean, text: string, objectiveValue: CellValue): RowMapping {
  if (hasObjectiveColumn) {
    const id = matcher.matchCell(objectiveValue);
    if (id !== null) return { objective: id, via: "column", suggestion: null };
    return { objective: null, via: null, suggestion: text === "" ? null : (matcher.infer(text)?.id ?? null) };
  }
  const inferred = text === "" ? null : matcher.infer(text);
  return inferred ? { objective: inferred.id, via: "inferred", suggestion: null } : { objective: null, via: null, suggestion: null };
}
