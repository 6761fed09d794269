/**
 * Objectives a planner types or pastes in the add-in, one a line, when the workbook has no catalog
 * (contract §3 v2 rule 2): `OE1 Texto`, `OE 2: Texto`, `3. Texto`, two cells pasted from a sheet
 * (`OE4⇥Texto`), or the text alone (numbered after the others, in order). The ids are the scaffold's
 * (`OE3`); a repeated id keeps its first line.
 */
import type { Objective } from "./model";
import { objectiveIdOf, splitLeadingId } from "./objectiveId";
import { collapseSpaces } from "./text";

/** `3. Texto`, `3) Texto`, `3 - Texto`: a bare number leading the text. */
const LEADING_NUMBER = /^(\d{1,3})\s*[.)\-–—:]\s*(\S.*)$/;

export function objectivesFromText(text: string): Objective[] {
  const parsed: { n: number | null; text: string }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const cells = raw.split("\t").map((c) => collapseSpaces(c)).filter((c) => c !== "");
    if (cells.length === 0) continue;
    const line = cells.join(" ");
    const first = cells.length > 1 ? splitLeadingId(cells[0]) : null;
    if (first && first.rest === "") {
      parsed.push({ n: first.n, text: cells.slice(1).join(" ") });
      continue;
    }
    const id = splitLeadingId(line);
    if (id) {
      parsed.push({ n: id.n, text: id.rest });
      continue;
    }
    const numbered = LEADING_NUMBER.exec(line);
    parsed.push(numbered ? { n: Number(numbered[1]), text: numbered[2] } : { n: null, text: line });
  }
  const taken = new Set(parsed.filter((p) => p.n !== null).map((p) => p.n as number));
  let next = 1;
  const objectives: Objective[] = [];
  const seen = new Set<number>();
  for (const p of parsed) {
    let n = p.n;
    if (n === null) {
      while (taken.has(next)) next++;
      n = next;
      taken.add(n);
    }
    if (seen.has(n)) continue;
    seen.add(n);
    objectives.push({ id: objectiveIdOf(n), text: p.text });
  }
  return objectives;
}
