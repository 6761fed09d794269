/**
 * Every planner-facing message of the reader, in Spanish (default) and English. The tables are
 * typed by issue code and NotFound reason, so a code without a message in either language does not
 * compile. Messages name the cell, the result (shortened), the month and the objective, and end
 * with what to do.
 */
import type { IssueCode, Lang, NotFound } from "./model";
import { MONTH_LABELS } from "./months";

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
  otherYear?: number;
  /** Where the other year was found (e.g. the sheet's name). */
  otherSource?: string;
}

export interface NotFoundParams {
  sheet?: string;
  /** The workbook's sheets, for SHEET_NOT_FOUND. */
  sheets?: string[];
  /** 1-based row that had the months but no result column. */
  monthsRow?: number | null;
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

const es: Messages = {
  issues: {
    MONTH_COLUMN_MISSING: (p) =>
      `Falta la columna del mes ${monthName("es", p.month)} en el encabezado de la matriz${p.row ? ` (fila ${p.row})` : ""}: ` +
      `agregue una columna titulada «${monthName("es", p.month)}» junto a los demás meses.`,
    RESULT_WITHOUT_MONTHS: (p) =>
      `El resultado ${q("es", p.result)}${at(p.cell)} no tiene ningún mes programado: marque con X los meses en que se trabajará.`,
    EMPTY_RESULT: (p) =>
      `La fila ${p.row} tiene meses marcados pero ningún resultado${at(p.cell)}: escriba el resultado o borre las marcas de esa fila.`,
    INVALID_MONTH_MARK: (p) =>
      `La celda ${p.cell} (${monthName("es", p.month)}${p.result ? `, resultado ${q("es", p.result)}` : ""}) contiene ${q("es", p.value)}, ` +
      `que no es una marca de mes: escriba X si se trabajará ese mes o deje la celda vacía.`,
    NONSTANDARD_MONTH_MARK: (p) =>
      `La celda ${p.cell} (${monthName("es", p.month)}${p.result ? `, resultado ${q("es", p.result)}` : ""}) está marcada con ${q("es", p.value)}: ` +
      `se cuenta como programada, pero la marca estándar es X (se puede corregir automáticamente).`,
    RESULT_UNMAPPED: (p) => {
      const hint = p.suggestion ? ` Por su redacción parece corresponder a ${p.suggestion}.` : "";
      if (!p.hasObjectiveColumn)
        return (
          `No se pudo saber a qué objetivo estratégico corresponde el resultado ${q("es", p.result)}${at(p.cell)}: ` +
          `agregue una columna «Objetivo» con el ID del objetivo (por ejemplo OE1).`
        );
      if (!p.value)
        return `El resultado ${q("es", p.result)} no tiene objetivo${at(p.cell)}: elija el ID de su objetivo estratégico (por ejemplo OE1).${hint}`;
      return (
        `El objetivo ${q("es", p.value)} del resultado ${q("es", p.result)}${at(p.cell)} no está en el catálogo de objetivos: ` +
        `escriba el ID de un objetivo de la hoja Objetivos (por ejemplo OE1).${hint}`
      );
    },
    RESULT_MAPPING_INFERRED: (p) =>
      `El resultado ${q("es", p.result)}${at(p.cell)} se asignó por su redacción al objetivo ${p.objective} (${q("es", p.objectiveText)}): ` +
      `compruébelo, y agregue una columna «Objetivo» con el ID para fijarlo.`,
    OBJECTIVE_NOT_COVERED: (p) =>
      `El objetivo ${p.objective} (${q("es", p.objectiveText)})${p.cell ? `, en ${p.cell},` : ""} no tiene ningún resultado en la matriz: ` +
      `agregue al menos un resultado para ese objetivo.`,
    DUPLICATE_RESULT: (p) =>
      `El resultado ${q("es", p.result)}${at(p.cell)} repite el de ${p.firstCell} bajo el objetivo ${p.objective}: ` +
      `elimine la fila repetida o distinga su redacción.`,
    MONTH_MARKED_BY_COLOR: (p) =>
      `La celda ${p.cell} (${monthName("es", p.month)}${p.result ? `, resultado ${q("es", p.result)}` : ""}) está coloreada pero vacía: ` +
      `se cuenta como programada; escriba X para que quede claro.`,
    YEAR_CONFLICT: (p) =>
      `El año ${p.year}${at(p.cell)} no coincide con el año ${p.otherYear} de ${p.otherSource ?? "la hoja"}: corrija el que esté mal.`,
  },
  notFound: {
    NO_SHEETS: () => `El libro no tiene ninguna hoja.`,
    SHEET_NOT_FOUND: (p) =>
      `No existe la hoja ${q("es", p.sheet)} en el libro.` +
      (p.sheets && p.sheets.length ? ` Hojas disponibles: ${p.sheets.join(", ")}.` : ""),
    NO_MATRIX: (p) =>
      `No se encontró una matriz POA${p.sheet ? ` en la hoja ${q("es", p.sheet)}` : " en ninguna hoja del libro"}: se buscó, en las primeras 30 filas, ` +
      `una fila de encabezado con los meses Ene…Dic (al menos diez, cada uno en su celda) y una columna «Resultado» en esa fila o en la de arriba.` +
      (p.monthsRow ? ` La fila ${p.monthsRow} tiene los meses, pero no una columna «Resultado».` : ""),
  },
};

const en: Messages = {
  issues: {
    MONTH_COLUMN_MISSING: (p) =>
      `The matrix header${p.row ? ` (row ${p.row})` : ""} has no column for ${monthName("en", p.month)}: ` +
      `add a column headed "${monthName("es", p.month)}" next to the other months.`,
    RESULT_WITHOUT_MONTHS: (p) =>
      `Result ${q("en", p.result)}${at(p.cell)} has no month scheduled: mark with X the months it will be worked on.`,
    EMPTY_RESULT: (p) => `Row ${p.row} has months marked but no result${at(p.cell)}: write the result or clear the row's marks.`,
    INVALID_MONTH_MARK: (p) =>
      `Cell ${p.cell} (${monthName("en", p.month)}${p.result ? `, result ${q("en", p.result)}` : ""}) holds ${q("en", p.value)}, ` +
      `which is not a month mark: type X if the month is scheduled, or leave the cell empty.`,
    NONSTANDARD_MONTH_MARK: (p) =>
      `Cell ${p.cell} (${monthName("en", p.month)}${p.result ? `, result ${q("en", p.result)}` : ""}) is marked with ${q("en", p.value)}: ` +
      `it counts as scheduled, but the standard mark is X (this can be fixed automatically).`,
    RESULT_UNMAPPED: (p) => {
      const hint = p.suggestion ? ` Its wording suggests ${p.suggestion}.` : "";
      if (!p.hasObjectiveColumn)
        return (
          `Could not tell which strategic objective result ${q("en", p.result)}${at(p.cell)} serves: ` +
          `add an "Objetivo" column holding the objective's ID (e.g. OE1).`
        );
      if (!p.value)
        return `Result ${q("en", p.result)} has no objective${at(p.cell)}: choose its strategic objective's ID (e.g. OE1).${hint}`;
      return (
        `Objective ${q("en", p.value)} of result ${q("en", p.result)}${at(p.cell)} is not in the objectives catalog: ` +
        `enter the ID of an objective from the Objetivos sheet (e.g. OE1).${hint}`
      );
    },
    RESULT_MAPPING_INFERRED: (p) =>
      `Result ${q("en", p.result)}${at(p.cell)} was assigned to objective ${p.objective} (${q("en", p.objectiveText)}) from its wording: ` +
      `check it, and add an "Objetivo" column with the ID to make it explicit.`,
    OBJECTIVE_NOT_COVERED: (p) =>
      `Objective ${p.objective} (${q("en", p.objectiveText)})${p.cell ? `, in ${p.cell},` : ""} has no result in the matrix: ` +
      `add at least one result for it.`,
    DUPLICATE_RESULT: (p) =>
      `Result ${q("en", p.result)}${at(p.cell)} repeats the one in ${p.firstCell} under objective ${p.objective}: ` +
      `delete the repeated row or make its wording distinct.`,
    MONTH_MARKED_BY_COLOR: (p) =>
      `Cell ${p.cell} (${monthName("en", p.month)}${p.result ? `, result ${q("en", p.result)}` : ""}) is coloured but empty: ` +
      `it counts as scheduled; type X to make it explicit.`,
    YEAR_CONFLICT: (p) =>
      `Year ${p.year}${at(p.cell)} differs from year ${p.otherYear} in ${p.otherSource ?? "the sheet"}: correct the wrong one.`,
  },
  notFound: {
    NO_SHEETS: () => `The workbook has no sheets.`,
    SHEET_NOT_FOUND: (p) =>
      `There is no sheet ${q("en", p.sheet)} in the workbook.` + (p.sheets && p.sheets.length ? ` Sheets: ${p.sheets.join(", ")}.` : ""),
    NO_MATRIX: (p) =>
      `No POA matrix found${p.sheet ? ` on sheet ${q("en", p.sheet)}` : " on any sheet of the workbook"}: looked, within the first 30 rows, ` +
      `for a header row with the months Ene…Dic (Jan…Dec; at least ten, each in its own cell) and a "Resultado" column on that row or the one above.` +
      (p.monthsRow ? ` Row ${p.monthsRow} has the months, but no "Resultado" column.` : ""),
  },
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { es, en };

export function issueMessage(lang: Lang, code: IssueCode, params: IssueParams): string {
  return MESSAGES[lang].issues[code](params);
}

export function notFoundMessage(lang: Lang, reason: NotFound["reason"], params: NotFoundParams): string {
  return MESSAGES[lang].notFound[reason](params);
}
