import { noticeFromQuery, noticeText } from "./notices";

/**
 * dialog.html: shows the notice a ribbon command put in the URL. Text goes in with textContent only, so
 * sheet names and Excel messages are never read as HTML.
 */
export function renderNotice(doc: Document, query: string): void {
  const { notice, lang } = noticeFromQuery(query);
  const text = noticeText(notice, lang);
  doc.documentElement.lang = lang;
  doc.title = text.title;
  const set = (id: string, value: string) => {
    const el = doc.getElementById(id);
    if (el) el.textContent = value;
  };
  set("title", text.title);
  set("body", text.body);
  set("hint", text.hint);
  set("close", text.close);
}

/** Tells the command the planner is done; the command closes the dialog and completes. */
export function wireClose(doc: Document, send: (message: string) => void): void {
  const button = doc.getElementById("close");
  button?.addEventListener("click", () => send("close"));
  button?.focus();
}
