import type { Lang } from "./model";

/**
 * A cell as a planner names it: "hoja Objetivos, celda A6", never Excel's `Objetivos!A6`. Where the
 * reader already knows the sheet (the matrix's own cells under its report), `knownSheet` drops it:
 * "celda J11".
 */
export function cellPlace(lang: Lang, sheet: string, cell: string, knownSheet?: string): string {
  const sheetWord = lang === "es" ? "hoja" : "sheet";
  const cellWord = lang === "es" ? "celda" : "cell";
  return sheet === knownSheet ? `${cellWord} ${cell}` : `${sheetWord} ${sheet}, ${cellWord} ${cell}`;
}
