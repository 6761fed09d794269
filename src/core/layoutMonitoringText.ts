import type { Lang } from "./model";
import { MONTH_NAMES } from "./monitoring/monitoringWords";

/** The words of seguimiento (contract §9): the Realizado cells' rule and the `Seguimiento` sheet. */
export interface MonitoringText {
  executed: { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };
  title(year: number): string;
  note(matrixSheet: string): string;
  corteLabel: string;
  cumplidoLabel: string;
  enRiesgoLabel: string;
  /** Beside the corte, what it means: the sentence when no month is due, and the start of the one naming the last month evaluated. */
  corteMeaning: { none: string; upTo: string };
  thresholdHint: string;
  institution: string;
  corte: { errorTitle: string; errorMessage: string; promptTitle: string; prompt: string };
  threshold: { errorTitle: string; errorMessage: string };
  /** Month names in running text, January first. */
  monthNames: readonly string[];
}

const es: MonitoringText = {
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
  monthNames: MONTH_NAMES.es,
};

const en: MonitoringText = {
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
  monthNames: MONTH_NAMES.en,
};

/** Seguimiento's words, kept apart from the plan's (layoutText.ts) so that they load only with seguimiento. */
export function monitoringText(lang: Lang): MonitoringText {
return lang === "en" ? en : es;
}
