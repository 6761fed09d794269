import type { Lang } from "../../core/model";
import type { TablePeriod } from "../../core/monitoring/periods";

/**
 * The Seguimiento view's words (contract §9), in Spanish and English. They load with the view's chunk,
 * not with the pane's first page; the tab's label and the picker's month names (the pane's `months`) are in i18n.ts. Month names in running text, status
 * words and percentages come from the core (monitoringWords.ts, messages.ts), as the CLI says them.
 */

const es = {
  heading: "Seguimiento",
  intro: "Compara lo realizado con lo programado hasta el mes de corte: el cumplimiento y el semáforo de cada objetivo y de la institución.",
  corteLabel: "Mes de corte",
  corteNone: "Ninguno todavía (0)",
  corteHint: (span: string, source: "given" | "workbook" | "default") =>
    `Se evalúan ${span}. ${source === "given" ? "Mes elegido aquí." : source === "workbook" ? "Mes de corte escrito en el libro." : "Mes de corte por omisión: el último mes vencido del año del plan."}`,
  tableHeading: "Semáforo por objetivo",
  tableCaption: "Cumplimiento por trimestre y del año, hasta el corte",
  objective: "Objetivo",
  periodShort: { T1: "T1", T2: "T2", T3: "T3", T4: "T4", year: "Año" } satisfies Record<TablePeriod, string>,
  periodFull: { T1: "Primer trimestre", T2: "Segundo trimestre", T3: "Tercer trimestre", T4: "Cuarto trimestre", year: "Año hasta el corte" } satisfies Record<TablePeriod, string>,
  noObjectives: "Ningún objetivo tiene filas en la matriz: no hay semáforo por objetivo.",
  legendLabel: "Leyenda del semáforo",
  institution: "Institución, año hasta el corte",
  thresholds: (cumplido: string, enRiesgo: string) => `Cumplido desde ${cumplido}; en riesgo desde ${enRiesgo}; debajo, crítico.`,
  thresholdsLabel: "Umbrales",
  issuesHeading: "Realizado por reportar",
  noMissing: "No falta ningún reporte hasta el corte.",
  evaluate: "Evaluar",
  addMonitoring: "Agregar seguimiento",
  evaluating: "Evaluando el seguimiento…",
  adding: "Agregando el seguimiento…",
  evaluated: (span: string) => `Seguimiento evaluado: ${span}.`,
  noRealizadoAddin: (sheet: string) =>
    `La matriz «${sheet}» aún no tiene columnas Realizado. «Agregar seguimiento» añade a la derecha del plan el Realizado de cada mes y su cumplimiento, y una hoja Seguimiento con el semáforo, sin cambiar ninguna celda del plan.`,
  noRealizadoOther: (sheet: string) =>
    `La hoja «${sheet}» no tiene columnas Realizado. Para el seguimiento, ponga bajo cada mes una subcolumna «Realizado» junto a la de lo programado, o un segundo bloque de doce meses bajo el título «Realizado» o «Ejecutado»; luego pulse Evaluar.`,
  noRealizadoNotice: "La hoja no tiene columnas Realizado: no hay seguimiento que evaluar.",
  added: (matrix: string, sheet: string) => `Seguimiento agregado: columnas Realizado en «${matrix}» y la hoja «${sheet}».`,
  addCancelled: "No se escribió nada: se canceló agregar el seguimiento.",
  addFailed: "No se pudo agregar el seguimiento.",
  evaluateFailed: "No se pudo evaluar el seguimiento.",
  nameTitle: "Ya existe una hoja con ese nombre",
  nameLabel: "Nombre de la hoja de seguimiento",
  nameConfirm: "Agregar con este nombre",
};

export type SeguimientoStrings = typeof es;

const en: SeguimientoStrings = {
  heading: "Monitoring",
  intro: "Compares what was done with what was planned up to the cut-off month: the compliance and traffic light of each objective and of the institution.",
  corteLabel: "Cut-off month",
  corteNone: "None yet (0)",
  corteHint: (span, source) =>
    `${span.charAt(0).toUpperCase() + span.slice(1)} evaluated. ${source === "given" ? "Month chosen here." : source === "workbook" ? "Cut-off month typed in the workbook." : "Default cut-off month: the plan year's last month due."}`,
  tableHeading: "Traffic light by objective",
  tableCaption: "Compliance by quarter and for the year, up to the cut-off",
  objective: "Objective",
  // T1…T4 as the workbook's Seguimiento sheet and the CLI head them, in both languages.
  periodShort: { T1: "T1", T2: "T2", T3: "T3", T4: "T4", year: "Year" },
  periodFull: { T1: "First quarter", T2: "Second quarter", T3: "Third quarter", T4: "Fourth quarter", year: "Year to the cut-off" },
  noObjectives: "No objective has rows in the matrix: there is no traffic light by objective.",
  legendLabel: "Traffic light legend",
  institution: "Institution, year to the cut-off",
  thresholds: (cumplido, enRiesgo) => `Achieved from ${cumplido}; at risk from ${enRiesgo}; below, critical.`,
  thresholdsLabel: "Thresholds",
  issuesHeading: "Execution to report",
  noMissing: "No report is missing up to the cut-off.",
  evaluate: "Evaluate",
  addMonitoring: "Add monitoring",
  evaluating: "Evaluating monitoring…",
  adding: "Adding monitoring…",
  evaluated: (span) => `Monitoring evaluated: ${span}.`,
  noRealizadoAddin: (sheet) =>
    `The matrix “${sheet}” has no Realizado (executed) columns yet. “Add monitoring” adds each month's Realizado and its compliance to the right of the plan, and a Seguimiento sheet with the traffic light, changing no cell of the plan.`,
  noRealizadoOther: (sheet) =>
    `The sheet “${sheet}” has no Realizado (executed) columns. To monitor it, put under each month a “Realizado” sub-column beside the planned one, or a second block of twelve months under the title “Realizado” or “Executed”; then press Evaluate.`,
  noRealizadoNotice: "The sheet has no Realizado columns: there is no monitoring to evaluate.",
  added: (matrix, sheet) => `Monitoring added: Realizado columns in “${matrix}” and the sheet “${sheet}”.`,
  addCancelled: "Nothing was written: adding monitoring was cancelled.",
  addFailed: "Monitoring could not be added.",
  evaluateFailed: "Monitoring could not be evaluated.",
  nameTitle: "A sheet with that name already exists",
  nameLabel: "Name of the monitoring sheet",
  nameConfirm: "Add with this name",
};

export function seguimientoText(lang: Lang): SeguimientoStrings {
  return lang === "en" ? en : es;
}
