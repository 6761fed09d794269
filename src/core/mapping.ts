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
import { contentStems, contentStemsOfKey } from "./stems";
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

/** Distinct texts remembered per matcher: an objective column repeats a handful of values, a plan a few thousand results. */
const CACHE_LIMIT = 10_000;

export class ObjectiveMatcher {
  private readonly byNumber = new Map<number, string>();
  private readonly byIdKey = new Map<string, string>();
  private readonly byText = new Map<string, string>();
  private readonly profiles: { id: string; weight: number }[] = [];
  /** Stem → its weight and the objectives (by index) whose text has it. */
  private readonly index = new Map<string, { weight: number; objectives: number[] }>();
  private readonly unknownWeight: number;
  /** `matchCell` by the cell's text or number, each distinct value matched once. */
  private readonly cellCache = new Map<string | number, string | null>();
  /** `inferKey` by key: each distinct text stemmed and scored once. */
  private readonly inferCache = new Map<string, Inference | null>();

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
    stemSets.forEach((set, i) => {
      for (const s of set) {
        const entry = this.index.get(s);
        if (entry) entry.objectives.push(i);
        else this.index.set(s, { weight: 0, objectives: [i] });
      }
    });
    const n = objectives.length;
    // Rarer among the objectives = more telling (a smoothed inverse document frequency).
    for (const entry of this.index.values()) entry.weight = Math.log((n + 1) / (entry.objectives.length + 0.5));
    // A word no objective uses still dilutes the match, as much as a fairly common stem.
    this.unknownWeight = Math.log((n + 1) / (Math.max(1, n / 2) + 0.5)) || 0.5;
    objectives.forEach((o, i) => {
      let weight = 0;
      for (const s of stemSets[i]) weight += this.index.get(s)?.weight ?? 0;
      this.profiles.push({ id: o.id, weight });
    });
  }

  /** The objective an objective-column cell names, or null (empty, or nothing in the catalog). */
  matchCell(value: CellValue): string | null {
    if (typeof value !== "string" && typeof value !== "number") return this.matchCellText(value);
    const known = this.cellCache.get(value);
    if (known !== undefined) return known;
    const id = this.matchCellText(value);
    if (this.cellCache.size < CACHE_LIMIT) this.cellCache.set(value, id);
    return id;
  }

  private matchCellText(value: CellValue): string | null {
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
    return this.inferKey(normalizeText(resultText));
  }

  /** `infer` for a text already through `normalizeText`. */
  inferKey(key: string): Inference | null {
    const known = this.inferCache.get(key);
    if (known !== undefined) return known;
    const inferred = this.score(key);
    if (this.inferCache.size < CACHE_LIMIT) this.inferCache.set(key, inferred);
    return inferred;
  }

  private score(key: string): Inference | null {
    const exact = this.byText.get(key);
    if (exact !== undefined) return { id: exact, score: 1, runnerUp: 0 };
    const stems = contentStemsOfKey(key);
    const n = this.profiles.length;
    if (stems.size === 0 || n === 0) return null;
    let resultWeight = 0;
    // Per objective, the weight of the stems it shares with the result (through the inverted index).
    const shared = new Array<number>(n).fill(0);
    for (const s of stems) {
      const entry = this.index.get(s);
      if (!entry) {
        resultWeight += this.unknownWeight;
        continue;
      }
      resultWeight += entry.weight;
      for (const i of entry.objectives) shared[i] += entry.weight;
    }
    let best = -1;
    let bestScore = 0;
    let runnerUp = 0;
    let otherShared = 0;
    for (let i = 0; i < n; i++) {
      const denominator = resultWeight + this.profiles[i].weight;
      const score = denominator > 0 ? (2 * shared[i]) / denominator : 0;
      if (best < 0 || score > bestScore) {
        if (best >= 0) {
          runnerUp = Math.max(runnerUp, bestScore);
          otherShared = Math.max(otherShared, shared[best]);
        }
        best = i;
        bestScore = score;
      } else {
        runnerUp = Math.max(runnerUp, score);
        otherShared = Math.max(otherShared, shared[i]);
      }
    }
    if (best < 0 || bestScore < MIN_INFERENCE_SCORE || bestScore - runnerUp < MIN_INFERENCE_MARGIN) return null;
    // When another objective shares as much of the result's wording, the best one only wins by being
    // shorter: the wording does not tell them apart ("Desarrollo de capacidades": OE4 or OE6?).
    if (otherShared >= shared[best] - 1e-9) return null;
    return { id: this.profiles[best].id, score: bestScore, runnerUp };
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
 * Maps one row (`textKey`: its result text through `normalizeText`): by the objective column when the
 * matrix has one (§5: an empty or unknown cell is unmapped, whatever the wording says, though the
 * wording may suggest a fix), else by wording.
 */
export function mapRow(matcher: ObjectiveMatcher, hasObjectiveColumn: boolean, textKey: string, objectiveValue: CellValue): RowMapping {
  const id = hasObjectiveColumn ? matcher.matchCell(objectiveValue) : null;
  if (id !== null) return { objective: id, via: "column", suggestion: null };
  const inferred = textKey === "" ? null : matcher.inferKey(textKey);
  if (hasObjectiveColumn) return { objective: null, via: null, suggestion: inferred?.id ?? null };
  return inferred ? { objective: inferred.id, via: "inferred", suggestion: null } : { objective: null, via: null, suggestion: null };
}
