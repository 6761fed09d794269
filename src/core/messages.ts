/**
 * Every planner-facing message of the reader, in Spanish (default) and English. The tables are
 * typed by issue code and NotFound reason, so a code without a message in either language does not
 * compile. Messages name the cell, the result (shortened), the month and the objective, and end
 * with what to do.
 */
import { HEADER_SEARCH_ROWS } from "./header";
import type { CatalogSource, IssueCode, Lang, NotFound, RowLevel, SemaforoStatus } from "./model";
import { MONTH_LABELS } from "./months";
import type { ForeignLanguage } from "./refusals";

export interface IssueParams {
  sheet: string;
  cell: string | null;
  /** The result's text, already shortened. */
  result?: string;
  /** 1-based sheet row. */
  row?: number;
  /** Month 0…11. */
  month?: number;
  /** What the cell holds, as text. */
  value?: string;
  objective?: string;
  /** The objective's text, already shortened. */
  objectiveText?: string;
  /** An objective the wording suggests, for an unmapped result. */
  suggestion?: string;
  /** Whether the matrix has an objective column. */
  hasObjectiveColumn?: boolean;
  /** The earlier cell of a duplicate. */
  firstCell?: string;
  year?: number;
  /** The year in the sheet's name, for YEAR_CONFLICT (the sheet is `sheet`). */
  otherYear?: number;
  /** The kind of row the matrix plans on (§8), so messages say "la actividad" rather than "el resultado". */
  level?: RowLevel;
  /** CATALOG_MISSING: which rule left the matrix without a full catalog (§3 v2: 5 `ids` or 6 `none`). */
  catalog?: CatalogSource;
  /** CATALOG_MISSING under rule 5: the ids the objective column holds. */
  ids?: string[];
}

/** How a message names a row of each level: with its article, after `de`, with an indefinite article, after "no … ningún". */
interface RowWords {
  the: string;
  of: string;
  a: string;
  none: string;
  column: string;
}

const ROW_WORDS: Readonly<Record<Lang, Readonly<Record<RowLevel, RowWords>>>> = {
  es: {
    result: { the: "el resultado", of: "del resultado", a: "un resultado", none: "ningún resultado", column: "Resultado" },
    activity: { the: "la actividad", of: "de la actividad", a: "una actividad", none: "ninguna actividad", column: "Actividad" },
    action: { the: "la acción", of: "de la acción", a: "una acción", none: "ninguna acción", column: "Acción" },
    output: { the: "el producto", of: "del producto", a: "un producto", none: "ningún producto", column: "Producto" },
    target: { the: "la meta", of: "de la meta", a: "una meta", none: "ninguna meta", column: "Meta" },
    project: { the: "el proyecto", of: "del proyecto", a: "un proyecto", none: "ningún proyecto", column: "Proyecto" },
    item: { the: "la partida", of: "de la partida", a: "una partida", none: "ninguna partida", column: "Descripción" },
    row: { the: "la fila", of: "de la fila", a: "una fila", none: "ninguna fila", column: "de texto de las filas" },
  },
  en: {
    result: { the: "result", of: "of result", a: "a result", none: "no result", column: "Resultado" },
    activity: { the: "activity", of: "of activity", a: "an activity", none: "no activity", column: "Actividad" },
    action: { the: "action", of: "of action", a: "an action", none: "no action", column: "Acción" },
    output: { the: "output", of: "of output", a: "an output", none: "no output", column: "Producto" },
    target: { the: "target", of: "of target", a: "a target", none: "no target", column: "Meta" },
    project: { the: "project", of: "of project", a: "a project", none: "no project", column: "Proyecto" },
    item: { the: "budget line", of: "of budget line", a: "a budget line", none: "no budget line", column: "Descripción" },
    row: { the: "row", of: "of row", a: "a row", none: "no row", column: "row text" },
  },
};

const words = (lang: Lang, p: { level?: RowLevel }): RowWords => ROW_WORDS[lang][p.level ?? "result"];

/** How a summary counts rows of a level: the noun in the singular and plural, and (Spanish) its gender. */
export interface RowNouns {
  one: string;
  many: string;
  feminine: boolean;
}

const ROW_NOUNS: Readonly<Record<Lang, Readonly<Record<RowLevel, RowNouns>>>> = {
  es: {
    result: { one: "resultado", many: "resultados", feminine: false },
    activity: { one: "actividad", many: "actividades", feminine: true },
    action: { one: "acción", many: "acciones", feminine: true },
    output: { one: "producto", many: "productos", feminine: false },
    target: { one: "meta", many: "metas", feminine: true },
    project: { one: "proyecto", many: "proyectos", feminine: false },
    item: { one: "partida", many: "partidas", feminine: true },
    row: { one: "fila", many: "filas", feminine: true },
  },
  en: {
    result: { one: "result", many: "results", feminine: false },
    activity: { one: "activity", many: "activities", feminine: false },
    action: { one: "action", many: "actions", feminine: false },
    output: { one: "output", many: "outputs", feminine: false },
    target: { one: "target", many: "targets", feminine: false },
    project: { one: "project", many: "projects", feminine: false },
    item: { one: "budget line", many: "budget lines", feminine: false },
    row: { one: "row", many: "rows", feminine: false },
  },
};

/** The nouns for rows of a level ("actividad", "actividades"), for counts and titles outside the messages. */
export function rowNouns(lang: Lang, level: RowLevel | undefined): RowNouns {
  return ROW_NOUNS[lang][level ?? "result"];
}
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface NotFoundParams {
  sheet?: string;
  /** The workbook's sheets, for SHEET_NOT_FOUND. */
  sheets?: string[];
  /** 1-based row that had the months but no result column (FOREIGN_MONTHS, PERIODS_ONLY: the row that was found). */
  monthsRow?: number | null;
  /** FOREIGN_MONTHS: the language the months are in. */
  language?: ForeignLanguage;
}

type IssueMessages = { readonly [C in IssueCode]: (p: IssueParams) => string };
type NotFoundMessages = { readonly [R in NotFound["reason"]]: (p: NotFoundParams) => string };

interface Messages {
  issues: IssueMessages;
  notFound: NotFoundMessages;
}

const q = (lang: Lang, text: string | undefined) => (lang === "es" ? `«${text ?? ""}»` : `"${text ?? ""}"`);
const monthName = (lang: Lang, m: number | undefined) => (m === undefined ? "?" : MONTH_LABELS[lang][m]);
const at = (cell: string | null) => (cell ? ` (${cell})` : "");
const LANGUAGE_NAMES: Readonly<Record<Lang, Readonly<Record<ForeignLanguage, string>>>> = {
  es: { pt: "portugués", fr: "francés", it: "italiano", de: "alemán" },
  en: { pt: "Portuguese", fr: "French", it: "Italian", de: "German" },
};
const onSheet = (lang: Lang, sheet: string | undefined) => (sheet ? (lang === "es" ? ` de la hoja «${sheet}»` : ` of sheet "${sheet}"`) : "");

const es: Messages = {
  issues: {
    MONTH_COLUMN_MISSING: (p) =>
      `Falta la columna del mes ${monthName("es", p.month)} en el encabezado de la matriz${p.row ? ` (fila ${p.row})` : ""}: ` +
      `agregue una columna titulada «${monthName("es", p.month)}» junto a los demás meses.`,
    RESULT_WITHOUT_MONTHS: (p) =>
      `${cap(words("es", p).the)} ${q("es", p.result)}${at(p.cell)} no tiene ningún mes programado: marque con X los meses en que se trabajará.`,
    EMPTY_RESULT: (p) =>
      `La fila ${p.row} tiene meses marcados pero nada en la columna «${words("es", p).column}»${at(p.cell)}: escriba el texto o borre las marcas de esa fila.`,
    INVALID_MONTH_MARK: (p) =>
      `La celda ${p.cell} (${monthName("es", p.month)}${p.result ? `, ${words("es", p).the} ${q("es", p.result)}` : ""}) contiene ${q("es", p.value)}, ` +
      `que no es una marca de mes: escriba X si se trabajará ese mes o deje la celda vacía.`,
    NONSTANDARD_MONTH_MARK: (p) =>
      `La celda ${p.cell} (${monthName("es", p.month)}${p.result ? `, ${words("es", p).the} ${q("es", p.result)}` : ""}) está marcada con ${q("es", p.value)}: ` +
      `se cuenta como programada, pero la marca estándar es X (se puede corregir automáticamente).`,
    RESULT_UNMAPPED: (p) => {
      const hint = p.suggestion ? ` Por su redacción parece corresponder a ${p.suggestion}.` : "";
      if (!p.hasObjectiveColumn)
        return (
          `No se pudo saber a qué objetivo estratégico corresponde ${words("es", p).the} ${q("es", p.result)}${at(p.cell)}: ` +
          `agregue una columna «Objetivo» con el ID del objetivo (por ejemplo OE1).`
        );
      if (!p.value)
        return `${cap(words("es", p).the)} ${q("es", p.result)} no tiene objetivo${at(p.cell)}: elija el ID de su objetivo estratégico (por ejemplo OE1).${hint}`;
      return (
        `El objetivo ${q("es", p.value)} ${words("es", p).of} ${q("es", p.result)}${at(p.cell)} no está en el catálogo de objetivos: ` +
        `escriba el ID de un objetivo de la hoja Objetivos (por ejemplo OE1).${hint}`
      );
    },
    RESULT_MAPPING_INFERRED: (p) =>
      `${cap(words("es", p).the)} ${q("es", p.result)}${at(p.cell)} se asignó por su redacción al objetivo ${p.objective} (${q("es", p.objectiveText)}): ` +
      `compruébelo, y agregue una columna «Objetivo» con el ID para fijarlo.`,
    OBJECTIVE_NOT_COVERED: (p) =>
      `El objetivo ${p.objective} (${q("es", p.objectiveText)})${p.cell ? `, en ${p.cell},` : ""} no tiene ${words("es", p).none} en la matriz: ` +
      `agregue al menos ${words("es", p).a} para ese objetivo.`,
    DUPLICATE_RESULT: (p) =>
      `${cap(words("es", p).the)} ${q("es", p.result)}${at(p.cell)} repite el texto de ${p.firstCell} bajo el objetivo ${p.objective}: ` +
      `elimine la fila repetida o distinga su redacción.`,
    MONTH_MARKED_BY_COLOR: (p) =>
      `La celda ${p.cell} (${monthName("es", p.month)}${p.result ? `, ${words("es", p).the} ${q("es", p.result)}` : ""}) está coloreada pero vacía: ` +
      `se cuenta como programada; escriba X para que quede claro (se puede corregir automáticamente).`,
    YEAR_CONFLICT: (p) =>
      `El año ${p.year}${at(p.cell)} no coincide con el año ${p.otherYear} del nombre de la hoja ${q("es", p.sheet)}: ` +
      `se usa ${p.year}; corrija el que esté mal.`,
    CATALOG_MISSING: (p) =>
      p.catalog === "ids"
        ? `El libro no tiene el catálogo de objetivos, solo sus ID en la columna «Objetivo» (${(p.ids ?? []).join(", ")}): ` +
          `la cobertura se cuenta solo sobre esos objetivos. Agregue una hoja «Objetivos» con las columnas ID y Objetivo estratégico para revisarlos todos.`
        : `El libro no tiene un catálogo de objetivos: no se revisó a qué objetivo estratégico responde cada fila ni qué objetivos quedan sin cubrir. ` +
          `Agregue una hoja «Objetivos» con las columnas ID y Objetivo estratégico (un objetivo por fila), o indique el catálogo de su institución.`,
    // Seguimiento (§9): the Realizado cells.
    REPORT_MISSING: (p) =>
      `Falta el Realizado de ${monthName("es", p.month)} ${words("es", p).of} ${q("es", p.result)}${at(p.cell)}: ` +
      `escriba la cantidad realizada ese mes, o 0 si no se realizó; mientras falte, cuenta como 0 en el cumplimiento.`,
    UNPLANNED_EXECUTION: (p) =>
      `La celda ${p.cell} (Realizado de ${monthName("es", p.month)}, ${words("es", p).the} ${q("es", p.result)}) registra ${p.value}, ` +
      `pero ese mes no está programado y no cuenta en el cumplimiento: programe el mes en la matriz o anote lo realizado en un mes programado.`,
    INVALID_EXECUTED_VALUE: (p) =>
      `La celda ${p.cell} (Realizado de ${monthName("es", p.month)}, ${words("es", p).the} ${q("es", p.result)}) contiene ${q("es", p.value)}, ` +
      `que no es una cantidad realizada: escriba un número mayor o igual a 0, o deje la celda vacía si aún no se reporta.`,
  },
  notFound: {
    NO_SHEETS: () => `El libro no tiene ninguna hoja.`,
    SHEET_NOT_FOUND: (p) =>
      `No existe la hoja ${q("es", p.sheet)} en el libro.` +
      (p.sheets && p.sheets.length ? ` Hojas disponibles: ${p.sheets.join(", ")}.` : ""),
    NO_MATRIX: (p) =>
      `No se encontró una matriz POA${p.sheet ? ` en la hoja ${q("es", p.sheet)}` : " en ninguna hoja del libro"}: se buscó, en las primeras ${HEADER_SEARCH_ROWS} filas, ` +
      `una fila de encabezado con los meses Ene…Dic o 1…12 (al menos diez, cada uno en su celda) y una columna de filas ` +
      `como «Resultado», «Actividad», «Producto», «Meta» o «Descripción» en esa fila o en la de arriba (o, sin ese título, una columna con texto a la izquierda de los meses).` +
      (p.monthsRow ? ` La fila ${p.monthsRow} tiene los meses, pero ninguna columna «Resultado» o «Actividad» ni una columna con texto a su izquierda.` : ""),
    FOREIGN_MONTHS: (p) =>
      `La fila ${p.monthsRow}${onSheet("es", p.sheet)} tiene los meses en ${p.language ? LANGUAGE_NAMES.es[p.language] : "otro idioma"}: ` +
      `Matriz POA lee los meses en español o en inglés. Escriba los encabezados como Ene, Feb, Mar… Dic (o Enero…Diciembre) e intente de nuevo.`,
    PERIODS_ONLY: (p) =>
      `La fila ${p.monthsRow}${onSheet("es", p.sheet)} programa por trimestres o semestres, sin columnas de meses: ` +
      `Matriz POA lee una programación mensual. Agregue una columna por mes (Ene…Dic) y marque con X los meses de cada fila.`,
  },
};

const en: Messages = {
  issues: {
    MONTH_COLUMN_MISSING: (p) =>
      `The matrix header${p.row ? ` (row ${p.row})` : ""} has no column for ${monthName("en", p.month)}: ` +
      `add a column headed "${monthName("es", p.month)}" next to the other months.`,
    RESULT_WITHOUT_MONTHS: (p) =>
      `${cap(words("en", p).the)} ${q("en", p.result)}${at(p.cell)} has no month scheduled: mark with X the months it will be worked on.`,
    EMPTY_RESULT: (p) =>
      `Row ${p.row} has months marked but nothing in the "${words("en", p).column}" column${at(p.cell)}: write the text or clear the row's marks.`,
    INVALID_MONTH_MARK: (p) =>
      `Cell ${p.cell} (${monthName("en", p.month)}${p.result ? `, ${words("en", p).the} ${q("en", p.result)}` : ""}) holds ${q("en", p.value)}, ` +
      `which is not a month mark: type X if the month is scheduled, or leave the cell empty.`,
    NONSTANDARD_MONTH_MARK: (p) =>
      `Cell ${p.cell} (${monthName("en", p.month)}${p.result ? `, ${words("en", p).the} ${q("en", p.result)}` : ""}) is marked with ${q("en", p.value)}: ` +
      `it counts as scheduled, but the standard mark is X (this can be fixed automatically).`,
    RESULT_UNMAPPED: (p) => {
      const hint = p.suggestion ? ` Its wording suggests ${p.suggestion}.` : "";
      if (!p.hasObjectiveColumn)
        return (
          `Could not tell which strategic objective ${words("en", p).the} ${q("en", p.result)}${at(p.cell)} serves: ` +
          `add an "Objetivo" column holding the objective's ID (e.g. OE1).`
        );
      if (!p.value)
        return `${cap(words("en", p).the)} ${q("en", p.result)} has no objective${at(p.cell)}: choose its strategic objective's ID (e.g. OE1).${hint}`;
      return (
        `Objective ${q("en", p.value)} ${words("en", p).of} ${q("en", p.result)}${at(p.cell)} is not in the objectives catalog: ` +
        `enter the ID of an objective from the Objetivos sheet (e.g. OE1).${hint}`
      );
    },
    RESULT_MAPPING_INFERRED: (p) =>
      `${cap(words("en", p).the)} ${q("en", p.result)}${at(p.cell)} was assigned to objective ${p.objective} (${q("en", p.objectiveText)}) from its wording: ` +
      `check it, and add an "Objetivo" column with the ID to make it explicit.`,
    OBJECTIVE_NOT_COVERED: (p) =>
      `Objective ${p.objective} (${q("en", p.objectiveText)})${p.cell ? `, in ${p.cell},` : ""} has ${words("en", p).none} in the matrix: ` +
      `add at least ${words("en", p).a} for it.`,
    DUPLICATE_RESULT: (p) =>
      `${cap(words("en", p).the)} ${q("en", p.result)}${at(p.cell)} repeats the one in ${p.firstCell} under objective ${p.objective}: ` +
      `delete the repeated row or make its wording distinct.`,
    MONTH_MARKED_BY_COLOR: (p) =>
      `Cell ${p.cell} (${monthName("en", p.month)}${p.result ? `, ${words("en", p).the} ${q("en", p.result)}` : ""}) is coloured but empty: ` +
      `it counts as scheduled; type X to make it explicit (this can be fixed automatically).`,
    YEAR_CONFLICT: (p) =>
      `Year ${p.year}${at(p.cell)} differs from year ${p.otherYear} in the sheet's name ${q("en", p.sheet)}: ${p.year} is used; correct the wrong one.`,
    CATALOG_MISSING: (p) =>
      p.catalog === "ids"
        ? `The workbook has no catalog of objectives, only their IDs in the "Objetivo" column (${(p.ids ?? []).join(", ")}): ` +
          `coverage counts those objectives only. Add an "Objetivos" sheet with the columns ID and Objetivo estratégico to check them all.`
        : `The workbook has no catalog of objectives: which strategic objective each row serves, and which objectives are left uncovered, were not checked. ` +
          `Add an "Objetivos" sheet with the columns ID and Objetivo estratégico (one objective a row), or give your institution's catalog.`,
    // Seguimiento (§9): the Realizado cells.
    REPORT_MISSING: (p) =>
      `The Realizado (executed) for ${monthName("en", p.month)} ${words("en", p).of} ${q("en", p.result)}${at(p.cell)} is missing: ` +
      `enter the quantity done that month, or 0 if none; until then it counts as 0 towards compliance.`,
    UNPLANNED_EXECUTION: (p) =>
      `Cell ${p.cell} (Realizado for ${monthName("en", p.month)}, ${words("en", p).the} ${q("en", p.result)}) reports ${p.value}, ` +
      `but that month is not scheduled and does not count towards compliance: schedule the month in the matrix, or enter the work under a scheduled month.`,
    INVALID_EXECUTED_VALUE: (p) =>
      `Cell ${p.cell} (Realizado for ${monthName("en", p.month)}, ${words("en", p).the} ${q("en", p.result)}) holds ${q("en", p.value)}, ` +
      `which is not an executed quantity: enter a number of 0 or more, or leave the cell empty until it is reported.`,
  },
  notFound: {
    NO_SHEETS: () => `The workbook has no sheets.`,
    SHEET_NOT_FOUND: (p) =>
      `There is no sheet ${q("en", p.sheet)} in the workbook.` + (p.sheets && p.sheets.length ? ` Sheets: ${p.sheets.join(", ")}.` : ""),
    NO_MATRIX: (p) =>
      `No POA matrix found${p.sheet ? ` on sheet ${q("en", p.sheet)}` : " on any sheet of the workbook"}: looked, within the first ${HEADER_SEARCH_ROWS} rows, ` +
      `for a header row with the months Ene…Dic (Jan…Dec) or 1…12 (at least ten, each in its own cell) and a row-label column ` +
      `such as "Resultado", "Actividad", "Producto", "Meta" or "Descripción" (Result, Activity, Output, Target, Description) on that row or the one above (or, with no such heading, a column of text left of the months).` +
      (p.monthsRow ? ` Row ${p.monthsRow} has the months, but no "Resultado" or "Actividad" column and no column of text left of them.` : ""),
    FOREIGN_MONTHS: (p) =>
      `Row ${p.monthsRow}${onSheet("en", p.sheet)} has the months in ${p.language ? LANGUAGE_NAMES.en[p.language] : "another language"}: ` +
      `Matriz POA reads months in Spanish or English. Head the columns Ene, Feb, Mar… Dic (or Jan…Dec) and try again.`,
    PERIODS_ONLY: (p) =>
      `Row ${p.monthsRow}${onSheet("en", p.sheet)} plans by quarter or semester, with no month columns: ` +
      `Matriz POA reads a monthly plan. Add a column per month (Ene…Dic, Jan…Dec) and mark each row's months with X.`,
  },
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { es, en };

export function issueMessage(lang: Lang, code: IssueCode, params: IssueParams): string {
  return MESSAGES[lang].issues[code](params);
}

export function notFoundMessage(lang: Lang, reason: NotFound["reason"], params: NotFoundParams): string {
  return MESSAGES[lang].notFound[reason](params);
}

/** The semáforo's words (§9), for the report, the pane and the Seguimiento sheet. */
const STATUS_WORDS: Readonly<Record<Lang, Readonly<Record<SemaforoStatus, string>>>> = {
  es: { cumplido: "Cumplido", en_riesgo: "En riesgo", critico: "Crítico", sin_programacion: "Sin programación al corte" },
  en: { cumplido: "Achieved", en_riesgo: "At risk", critico: "Critical", sin_programacion: "Nothing due by the cut-off" },
};

export function statusWord(lang: Lang, status: SemaforoStatus): string {
  return STATUS_WORDS[lang][status];
}
