import type { Lang } from "../core/model";
import { joinList } from "../core/text";
import type { SkippedPart } from "./applyLayout";
import type { CosmeticPart } from "./layoutWrites";

/**
 * The one sentence the pane shows when a scaffold left something out (issue 15, item 6): the data and
 * formulas are written; what is missing, and why (this Excel lacks it, or Excel refused it).
 */

const PART_NAMES: Record<Lang, Record<CosmeticPart, string>> = {
  es: {
    styles: "los formatos y la cuadrícula",
    columnWidths: "el ancho de las columnas",
    merges: "las celdas combinadas del título",
    rowHeights: "el alto de las filas",
    validation: "la validación de las celdas (lista de objetivos y marcas de mes)",
    conditionalFormats: "el sombreado de los meses",
    printSetup: "la configuración de impresión",
    freeze: "la inmovilización de los encabezados",
  },
  en: {
    styles: "the formats and grid",
    columnWidths: "the column widths",
    merges: "the merged title cells",
    rowHeights: "the row heights",
    validation: "the cell validation (objective list and month marks)",
    conditionalFormats: "the month shading",
    printSetup: "the print setup",
    freeze: "the frozen headers",
  },
};

/** Another operation's words for the sentence (*Agregar seguimiento*'s): what was done, and its parts' names where they differ. */
export interface NoteWording {
  done: string;
  parts?: Partial<Record<CosmeticPart, string>>;
}

/** What *Agregar seguimiento* calls the parts it may leave out, and what it did, for the pane's one sentence. */
export const ADD_MONITORING_WORDING: Record<Lang, NoteWording> = {
  es: {
    done: "El seguimiento se agregó",
    parts: { validation: "la validación de las cantidades realizadas", conditionalFormats: "el sombreado del semáforo y de los reportes pendientes" },
  },
  en: { done: "Monitoring was added", parts: { validation: "the validation of executed quantities", conditionalFormats: "the traffic-light and pending-report shading" } },
};

/** One sentence saying what a scaffold (or, with `wording`, another write) left out; null when nothing was. */
export function skippedNote(skipped: SkippedPart[], lang: Lang, wording?: NoteWording): string | null {
  if (skipped.length === 0) return null;
  const names = { ...PART_NAMES[lang], ...wording?.parts };
  const unsupported = skipped.filter((s) => s.reason === "unsupported").map((s) => names[s.part]);
  const failed = skipped.filter((s) => s.reason === "failed").map((s) => names[s.part]);
  const reasons: string[] = [];
  if (lang === "es") {
    if (unsupported.length > 0) reasons.push(`sin ${joinList(unsupported, "y")}, que esta versión de Excel no permite`);
    if (failed.length > 0) reasons.push(`${unsupported.length > 0 ? "y " : ""}sin ${joinList(failed, "y")}, que Excel no pudo aplicar`);
    return `${wording?.done ?? "La matriz se creó"} con sus datos y fórmulas, pero ${reasons.join(" ")}.`;
  }
  if (unsupported.length > 0) reasons.push(`without ${joinList(unsupported, "and")}, which this version of Excel does not offer`);
  if (failed.length > 0) reasons.push(`${unsupported.length > 0 ? "and " : ""}without ${joinList(failed, "and")}, which Excel could not apply`);
  return `${wording?.done ?? "The matrix was created"} with its data and formulas, but ${reasons.join(" ")}.`;
}
