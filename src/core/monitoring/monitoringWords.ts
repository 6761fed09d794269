/**
 * Seguimiento's words outside the issues (contract §9), in Spanish and English: month names in running
 * text, what a corte means, and the notes a report carries when a workbook's settings cannot be used.
 * The CLI's text report, the pane's view and the Seguimiento sheet say these the same way.
 */
import { sheetRef } from "../address";
import type { Lang } from "../model";
import { cellText, shorten } from "../text";
import type { SettingCell, SettingProblem } from "./settings";

/** Month names in running text, January first. */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** What a corte evaluates, as a phrase: `enero a marzo`, `enero`, or that no month is due. */
export function corteSpan(lang: Lang, corte: number): string {
  const names = MONTH_NAMES[lang];
  if (corte < 1) return lang === "es" ? "ningún mes vencido" : "no month due";
  if (corte === 1) return names[0];
  return lang === "es" ? `${names[0]} a ${names[corte - 1]}` : `${names[0]} to ${names[corte - 1]}`;
}

/** Where the corte came from: given (`--month`, the pane), the workbook's cell, or §9's default. */
export type CorteSource = "given" | "workbook" | "default";

function place(cell: SettingCell): string {
  return `${sheetRef(cell.sheet)}!${cell.cell}`;
}

/** Why a workbook setting was not used, and what was used instead. */
export function settingNote(lang: Lang, problem: SettingProblem, defaultCorte: number): string {
  if (problem.kind === "corte") {
    const c = problem.cell;
    return lang === "es"
      ? `El mes de corte de ${place(c)} («${shorten(cellText(c.value))}») no es un mes de 0 a 12: se evalúa ${corteSpan("es", defaultCorte)}, el corte por omisión. Escriba en esa celda el número del último mes reportado.`
      : `The cut-off month in ${place(c)} ("${shorten(cellText(c.value))}") is not a month from 0 to 12: ${corteSpan("en", defaultCorte)} is evaluated, the default cut-off. Type in that cell the number of the last month reported.`;
  }
  const cells = problem.cells.map(place).join(lang === "es" ? " y " : " and ");
  return lang === "es"
    ? `Los umbrales del semáforo en ${cells} no son válidos (dos porcentajes, «En riesgo desde» no mayor que «Cumplido desde», hasta 500 %): se usan los de fábrica, 100 % y 80 %.`
    : `The traffic-light thresholds in ${cells} are not valid (two percentages, "At risk from" no greater than "Achieved from", up to 500 %): the defaults, 100 % and 80 %, are used.`;
}

/** A cumplimiento as the report and the pane show it, rounded to the percent (`75 %`, `75%` in English); none is `—`. */
export function percentText(lang: Lang, figure: number | null | undefined): string {
  if (figure === null || figure === undefined) return "—";
  const n = Math.round(figure * 100);
  return lang === "es" ? `${n} %` : `${n}%`;
}
