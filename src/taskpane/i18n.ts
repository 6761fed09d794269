import type { Lang } from "../core/model";
import { MAX_YEAR, MIN_YEAR } from "../core/year";

/**
 * Every string the task pane shows. Spanish is the reference: `Strings` is its type, so a key missing
 * from English (or a parameter of the wrong kind) is a compile error.
 */
const es = {
  appTitle: "Matriz POA",
  tabGenerate: "Generar matriz",
  tabValidate: "Validar",
  tabAdopt: "Adoptar hoja",
  busy: "Trabajando…",
  dismiss: "Cerrar",

  // Capabilities and errors
  oldExcelTitle: "Esta versión de Excel es demasiado antigua",
  oldExcelBody:
    "Matriz POA necesita Excel 2019 o posterior, Microsoft 365 o Excel en la Web (ExcelApi 1.8): tablas, validación de datos y formato condicional. Los botones quedan desactivados.",
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
  summaryErrors: "Errores",
  summaryWarnings: "Advertencias",
  noIssues: "Sin problemas: el plan está completo.",
  issuesHeading: "Problemas por objetivo",
  generalGroup: "General",
  groupCounts: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errores"}, ${warnings} ${warnings === 1 ? "advertencia" : "advertencias"}`,
  severityError: "Error",
  severityWarning: "Advertencia",
  goToCell: (cell: string) => `ir a ${cell}`,
  showAll: (n: number) => `Mostrar los ${n} problemas`,
  heatMapHeading: "Cobertura por mes",
  heatMapCaption: "Filas programadas por objetivo y mes",
  heatMapObjective: "Objetivo",
  heatMapTotal: "Total",
  heatMapCell: (objective: string, month: string, count: number) =>
    count === 1
      ? `${objective}, ${month}: 1 fila programada`
      : `${objective}, ${month}: ${count} filas programadas`,
  heatMapScheduled: (objective: string, month: string) => `${objective}, ${month}: programado`,
  months: ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"],

  // Adopt
  adoptHeading: "Adoptar una hoja existente",
  adoptIntro: "Lee la hoja activa, sea cual sea su formato, y copia su plan a una matriz nueva. La hoja original no se modifica.",
  adoptReadButton: "Leer la hoja activa",
  adoptReading: "Leyendo la hoja…",
  adoptReportHeading: "Lo que se leyó",
  adoptCopy: "Copiar a una matriz nueva",
  adoptPlan: (rows: number, objectives: number) =>
    `Filas: ${rows}, con sus meses marcados con X. Objetivos: ${objectives}. Se escriben en hojas nuevas.`,
  adoptUnmapped: (n: number) => `Filas sin objetivo: ${n}. Su celda Objetivo queda vacía para elegirlo de la lista.`,
  adoptNoRows: "La hoja no tiene filas que copiar.",

  // Repair
  repairButton: (n: number) => `Reparar (${n})`,
  repairNothing: "Reparar",
  repairTitle: "¿Aplicar estos cambios?",
  repairIntro: "Estos cambios modifican celdas escritas por usted. Revise la lista antes de aplicarlos.",
  repairSetTo: (cell: string, value: string) => `${cell}: escribir «${value}»`,
  repairClear: (cell: string) => `${cell}: vaciar la celda`,
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
  busy: "Working…",
  dismiss: "Dismiss",

  oldExcelTitle: "This version of Excel is too old",
  oldExcelBody:
    "POA Matrix needs Excel 2019 or later, Microsoft 365 or Excel on the web (ExcelApi 1.8): tables, data validation and conditional formatting. The buttons are disabled.",
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
  summaryErrors: "Errors",
  summaryWarnings: "Warnings",
  noIssues: "No problems: the plan is complete.",
  issuesHeading: "Problems by objective",
  generalGroup: "General",
  groupCounts: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  severityError: "Error",
  severityWarning: "Warning",
  goToCell: (cell: string) => `go to ${cell}`,
  showAll: (n: number) => `Show all ${n} problems`,
  heatMapHeading: "Coverage by month",
  heatMapCaption: "Scheduled rows by objective and month",
  heatMapObjective: "Objective",
  heatMapTotal: "Total",
  heatMapCell: (objective: string, month: string, count: number) =>
    count === 1 ? `${objective}, ${month}: 1 scheduled row` : `${objective}, ${month}: ${count} scheduled rows`,
  heatMapScheduled: (objective: string, month: string) => `${objective}, ${month}: scheduled`,
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],

  adoptHeading: "Adopt an existing sheet",
  adoptIntro: "Reads the active sheet, whatever its layout, and copies its plan to a new matrix. The original sheet is not changed.",
  adoptReadButton: "Read the active sheet",
  adoptReading: "Reading the sheet…",
  adoptReportHeading: "What was read",
  adoptCopy: "Copy to a new matrix",
  adoptPlan: (rows: number, objectives: number) =>
    `Rows: ${rows}, with their months marked X. Objectives: ${objectives}. Written to new sheets.`,
  adoptUnmapped: (n: number) => `Rows without an objective: ${n}. Their Objetivo cell is left empty, to choose one from the list.`,
  adoptNoRows: "The sheet has no rows to copy.",

  repairButton: (n: number) => `Repair (${n})`,
  repairNothing: "Repair",
  repairTitle: "Apply these changes?",
  repairIntro: "These changes modify cells you wrote. Review the list before applying them.",
  repairSetTo: (cell: string, value: string) => `${cell}: write “${value}”`,
  repairClear: (cell: string) => `${cell}: clear the cell`,
  repairConfirm: "Apply changes",
  repaired: (applied: number, skipped: number) =>
    `Fixed ${applied} ${applied === 1 ? "cell" : "cells"}` +
    (skipped > 0 ? `; ${skipped} had changed and ${skipped === 1 ? "was" : "were"} left as ${skipped === 1 ? "it was" : "they were"}.` : "."),
};

export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : es;
}
