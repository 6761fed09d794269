import { escoTemplate } from "../src/core/escoTemplate";
import type { CellValue, WorkbookGrid } from "../src/core/grid";
import { MATRIX_HEADERS } from "../src/core/layout";
import type { PlanTemplate } from "../src/core/model";

/**
 * Synthetic POA matrices of any size, shaped like the scaffold (title block, header on row 6, data
 * from row 7, `Objetivos` catalog) and marked like a real plan: mostly X, some quantities, some empty
 * rows of months, a few non-standard marks, so every check does real work.
 */

const MARKS: CellValue[] = ["X", null, null, "X", 2, null, "X", null, "X", null, 0, null];

export function monthMark(row: number, month: number): CellValue {
  // One row in 97 has no month (an error), one in 11 a lower-case x (a warning), the rest a fixed mix.
  if (row % 97 === 13) return null;
  if (row % 11 === 5 && month === 3) return "x";
  return MARKS[(row * 5 + month * 7) % MARKS.length];
}

export function resultText(row: number): string {
  return `Resultado ${row + 1}: actividades de cooperación y seguimiento del componente ${(row % 41) + 1}`;
}

export function generatedGrid(rows: number): WorkbookGrid {
  const template = escoTemplate(2024);
  const catalog: CellValue[][] = [["ID", "Objetivo estratégico"], ...template.objectives.map((o) => [o.id, o.text])];
  const values: CellValue[][] = [[template.institution], ["Plan Operativo Anual 2024"], ["Matriz"], ["Marque con X"], [], [...MATRIX_HEADERS]];
  for (let i = 0; i < rows; i++) {
    const o = template.objectives[i % template.objectives.length];
    const row: CellValue[] = [i + 1, o.id, o.text, resultText(i)];
    let count = 0;
    for (let m = 0; m < 12; m++) {
      const mark = monthMark(i, m);
      row.push(mark);
      if (mark === "X" || mark === "x" || (typeof mark === "number" && mark >= 1)) count++;
    }
    row.push(count, count ? "Completo" : "Sin meses");
    values.push(row);
  }
  return { sheets: [{ name: "Objetivos", values: catalog }, { name: "Matriz POA 2024", values }] };
}

/** A template with `rows` results, for scaffolding big files. */
export function bigTemplate(rows: number): PlanTemplate {
  const base = escoTemplate(2024);
  return {
    ...base,
    results: Array.from({ length: rows }, (_, i) => ({ text: resultText(i), objective: base.objectives[i % base.objectives.length].id })),
  };
}
