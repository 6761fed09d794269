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
  monitoring: MonitoringText;
}

/** The words of seguimiento (contract §9): the Realizado cells' rule and the `Seguimiento` sheet. */
export interface MonitoringText {
  executed: { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };
  title(year: number): string;
  note(matrixSheet: string): string;
  corteLabel: string;
  cumplidoLabel: string;
  enRiesgoLabel: string;
  /** Beside the corte: what it means, given the month's name (null: no month is due). */
  corteMeaning: { none: string; upTo: string };
  thresholdHint: string;
  institution: string;
  corte: { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };
  threshold: { errorTitle: string; errorMessage: string };
  /** Month names in running text, January first. */
  monthNames: readonly string[];
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
  monitoring: {
    executed: {
      errorTitle: "Realizado no válido",
      errorMessage:
        "Escriba la cantidad realizada en el mes: un número igual o mayor que 0 (por ejemplo 3, 1500 o 0). Deje la celda vacía mientras no lo reporte.",
      promptTitle: "Realizado",
      prompt: "Cantidad realizada este mes: 0 si no se hizo nada; vacío si aún no se reporta.",
    },
    title: (year) => `Seguimiento del Plan Operativo Anual ${year}`,
    note: (matrixSheet) =>
      `Cumplimiento de cada período: lo realizado sobre lo programado en los meses programados hasta el mes de corte, calculado desde la hoja ${matrixSheet}. Por objetivo y para la institución: el promedio de sus filas con algún mes vencido, cada fila hasta 100 %.`,
    corteLabel: "Mes de corte (0 a 12)",
    cumplidoLabel: "Cumplido desde",
    enRiesgoLabel: "En riesgo desde",
    corteMeaning: { none: "Ningún mes vencido todavía.", upTo: "Se evalúan los meses de enero a " },
    thresholdHint: "Debajo de «En riesgo desde»: Crítico. Puede cambiar los dos umbrales.",
    institution: "Institución (todas las filas)",
    corte: {
      errorTitle: "Mes de corte no válido",
      errorMessage: "Escriba el número del último mes cuyo avance ya debe estar reportado: de 1 (enero) a 12 (diciembre), o 0 si ninguno.",
      promptTitle: "Mes de corte",
      prompt: "Número del último mes reportado: 3 evalúa enero a marzo. La fórmula de fábrica usa el mes anterior al actual.",
    },
    threshold: { errorTitle: "Umbral no válido", errorMessage: "Escriba un porcentaje entre 0 % y 500 %, por ejemplo 100 % u 80 %." },
    monthNames: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  },
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
  monitoring: {
    executed: {
      errorTitle: "Invalid executed value",
      errorMessage: "Type the quantity done in the month: a number of 0 or more (for example 3, 1500 or 0). Leave the cell empty until you report it.",
      promptTitle: "Executed (Realizado)",
      prompt: "Quantity done this month: 0 if nothing was done; empty if not reported yet.",
    },
    title: (year) => `Monitoring of the Annual Operating Plan (Plan Operativo Anual) ${year}`,
    note: (matrixSheet) =>
      `Compliance of each period: what was done over what was planned, in the months scheduled up to the cut-off month, computed from the ${matrixSheet} sheet. Per objective and for the institution: the mean of their rows with a month due, each row up to 100 %.`,
    corteLabel: "Cut-off month (0 to 12)",
    cumplidoLabel: "Achieved from",
    enRiesgoLabel: "At risk from",
    corteMeaning: { none: "No month is due yet.", upTo: "Months evaluated: January to " },
    thresholdHint: "Below «At risk from»: Critical. You can change both thresholds.",
    institution: "Institution (every row)",
    corte: {
      errorTitle: "Invalid cut-off month",
      errorMessage: "Type the number of the last month whose progress must be reported: 1 (January) to 12 (December), or 0 if none.",
      promptTitle: "Cut-off month",
      prompt: "Number of the last month reported: 3 evaluates January to March. The formula it starts with uses last month.",
    },
    threshold: { errorTitle: "Invalid threshold", errorMessage: "Type a percentage from 0 % to 500 %, for example 100 % or 80 %." },
    monthNames: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  },
};

export function layoutText(lang: Lang): LayoutText {
  return lang === "en" ? en : es;
}
