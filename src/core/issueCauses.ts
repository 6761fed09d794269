/**
 * A report's issues gathered by cause: what a planner fixes once for many cells. A real municipal POA
 * raised "agregue una columna «Objetivo»…" eleven times, once per activity; by cause it is said once,
 * first, with the eleven cells under it. Each cause names its rows by the matrix's level (actividades,
 * metas…) with the same nouns as the CLI's report (`rowNouns`).
 */
import { parseCell } from "./address";
import { rowNouns, type RowNouns } from "./messages";
import type { Issue, IssueCode, Lang, Report, RowLevel, Severity } from "./model";

/** An issue code, or a finer cause where one code has two remedies. */
export type CauseKey = IssueCode | "RESULT_UNMAPPED_NO_COLUMN";

export interface IssueCause {
  key: CauseKey;
  severity: Severity;
  /** In report order. */
  issues: Issue[];
}

/**
 * `RESULT_UNMAPPED` on the row's own label cell means the matrix has no objective column (contract §6:
 * the objective cell, or the result cell where there is none): the remedy is a column, not a cell.
 */
export function causeOf(issue: Issue, report: Report): CauseKey {
  if (issue.code === "RESULT_UNMAPPED" && issue.cell !== null && issue.sheet === report.sheet && report.results.some((r) => r.cell === issue.cell)) {
    return "RESULT_UNMAPPED_NO_COLUMN";
  }
  return issue.code;
}

/**
 * Errors first; then the cause with more cells; then a fixed order, so equal causes never swap between
 * runs: the plan's causes, then Seguimiento's (§9). Keyed by every cause, so a new code cannot be left
 * out of the order.
 */
const ORDER: Readonly<Record<CauseKey, number>> = {
  MONTH_COLUMN_MISSING: 0,
  RESULT_UNMAPPED_NO_COLUMN: 1,
  RESULT_UNMAPPED: 2,
  RESULT_WITHOUT_MONTHS: 3,
  EMPTY_RESULT: 4,
  INVALID_MONTH_MARK: 5,
  OBJECTIVE_NOT_COVERED: 6,
  RESULT_MAPPING_INFERRED: 7,
  DUPLICATE_RESULT: 8,
  MONTH_MARKED_BY_COLOR: 9,
  NONSTANDARD_MONTH_MARK: 10,
  YEAR_CONFLICT: 11,
  CATALOG_MISSING: 12,
  REPORT_MISSING: 13,
  UNPLANNED_EXECUTION: 14,
  INVALID_EXECUTED_VALUE: 15,
};

export function issueCauses(report: Report): IssueCause[] {
  const byKey = new Map<CauseKey, IssueCause>();
  for (const issue of report.issues) {
    const key = causeOf(issue, report);
    const cause = byKey.get(key) ?? { key, severity: issue.severity, issues: [] };
    if (issue.severity === "error") cause.severity = "error";
    cause.issues.push(issue);
    byKey.set(key, cause);
  }
  const rank = (s: Severity) => (s === "error" ? 0 : 1);
  return [...byKey.values()].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || b.issues.length - a.issues.length || ORDER[a.key] - ORDER[b.key],
  );
}

/** The level the report's rows are of (one per matrix, contract §8). */
export function reportLevel(report: Report): RowLevel {
  return report.results[0]?.level ?? "result";
}

/**
 * What an issue's cell holds for the planner: the row's text for a cell of a matrix row, the objective
 * for a catalog cell; null when there is nothing more to say than the cell.
 */
export function issueSubject(issue: Issue, report: Report): string | null {
  if (issue.cell === null) return null;
  if (issue.code === "OBJECTIVE_NOT_COVERED" && issue.objective) {
    const objective = report.objectives.find((o) => o.id === issue.objective);
    return objective ? `${objective.id} — ${objective.text}` : issue.objective;
  }
  if (issue.sheet !== report.sheet) return null;
  const row = parseCell(issue.cell).row + 1;
  const text = report.results.find((r) => r.row === row)?.text;
  return text ? text : null;
}

export interface CauseText {
  /** What is wrong, for the cause's heading. */
  title: string;
  /** What to do, said once for every cell of the cause. */
  advice: string;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function es(key: CauseKey, n: RowNouns): CauseText {
  const a = n.feminine ? "una" : "un";
  const them = n.feminine ? "cada una" : "cada uno";
  switch (key) {
    case "MONTH_COLUMN_MISSING":
      return { title: "Faltan meses en el encabezado", advice: "Agregue una columna por cada mes que falta, titulada con su nombre (Ene, Feb…), junto a los demás meses." };
    case "RESULT_UNMAPPED_NO_COLUMN":
      return {
        title: `${cap(n.many)} sin objetivo: la matriz no tiene columna «Objetivo»`,
        advice: `Agregue una columna «Objetivo» y escriba en ella, para ${them}, el ID de su objetivo estratégico (por ejemplo OE1).`,
      };
    case "RESULT_UNMAPPED":
      return { title: `${cap(n.many)} sin un objetivo del catálogo`, advice: "Escriba en su celda «Objetivo» el ID de un objetivo de la hoja Objetivos (por ejemplo OE1)." };
    case "RESULT_WITHOUT_MONTHS":
      return { title: `${cap(n.many)} sin ningún mes programado`, advice: `Marque con X los meses en que se trabajará ${them}.` };
    case "EMPTY_RESULT":
      return { title: `Filas con meses marcados pero sin ${n.one}`, advice: `Escriba el texto de ${n.feminine ? "la" : "el"} ${n.one}, o borre las marcas de esa fila.` };
    case "INVALID_MONTH_MARK":
      return { title: "Marcas de mes que no se entienden", advice: "Escriba X si se trabajará ese mes, o deje la celda vacía. Reparar puede vaciarlas, después de preguntarle." };
    case "OBJECTIVE_NOT_COVERED":
      return { title: `Objetivos sin ${n.many}`, advice: `Agregue al menos ${a} ${n.one} para cada objetivo, o quítelo del catálogo si ya no aplica.` };
    case "RESULT_MAPPING_INFERRED":
      return { title: "Objetivos asignados por la redacción", advice: "Compruebe cada asignación, y agregue una columna «Objetivo» con el ID para fijarla." };
    case "DUPLICATE_RESULT":
      return { title: `${cap(n.many)} repetid${n.feminine ? "as" : "os"} bajo un mismo objetivo`, advice: "Elimine la fila repetida o distinga su redacción." };
    case "MONTH_MARKED_BY_COLOR":
      return { title: "Meses marcados solo con color", advice: "Se cuentan como programados; Reparar escribe X en ellos." };
    case "NONSTANDARD_MONTH_MARK":
      return { title: "Marcas de mes distintas de X", advice: "Se cuentan como programadas; Reparar las cambia por X." };
    case "YEAR_CONFLICT":
      return { title: "El año no coincide", advice: "Corrija el año que esté mal: en el título, el encabezado o el nombre de la hoja." };
    case "CATALOG_MISSING":
      return {
        title: "Sin catálogo de objetivos",
        advice: "Sin él no se revisa a qué objetivo responde cada fila. Escriba los objetivos de su institución en «Objetivos de la institución», o agregue una hoja «Objetivos» con ID y Objetivo estratégico.",
      };
    case "REPORT_MISSING":
      return { title: "Meses sin reporte de lo realizado", advice: "Escriba en la celda «Realizado» de cada mes vencido lo que se hizo (0 si no se hizo nada)." };
    case "UNPLANNED_EXECUTION":
      return { title: "Ejecución en meses no programados", advice: "Compruebe el mes: programe ese mes en el plan, o mueva lo realizado al mes programado." };
    case "INVALID_EXECUTED_VALUE":
      return { title: "Valores realizados que no se entienden", advice: "Escriba en «Realizado» una cantidad, un número de 0 en adelante, o deje la celda vacía." };
  }
}

function en(key: CauseKey, n: RowNouns): CauseText {
  const a = /^[aeiou]/.test(n.one) ? "an" : "a";
  switch (key) {
    case "MONTH_COLUMN_MISSING":
      return { title: "Months missing from the header", advice: "Add a column for each missing month, headed with its name (Ene, Feb…), next to the other months." };
    case "RESULT_UNMAPPED_NO_COLUMN":
      return {
        title: `${cap(n.many)} without an objective: the matrix has no “Objetivo” column`,
        advice: `Add an “Objetivo” column and enter in it, for each ${n.one}, its strategic objective's ID (e.g. OE1).`,
      };
    case "RESULT_UNMAPPED":
      return { title: `${cap(n.many)} without an objective from the catalog`, advice: "Enter in its “Objetivo” cell the ID of an objective from the Objetivos sheet (e.g. OE1)." };
    case "RESULT_WITHOUT_MONTHS":
      return { title: `${cap(n.many)} with no month scheduled`, advice: `Mark with X the months each ${n.one} will be worked on.` };
    case "EMPTY_RESULT":
      return { title: `Rows with months marked but no ${n.one}`, advice: `Write the ${n.one}'s text, or clear the row's marks.` };
    case "INVALID_MONTH_MARK":
      return { title: "Month marks that cannot be read", advice: "Type X if the month is scheduled, or leave the cell empty. Repair can clear them, after asking you." };
    case "OBJECTIVE_NOT_COVERED":
      return { title: `Objectives with no ${n.many}`, advice: `Add at least ${a} ${n.one} for each objective, or remove it from the catalog if it no longer applies.` };
    case "RESULT_MAPPING_INFERRED":
      return { title: "Objectives assigned from the wording", advice: "Check each assignment, and add an “Objetivo” column with the ID to make it explicit." };
    case "DUPLICATE_RESULT":
      return { title: `${cap(n.many)} repeated under one objective`, advice: "Delete the repeated row or make its wording distinct." };
    case "MONTH_MARKED_BY_COLOR":
      return { title: "Months marked by colour only", advice: "They count as scheduled; Repair types X in them." };
    case "NONSTANDARD_MONTH_MARK":
      return { title: "Month marks other than X", advice: "They count as scheduled; Repair turns them into X." };
    case "YEAR_CONFLICT":
      return { title: "The year does not match", advice: "Correct the wrong year: in the title, the header or the sheet's name." };
    case "CATALOG_MISSING":
      return {
        title: "No catalog of objectives",
        advice: "Without one, which objective each row serves is not checked. Type your institution's objectives under “Your institution's objectives”, or add an “Objetivos” sheet with ID and Objetivo estratégico.",
      };
    case "REPORT_MISSING":
      return { title: "Months with no execution reported", advice: "Enter in each due month's “Realizado” cell what was done (0 if nothing was)." };
    case "UNPLANNED_EXECUTION":
      return { title: "Execution in months not scheduled", advice: "Check the month: schedule it in the plan, or move what was done to the scheduled month." };
    case "INVALID_EXECUTED_VALUE":
      return { title: "Executed values that can't be read", advice: "Enter in “Realizado” a quantity, a number from 0 up, or leave the cell empty." };
  }
}

export function causeText(key: CauseKey, lang: Lang, level: RowLevel): CauseText {
  const nouns = rowNouns(lang, level);
  return lang === "en" ? en(key, nouns) : es(key, nouns);
}
