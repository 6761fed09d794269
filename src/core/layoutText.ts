import type { Lang } from "./model";

/**
 * The planner-facing words of the scaffolded workbook, in Spanish and English.
 * Sheet names and header labels are NOT here: they are the contract's Spanish ones in both languages,
 * so a workbook reads the same whoever scaffolded it (see `layout.ts`).
 * Excel caps validation titles at 32 characters and messages at 255; the tests hold these to that.
 */
export interface LayoutText {
  planTitle(year: number): string;
  matrixSubtitle: string;
  matrixInstruction: string;
  status: { missingResult: string; missingObjective: string; noMonths: string; complete: string };
  objectiveList: { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };
  monthMark: { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };
  coverageTitle(year: number): string;
  coverageNote(matrixSheet: string): string;
  yes: string;
  no: string;
  /** The printed footer's page number, in Excel's header/footer codes (`&P` the page, `&N` the pages). */
  footerPage: string;
}

const es: LayoutText = {
  planTitle: (year) => `Plan Operativo Anual ${year}`,
  matrixSubtitle: "Matriz de resultados por objetivo estratégico y mes",
  matrixInstruction:
    "Elija el objetivo de cada resultado en la lista de la columna Objetivo y marque con X los meses en que se trabaja (o escriba la cantidad planificada en el mes).",
  status: { missingResult: "Falta resultado", missingObjective: "Falta objetivo", noMonths: "Sin meses", complete: "Completo" },
  objectiveList: {
    errorTitle: "Objetivo no válido",
    errorMessage: "Elija un ID de la lista (hoja Objetivos), por ejemplo OE1.",
    promptTitle: "Objetivo",
    prompt: "Elija de la lista el objetivo estratégico al que sirve este resultado.",
  },
  monthMark: {
    errorTitle: "Marca de mes no válida",
    errorMessage:
      "Escriba X (o x, Sí, ✓) si se trabaja este mes, o la cantidad planificada: 3, 1.500, $ 250, 2,000 libros, 25% de la obra. Si no se trabaja: deje la celda vacía o escriba 0, N/A o -.",
    promptTitle: "Mes",
    prompt: "X si el resultado se trabaja este mes, o la cantidad planificada (3, 25% de la obra); vacío, 0 o N/A si no.",
  },
  coverageTitle: (year) => `Cobertura de los objetivos estratégicos por mes, ${year}`,
  coverageNote: (matrixSheet) =>
    `Resultados programados por objetivo y mes, calculados desde la hoja ${matrixSheet}. Un objetivo está cubierto cuando al menos un resultado suyo tiene un mes programado.`,
  yes: "Sí",
  no: "No",
  footerPage: "Página &P de &N",
};

const en: LayoutText = {
  planTitle: (year) => `Annual Operating Plan (Plan Operativo Anual) ${year}`,
  matrixSubtitle: "Results by strategic objective and month",
  matrixInstruction:
    "Pick each result's objective from the list in the Objetivo column and mark with X the months in which it is worked on (or type the quantity planned for the month).",
  status: { missingResult: "Missing result", missingObjective: "Missing objective", noMonths: "No months", complete: "Complete" },
  objectiveList: {
    errorTitle: "Invalid objective",
    errorMessage: "Pick an ID from the list (Objetivos sheet), for example OE1.",
    promptTitle: "Objective",
    prompt: "Pick from the list the strategic objective this result serves.",
  },
  monthMark: {
    errorTitle: "Invalid month mark",
    errorMessage:
      "Type X (or x, Sí, Yes, ✓) if it is worked on this month, or the planned quantity: 3, 1,500, $ 250, 2,000 books, 25% of the works. If not: leave the cell empty or type 0, N/A or -.",
    promptTitle: "Month",
    prompt: "X if the result is worked on this month, or the planned quantity (3, 25% of the works); empty, 0 or N/A if not.",
  },
  coverageTitle: (year) => `Strategic objectives covered by month, ${year}`,
  coverageNote: (matrixSheet) =>
    `Results scheduled per objective and month, computed from the ${matrixSheet} sheet. An objective is covered when at least one of its results has a month scheduled.`,
  yes: "Yes",
  no: "No",
  footerPage: "Page &P of &N",
};

export function layoutText(lang: Lang): LayoutText {
  return lang === "en" ? en : es;
}
