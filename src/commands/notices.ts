import type { Lang } from "../core/model";
import { joinList } from "../core/text";
import { MIN_EXCEL_API } from "../excel/requirements";

/**
 * What a ribbon command tells the planner in its dialog (the command has no pane of its own).
 * The command sends a `Notice` in the dialog's URL; the dialog page renders it in the planner's language.
 */
export type Notice =
  /** Sheets with the default names exist: nothing was written. */
  | { kind: "conflict"; sheets: string[] }
  /** Excel is older than the add-in's minimum: nothing was written. */
  | { kind: "oldExcel" }
  /** Excel (or the add-in) failed; `detail` is the error's own message. */
  | { kind: "error"; detail: string };

export interface NoticeText {
  title: string;
  body: string;
  hint: string;
  close: string;
}

const es = {
  close: "Entendido",
  conflictTitle: "No se generó la matriz",
  conflictBody: (sheets: string[]) =>
    `El libro ya tiene ${sheets.length === 1 ? "una hoja llamada" : "hojas llamadas"} ${list(sheets, "y")}. No se cambió nada.`,
  conflictHint: "Para crear la matriz con otros nombres, abra el Panel (Inicio › Matriz POA › Panel) y elija nombres nuevos.",
  oldExcelTitle: "Esta versión de Excel es demasiado antigua",
  oldExcelBody: `Matriz POA necesita ExcelApi ${MIN_EXCEL_API} o posterior (tablas, formato condicional y eventos de cambio). No se cambió nada.`,
  oldExcelHint: "Use Excel 2019 o posterior (también con licencia por volumen), Microsoft 365, Excel para Mac o Excel en la Web.",
  errorTitle: "Excel informó un error",
  errorBody: (detail: string) => `No se pudo generar la matriz: ${detail}`,
  errorHint: "Vuelva a intentarlo. Si el error se repite, abra el Panel (Inicio › Matriz POA › Panel) para ver más detalles.",
};

const en: typeof es = {
  close: "OK",
  conflictTitle: "The matrix was not generated",
  conflictBody: (sheets: string[]) =>
    `The workbook already has ${sheets.length === 1 ? "a sheet named" : "sheets named"} ${list(sheets, "and")}. Nothing was changed.`,
  conflictHint: "To create the matrix with other names, open the Pane (Home › Matriz POA › Pane) and choose new names.",
  oldExcelTitle: "This version of Excel is too old",
  oldExcelBody: `Matriz POA needs ExcelApi ${MIN_EXCEL_API} or later (tables, conditional formatting and change events). Nothing was changed.`,
  oldExcelHint: "Use Excel 2019 or later (volume-licensed too), Microsoft 365, Excel for Mac or Excel on the web.",
  errorTitle: "Excel reported an error",
  errorBody: (detail: string) => `The matrix could not be generated: ${detail}`,
  errorHint: "Try again. If the error comes back, open the Pane (Home › Matriz POA › Pane) for more details.",
};

function list(names: string[], and: string): string {
  return joinList(names.map((n) => `«${n}»`), and);
}

export function noticeText(notice: Notice, lang: Lang): NoticeText {
  const t = lang === "en" ? en : es;
  switch (notice.kind) {
    case "conflict":
      return { title: t.conflictTitle, body: t.conflictBody(notice.sheets), hint: t.conflictHint, close: t.close };
    case "oldExcel":
      return { title: t.oldExcelTitle, body: t.oldExcelBody, hint: t.oldExcelHint, close: t.close };
    case "error":
      return { title: t.errorTitle, body: t.errorBody(notice.detail), hint: t.errorHint, close: t.close };
  }
}

/** The notice as the dialog URL's query (`?lang=es&kind=conflict&sheet=A&sheet=B`). */
export function noticeQuery(notice: Notice, lang: Lang): string {
  const params = new URLSearchParams({ lang, kind: notice.kind });
  if (notice.kind === "conflict") for (const sheet of notice.sheets) params.append("sheet", sheet);
  // Query strings of a dialog URL are kept short: a very long Excel message is cut, not lost entirely.
  if (notice.kind === "error") params.set("detail", notice.detail.slice(0, 500));
  return params.toString();
}

/** The inverse of noticeQuery; anything unreadable becomes an error notice rather than a blank dialog. */
export function noticeFromQuery(query: string): { notice: Notice; lang: Lang } {
  const params = new URLSearchParams(query);
  const lang: Lang = params.get("lang") === "en" ? "en" : "es";
  const kind = params.get("kind");
  if (kind === "conflict") return { lang, notice: { kind, sheets: params.getAll("sheet") } };
  if (kind === "oldExcel") return { lang, notice: { kind } };
  return { lang, notice: { kind: "error", detail: params.get("detail") ?? "?" } };
}
