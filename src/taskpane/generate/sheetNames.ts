import type { SheetNames } from "../../excel/shell";
import type { Strings } from "../i18n";


export type SheetKey = keyof SheetNames;
export const SHEET_KEYS: readonly SheetKey[] = ["objectives", "matrix", "coverage"];

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

const MAX_LENGTH = 31;

/** `Matriz POA 2024` → `Matriz POA 2024 (2)`; `X (2)` → `X (3)`; skips every name in `taken`. */
export function suggestSheetName(name: string, taken: readonly string[]): string {
  const numbered = /^(.*) \((\d+)\)$/.exec(name);
  const base = numbered ? numbered[1] : name;
  let n = numbered ? Number(numbered[2]) + 1 : 2;
  for (;;) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.some((t) => sameSheetName(t, candidate))) return candidate;
    n += 1;
  }
}

/** Why Excel would refuse the name, or why it would clash; undefined when it is fine. */
export function sheetNameProblem(
  name: string,
  t: Strings,
  taken: readonly string[],
  others: readonly string[],
): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return t.sheetNameEmpty;
  if (trimmed.length > MAX_LENGTH) return t.sheetNameTooLong;
  if (/[:\\/?*[\]]/.test(trimmed) || trimmed.startsWith("'") || trimmed.endsWith("'")) return t.sheetNameBadChars;
  if (taken.some((n) => sameSheetName(n, trimmed))) return t.sheetNameTaken;
  if (others.some((n) => sameSheetName(n, trimmed))) return t.sheetNameRepeated;
  return undefined;
}

/** Which of the sheets to be created each reported conflict is; conflicts naming none of them are kept apart. */
export function matchConflicts(
  names: SheetNames,
  conflicts: readonly string[],
): { keyed: { key: SheetKey; name: string }[]; unknown: string[] } {
  const keyed: { key: SheetKey; name: string }[] = [];
  const unknown: string[] = [];
  for (const conflict of conflicts) {
    const key = SHEET_KEYS.find((k) => sameSheetName(names[k], conflict));
    if (key && !keyed.some((c) => c.key === key)) keyed.push({ key, name: names[key] });
    else if (!key) unknown.push(conflict);
  }
  return { keyed, unknown };
}
