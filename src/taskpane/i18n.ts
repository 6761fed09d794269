import type { RowNouns } from "../core/messages";
import type { CatalogSource, Lang } from "../core/model";
// `a, b y c` / `a, b and c` (with `ni` for a Spanish negative list).
import { joinList as listOf } from "../core/text";
import { MAX_YEAR, MIN_YEAR } from "../core/year";
import { MIN_EXCEL_API, type MissingFeature } from "../excel/requirements";


const FEATURES_ES: Record<MissingFeature, string> = {
  dataValidation: "crear listas desplegables y validar las marcas de mes",
  colourMarks: "leer los meses marcados con color",
  pageLayout: "preparar la impresión",
  mergedAreas: "leer celdas combinadas",
  changeSource: "distinguir sus cambios de los de otros coautores",
};

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where a report's objectives came from (contract §3 v2), as the summary names it. */
const CATALOG_ES: Readonly<Record<CatalogSource, string>> = {
  sheet: "hoja Objetivos del libro",
  file: "los objetivos que escribió",
  column: "columna Objetivo de la matriz",
  template: "plantilla ESCO 2024 (el libro es de esa institución)",
  ids: "solo los ID de la columna Objetivo",
  none: "ninguno: no se revisan los objetivos",
};

const CATALOG_EN: Readonly<Record<CatalogSource, string>> = {
  sheet: "the workbook's Objetivos sheet",
  file: "the objectives you typed",
  column: "the matrix's Objetivo column",
  template: "the ESCO 2024 template (the workbook is that institution's)",
  ids: "only the IDs in the Objetivo column",
  none: "none: objectives are not checked",
};

const FEATURES_EN: Record<MissingFeature, string> = {
  dataValidation: "create drop-down lists and validate month marks",
  colourMarks: "read months marked by colour",
  pageLayout: "set up printing",
  mergedAreas: "read merged cells",
  changeSource: "tell your changes from your co-authors'",
};

/**
 * Every string the task pane shows. Spanish is the reference: `Strings` is its type, so a key missing
 * from English (or a parameter of the wrong kind) is a compile error.
 */
const es = {
  appTitle: "Matriz POA",
  tabGenerate: "Generar matriz",
  tabValidate: "Validar",
  tabAdopt: "Adoptar hoja",
  tabSeguimiento: "Seguimiento",
  busy: "Trabajando…",
  dismiss: "Cerrar",
  actionsLabel: "Acciones",
  loadingView: "Cargando…",
  viewLoadFailed: "No se pudo cargar esta pantalla. Compruebe la conexión e inténtelo de nuevo.",
  retry: "Reintentar",

  // Capabilities and errors
  oldExcelTitle: "Esta versión de Excel es demasiado antigua",
  oldExcelBody:
    `Matriz POA necesita ExcelApi ${MIN_EXCEL_API} o posterior: Excel 2019 o posterior (también con licencia por volumen), Microsoft 365, Excel para Mac o Excel en la Web. Los botones quedan desactivados.`,
  missingFeatures: (missing: MissingFeature[]) =>
    `Esta versión de Excel no permite ${listOf(missing.map((f) => FEATURES_ES[f]), "ni")}; lo demás funciona.`,
  errorTitle: "Excel informó un error",
  unknownError: "Error desconocido.",
  watchErrorTitle: "Revisión continua de la matriz",

  // Generate
  generateHeading: "Generar la matriz POA",
  generateIntro:
    "Revise los objetivos y resultados de la plantilla; se escribirán en hojas nuevas del libro. Nunca se sobrescribe una hoja existente.",
  yearLabel: "Año",
  yearInvalid: `Escriba un año entre ${MIN_YEAR} y ${MAX_YEAR}.`,
  institutionLabel: "Institución",
  institutionEmpty: "Escriba el nombre de la institución.",
  objectivesHeading: "Objetivos estratégicos",
  objectiveIdLabel: (n: number) => `Identificador del objetivo ${n}`,
  objectiveTextLabel: (n: number) => `Texto del objetivo ${n}`,
  objectiveIdInvalid: "Use la forma OE1, OE2…",
  objectiveIdDuplicate: (id: string) => `El identificador ${id} está repetido.`,
  objectiveTextEmpty: "Escriba el texto del objetivo.",
  removeObjective: (n: number) => `Quitar el objetivo ${n}`,
  addObjective: "Agregar objetivo",
  noObjectives: "La matriz necesita al menos un objetivo estratégico.",
  resultsHeading: "Resultados",
  resultTextLabel: (n: number) => `Texto del resultado ${n}`,
  resultObjectiveLabel: (n: number) => `Objetivo del resultado ${n}`,
  resultTextEmpty: "Escriba el texto del resultado.",
  resultObjectiveMissing: "Elija el objetivo al que sirve este resultado.",
  chooseObjective: "Elija un objetivo…",
  removeResult: (n: number) => `Quitar el resultado ${n}`,
  addResult: "Agregar resultado",
  generateButton: "Generar matriz",
  draftInvalid: "Revise los campos marcados. No se escribió nada en el libro.",
  writing: "Escribiendo la matriz…",
  progressText: (percent: number) => `Escribiendo la matriz: ${percent} %`,
  createdTitle: "Matriz creada",
  created: (objectives: string, matrix: string, coverage: string) =>
    `Se crearon las hojas «${objectives}», «${matrix}» y «${coverage}».`,
  cancelled: "No se escribió nada: la generación se canceló.",
  writeFailed: "No se pudo crear la matriz: el error de Excel se muestra arriba.",

  // Conflicts
  conflictTitle: "Ya existen hojas con esos nombres",
  conflictIntro:
    "Matriz POA no sobrescribe hojas existentes. Elija nombres nuevos para las hojas que se van a crear, o cancele.",
  conflictExists: (name: string) => `La hoja «${name}» ya existe.`,
  conflictNewName: (name: string) => `Nombre nuevo en lugar de «${name}»`,
  conflictConfirm: "Crear con estos nombres",
  cancel: "Cancelar",
  sheetNameEmpty: "Escriba un nombre.",
  sheetNameTooLong: "Un nombre de hoja tiene como máximo 31 caracteres.",
  sheetNameBadChars: "Un nombre de hoja no puede llevar : \\ / ? * [ ] ni empezar o terminar con apóstrofo.",
  sheetNameTaken: "Ese nombre ya está en uso.",
  sheetNameRepeated: "Use un nombre distinto para cada hoja.",

  // Validate
  validateHeading: "Validar el plan",
  validateIntro: "Lee la matriz del libro y revisa meses, resultados y objetivos.",
  validateButton: "Validar plan",
  validating: "Validando el plan…",
  notFoundTitle: "No se encontró la matriz",
  resultsHeadingReport: "Resultado de la validación",
  summarySheet: "Hoja",
  summaryYear: "Año",
  summaryNoYear: "sin año",
  summaryCovered: "Objetivos cubiertos",
  summaryHidden: (sheet: string) => `${sheet} (hoja oculta)`,
  summaryCatalog: "Catálogo",
  catalogSource: CATALOG_ES,
  givenHeading: "Objetivos de la institución",
  givenIntro: "Este libro no tiene catálogo de objetivos. Escriba o pegue los de su institución, uno por línea (por ejemplo «OE1 Mejorar la gestión municipal»), para saber a qué objetivo responde cada fila.",
  givenLabel: "Objetivos, uno por línea",
  givenRead: (ids: string[]) => (ids.length === 0 ? "Aún no hay ningún objetivo." : `Se leen ${ids.length === 1 ? "1 objetivo" : `${ids.length} objetivos`}: ${ids.join(", ")}.`),
  givenValidate: "Revisar con estos objetivos",
  givenAdopt: "Leer con estos objetivos",
  summaryErrors: "Errores",
  summaryWarnings: "Advertencias",
  noIssues: "Sin problemas: el plan está completo.",
  issuesHeading: "Problemas",
  groupBy: "Agrupar los problemas por",
  byCause: "Causa",
  byObjective: "Objetivo",
  generalGroup: "General",
  groupCounts: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errores"}, ${warnings} ${warnings === 1 ? "advertencia" : "advertencias"}`,
  severityError: "Error",
  severityWarning: "Advertencia",
  goToCell: (place: string) => `ir a ${place}`,
  showAll: (n: number) => `Mostrar los ${n} problemas`,
  causeCount: (n: number) => (n === 1 ? "1 celda" : `${n} celdas`),
  showAllCells: (n: number) => `Mostrar las ${n} celdas`,
  heatMapHeading: "Cobertura por mes",
  heatMapCaption: (rows: RowNouns) => `${cap(rows.many)} programad${rows.feminine ? "as" : "os"} por objetivo y mes`,
  heatMapObjective: "Objetivo",
  heatMapTotal: "Total",
  heatMapCell: (objective: string, month: string, count: number, rows: RowNouns) =>
    `${objective}, ${month}: ${count} ${count === 1 ? rows.one : rows.many} programad${rows.feminine ? "a" : "o"}${count === 1 ? "" : "s"}`,
  heatMapScheduled: (objective: string, month: string) => `${objective}, ${month}: programado`,
  months: ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"],
  monthInitials: ["E", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],

  // Adopt
  adoptHeading: "Adoptar una hoja existente",
  adoptIntro: "Lee la hoja activa, sea cual sea su formato, y copia su plan a una matriz nueva. La hoja original no se modifica.",
  adoptReadButton: "Leer la hoja activa",
  adoptReading: "Leyendo la hoja…",
  adoptReportHeading: "Lo que se leyó",
  adoptCopy: "Copiar a una matriz nueva",
  adoptPlan: (rows: RowNouns, n: number, objectives: number) =>
    `${cap(rows.many)}: ${n}, con sus meses marcados con X. Objetivos: ${objectives}. Se escriben en hojas nuevas.`,
  adoptUnmapped: (rows: RowNouns, n: number) =>
    `${cap(rows.many)} sin objetivo: ${n}. Su celda Objetivo queda vacía para elegirlo de la lista.`,
  adoptReadAgain: "Leer de nuevo",
  adoptNoRows: "La hoja no tiene filas que copiar.",

  // Repair
  repairButton: (n: number) => `Reparar (${n})`,
  repairNothing: "Reparar",
  repairTitle: "¿Aplicar estos cambios?",
  repairIntro: "Estos cambios modifican celdas escritas por usted. Revise la lista antes de aplicarlos.",
  repairSetTo: (place: string, value: string) => `${cap(place)}: escribir «${value}»`,
  repairClear: (place: string) => `${cap(place)}: vaciar la celda`,
  repairConfirm: "Aplicar cambios",
  repaired: (applied: number, skipped: number) =>
    (applied === 1 ? "Se corrigió 1 celda" : `Se corrigieron ${applied} celdas`) +
    (skipped > 0 ? `; ${skipped} ${skipped === 1 ? "había cambiado y se dejó" : "habían cambiado y se dejaron"} como estaba${skipped === 1 ? "" : "n"}.` : "."),
};

export type Strings = typeof es;

const en: Strings = {
  appTitle: "POA Matrix",
  tabGenerate: "Generate matrix",
  tabValidate: "Validate",
  tabAdopt: "Adopt sheet",
  tabSeguimiento: "Monitoring",
  busy: "Working…",
  dismiss: "Dismiss",
  actionsLabel: "Actions",
  loadingView: "Loading…",
  viewLoadFailed: "This screen could not be loaded. Check the connection and try again.",
  retry: "Try again",

  oldExcelTitle: "This version of Excel is too old",
  oldExcelBody:
    `POA Matrix needs ExcelApi ${MIN_EXCEL_API} or later: Excel 2019 or later (volume-licensed too), Microsoft 365, Excel for Mac or Excel on the web. The buttons are disabled.`,
  missingFeatures: (missing: MissingFeature[]) =>
    `This version of Excel cannot ${listOf(missing.map((f) => FEATURES_EN[f]), "or")}; everything else works.`,
  errorTitle: "Excel reported an error",
  unknownError: "Unknown error.",
  watchErrorTitle: "Matrix consistency check",

  generateHeading: "Generate the POA matrix",
  generateIntro:
    "Review the template's objectives and results; they are written to new sheets of the workbook. An existing sheet is never overwritten.",
  yearLabel: "Year",
  yearInvalid: `Enter a year between ${MIN_YEAR} and ${MAX_YEAR}.`,
  institutionLabel: "Institution",
  institutionEmpty: "Enter the institution's name.",
  objectivesHeading: "Strategic objectives",
  objectiveIdLabel: (n: number) => `Id of objective ${n}`,
  objectiveTextLabel: (n: number) => `Text of objective ${n}`,
  objectiveIdInvalid: "Use the form OE1, OE2…",
  objectiveIdDuplicate: (id: string) => `The id ${id} is used twice.`,
  objectiveTextEmpty: "Enter the objective's text.",
  removeObjective: (n: number) => `Remove objective ${n}`,
  addObjective: "Add objective",
  noObjectives: "The matrix needs at least one strategic objective.",
  resultsHeading: "Results",
  resultTextLabel: (n: number) => `Text of result ${n}`,
  resultObjectiveLabel: (n: number) => `Objective of result ${n}`,
  resultTextEmpty: "Enter the result's text.",
  resultObjectiveMissing: "Choose the objective this result serves.",
  chooseObjective: "Choose an objective…",
  removeResult: (n: number) => `Remove result ${n}`,
  addResult: "Add result",
  generateButton: "Generate matrix",
  draftInvalid: "Check the marked fields. Nothing was written to the workbook.",
  writing: "Writing the matrix…",
  progressText: (percent: number) => `Writing the matrix: ${percent}%`,
  createdTitle: "Matrix created",
  created: (objectives: string, matrix: string, coverage: string) =>
    `Created the sheets “${objectives}”, “${matrix}” and “${coverage}”.`,
  cancelled: "Nothing was written: generation was cancelled.",
  writeFailed: "The matrix could not be created: Excel's error is shown above.",

  conflictTitle: "Sheets with these names already exist",
  conflictIntro:
    "POA Matrix never overwrites existing sheets. Choose new names for the sheets to create, or cancel.",
  conflictExists: (name: string) => `The sheet “${name}” already exists.`,
  conflictNewName: (name: string) => `New name instead of “${name}”`,
  conflictConfirm: "Create with these names",
  cancel: "Cancel",
  sheetNameEmpty: "Enter a name.",
  sheetNameTooLong: "A sheet name has at most 31 characters.",
  sheetNameBadChars: "A sheet name cannot contain : \\ / ? * [ ] nor start or end with an apostrophe.",
  sheetNameTaken: "That name is already in use.",
  sheetNameRepeated: "Use a different name for each sheet.",

  validateHeading: "Validate the plan",
  validateIntro: "Reads the matrix in the workbook and checks months, results and objectives.",
  validateButton: "Validate plan",
  validating: "Validating the plan…",
  notFoundTitle: "No matrix found",
  resultsHeadingReport: "Validation result",
  summarySheet: "Sheet",
  summaryYear: "Year",
  summaryNoYear: "no year",
  summaryCovered: "Objectives covered",
  summaryHidden: (sheet: string) => `${sheet} (hidden sheet)`,
  summaryCatalog: "Catalog",
  catalogSource: CATALOG_EN,
  givenHeading: "Your institution's objectives",
  givenIntro: "This workbook has no catalog of objectives. Type or paste your institution's, one a line (for example “OE1 Improve municipal management”), to learn which objective each row serves.",
  givenLabel: "Objectives, one a line",
  givenRead: (ids: string[]) => (ids.length === 0 ? "No objective yet." : `${ids.length === 1 ? "1 objective" : `${ids.length} objectives`} read: ${ids.join(", ")}.`),
  givenValidate: "Check with these objectives",
  givenAdopt: "Read with these objectives",
  summaryErrors: "Errors",
  summaryWarnings: "Warnings",
  noIssues: "No problems: the plan is complete.",
  issuesHeading: "Problems",
  groupBy: "Group the problems by",
  byCause: "Cause",
  byObjective: "Objective",
  generalGroup: "General",
  groupCounts: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  severityError: "Error",
  severityWarning: "Warning",
  goToCell: (place: string) => `go to ${place}`,
  showAll: (n: number) => `Show all ${n} problems`,
  causeCount: (n: number) => (n === 1 ? "1 cell" : `${n} cells`),
  showAllCells: (n: number) => `Show all ${n} cells`,
  heatMapHeading: "Coverage by month",
  heatMapCaption: (rows: RowNouns) => `Scheduled ${rows.many} by objective and month`,
  heatMapObjective: "Objective",
  heatMapTotal: "Total",
  heatMapCell: (objective: string, month: string, count: number, rows: RowNouns) =>
    `${objective}, ${month}: ${count} scheduled ${count === 1 ? rows.one : rows.many}`,
  heatMapScheduled: (objective: string, month: string) => `${objective}, ${month}: scheduled`,
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  monthInitials: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],

  adoptHeading: "Adopt an existing sheet",
  adoptIntro: "Reads the active sheet, whatever its layout, and copies its plan to a new matrix. The original sheet is not changed.",
  adoptReadButton: "Read the active sheet",
  adoptReading: "Reading the sheet…",
  adoptReportHeading: "What was read",
  adoptCopy: "Copy to a new matrix",
  adoptPlan: (rows: RowNouns, n: number, objectives: number) =>
    `${cap(rows.many)}: ${n}, with their months marked X. Objectives: ${objectives}. Written to new sheets.`,
  adoptUnmapped: (rows: RowNouns, n: number) =>
    `${cap(rows.many)} without an objective: ${n}. Their Objetivo cell is left empty, to choose one from the list.`,
  adoptReadAgain: "Read again",
  adoptNoRows: "The sheet has no rows to copy.",

  repairButton: (n: number) => `Repair (${n})`,
  repairNothing: "Repair",
  repairTitle: "Apply these changes?",
  repairIntro: "These changes modify cells you wrote. Review the list before applying them.",
  repairSetTo: (place: string, value: string) => `${cap(place)}: write “${value}”`,
  repairClear: (place: string) => `${cap(place)}: clear the cell`,
  repairConfirm: "Apply changes",
  repaired: (applied: number, skipped: number) =>
    `Fixed ${applied} ${applied === 1 ? "cell" : "cells"}` +
    (skipped > 0 ? `; ${skipped} had changed and ${skipped === 1 ? "was" : "were"} left as ${skipped === 1 ? "it was" : "they were"}.` : "."),
};

export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : es;
}
