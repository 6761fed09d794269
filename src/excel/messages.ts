import type { Lang } from "../core/model";

/**
 * Planner-facing messages of the Excel shell, in Spanish and English. Every failure the shell can meet
 * becomes a `ShellError` with one of these, so the task pane shows it as is (never a silent catch).
 */

export type ShellErrorCode =
  | "SYNC_TIMEOUT"
  | "PAYLOAD_TOO_LARGE"
  | "CELL_EDIT_MODE"
  | "NOT_FOUND"
  | "UNSUPPORTED"
  | "EXCEL_ERROR";

export class ShellError extends Error {
  constructor(
    readonly code: ShellErrorCode,
    message: string,
    /** The Office error code behind it, for the logs. */
    readonly officeCode?: string,
  ) {
    super(message);
    this.name = "ShellError";
  }
}

const TEXT = {
  es: {
    SYNC_TIMEOUT: (s: number) => `Excel no respondió en ${s} s. Espere un momento y vuelva a intentarlo; si sigue sin responder, cierre y abra el libro.`,
    PAYLOAD_TOO_LARGE: () => "La operación es demasiado grande para Excel en una sola vez. Intente con menos filas o en Excel de escritorio.",
    CELL_EDIT_MODE: () => "Excel está editando una celda. Termine la edición (Intro o Esc) y vuelva a intentarlo.",
    NOT_FOUND: (what: string) => `No se encontró ${what} en el libro: quizá se eliminó o se cambió de nombre. Vuelva a validar.`,
    UNSUPPORTED: () => "Esta versión de Excel no admite una función que Matriz POA necesita. Actualice Excel o use Excel en la web.",
    EXCEL_ERROR: (code: string, detail: string) => `Excel no pudo completar la operación (${code}). ${detail}`.trim(),
    fillsUnsupported: "Esta versión de Excel no permite leer los colores de relleno: los meses marcados solo con color no se detectan.",
    fillsTooLarge: "El libro es demasiado grande para leer también los colores de relleno: los meses marcados solo con color no se detectan.",
    cellLabel: (sheet: string, cell: string) => `la celda ${cell} de la hoja «${sheet}»`,
    sheetLabel: (sheet: string) => `la hoja «${sheet}»`,
  },
  en: {
    SYNC_TIMEOUT: (s: number) => `Excel did not answer within ${s} s. Wait a moment and try again; if it still does not answer, close and reopen the workbook.`,
    PAYLOAD_TOO_LARGE: () => "The operation is too large for Excel in one go. Try with fewer rows, or in Excel for desktop.",
    CELL_EDIT_MODE: () => "Excel is editing a cell. Finish editing (Enter or Esc) and try again.",
    NOT_FOUND: (what: string) => `Could not find ${what} in the workbook: it may have been deleted or renamed. Validate again.`,
    UNSUPPORTED: () => "This version of Excel lacks a feature Matriz POA needs. Update Excel or use Excel on the web.",
    EXCEL_ERROR: (code: string, detail: string) => `Excel could not complete the operation (${code}). ${detail}`.trim(),
    fillsUnsupported: "This version of Excel cannot read fill colours: months marked only by colour are not detected.",
    fillsTooLarge: "The workbook is too large to read fill colours as well: months marked only by colour are not detected.",
    cellLabel: (sheet: string, cell: string) => `cell ${cell} of sheet “${sheet}”`,
    sheetLabel: (sheet: string) => `sheet “${sheet}”`,
  },
} as const;

export function shellText(lang: Lang): (typeof TEXT)["es"] {
  return TEXT[lang] as (typeof TEXT)["es"];
}

export function timeoutError(lang: Lang, timeoutMs: number): ShellError {
  return new ShellError("SYNC_TIMEOUT", shellText(lang).SYNC_TIMEOUT(Math.round(timeoutMs / 100) / 10));
}

/** An error from Office.js (or anything else) as a planner-facing `ShellError`. */
export function toShellError(error: unknown, lang: Lang, what?: string): ShellError {
  if (error instanceof ShellError) return error;
  const t = shellText(lang);
  const code = typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : "";
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new ShellError("PAYLOAD_TOO_LARGE", t.PAYLOAD_TOO_LARGE(), code);
    case "InvalidOperationInCellEditMode":
      return new ShellError("CELL_EDIT_MODE", t.CELL_EDIT_MODE(), code);
    case "ItemNotFound":
      return new ShellError("NOT_FOUND", t.NOT_FOUND(what ?? (lang === "es" ? "lo pedido" : "what was asked for")), code);
    case "ApiNotFound":
      return new ShellError("UNSUPPORTED", t.UNSUPPORTED(), code);
    default:
      return new ShellError("EXCEL_ERROR", t.EXCEL_ERROR(code || "Error", detail), code || undefined);
  }
}
