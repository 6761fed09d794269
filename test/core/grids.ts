/** Grid builders shared by the core tests (not a test file itself). */
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { escoTemplate } from "../../src/core/escoTemplate";

export const MONTHS_ES = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

export const SEED_RESULTS = escoTemplate().results.map((r) => r.text);

/**
 * The seed's matrix as the reader would get it: a title, then a two-row header (`Resultado` merged
 * over both rows, `2024` merged over the month columns), months on the second row, one result a row.
 * Result i sits at A{4+i}; month m of it at column B+m.
 */
export function seedSheet(results: string[] = SEED_RESULTS, marks: (row: number) => CellValue[] = () => []): SheetGrid {
  const values: CellValue[][] = [["MATRIZ POA 2024"], ["Resultado", 2024, ...new Array<CellValue>(11).fill(null)], [null, ...MONTHS_ES]];
  results.forEach((text, i) => {
    const m = marks(i);
    values.push([text, ...MONTHS_ES.map((_, k) => m[k] ?? null)]);
  });
  const merges: MergedRange[] = [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 1, right: 12 },
  ];
  return { name: "POA", values, merges };
}

/**
 * A matrix in the scaffold's shape: header on row 6 (`N°`, `Objetivo`, `Objetivo estratégico`,
 * `Resultado`, Ene…Dic), data from row 7. Each row: [objective cell, result text, marks by month].
 */
export function scaffoldLikeSheet(
  rows: { objective?: CellValue; text?: CellValue; marks?: CellValue[] }[],
  name = "Matriz POA 2024",
): SheetGrid {
  const values: CellValue[][] = [
    ["Agencia de El Salvador para la Cooperación Internacional (ESCO)"],
    ["Plan Operativo Anual 2024"],
    [],
    [],
    [],
    ["N°", "Objetivo", "Objetivo estratégico", "Resultado", ...MONTHS_ES, "Meses", "Estado"],
  ];
  rows.forEach((r, i) => {
    const marks = MONTHS_ES.map((_, k) => r.marks?.[k] ?? null);
    values.push([i + 1, r.objective ?? null, null, r.text ?? null, ...marks, null, null]);
  });
  return { name, values };
}

/** The ESCO catalog as a sheet: header row 1, OE1…OE7 from row 2. */
export function catalogSheet(name = "Objetivos"): SheetGrid {
  const t = escoTemplate();
  return { name, values: [["ID", "Objetivo estratégico"], ...t.objectives.map((o) => [o.id, o.text])] };
}

export function book(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** Marks every month of every row with X. */
export const allX = (): CellValue[] => MONTHS_ES.map(() => "X");
