import type { Lang } from "../core/model";
import { officeLanguage } from "../excel/officeLanguage";
import { createOfficeShell } from "../excel/officeShell";
import { GENERATE_MATRIX_ACTION } from "./actions";
import { generateMatrix } from "./generateMatrix";
import { type Notice, noticeQuery, noticeText } from "./notices";

/**
 * The ribbon's function file (commands.html): registers the ExecuteFunction commands of manifest.xml.
 * Every command calls `event.completed()` whatever happens, or Excel keeps the button busy until it times out.
 */

export async function onGenerateMatrix(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lang = officeLanguage();
    await generateMatrix({ shell: createOfficeShell({ lang }), lang, notify: (notice) => showNotice(notice, lang) });
  } catch (error) {
    console.error("Matriz POA: generateMatrix failed", error);
  } finally {
    event.completed();
  }
}

/**
 * Whether this Excel can open a dialog (DialogApi 1.1). Every Excel the add-in runs on (ExcelApi 1.7,
 * MIN_EXCEL_API) has it, but the manifest does not require it, so it is checked rather than assumed.
 */
function canShowDialogs(): boolean {
  try {
    return Office.context.requirements.isSetSupported("DialogApi", "1.1");
  } catch {
    return false;
  }
}

/**
 * Opens dialog.html with the notice and resolves when the planner closes it (button or the dialog's ×).
 * Where Excel cannot open dialogs it rejects with the notice's own text in the planner's language, for
 * the caller's log: a ribbon command has no other place to show it.
 */
export function showNotice(notice: Notice, lang: Lang): Promise<void> {
  if (!canShowDialogs()) {
    const text = noticeText(notice, lang);
    return Promise.reject(new Error(`${text.title}. ${text.body} ${text.hint}`));
  }
  const url = new URL(`dialog.html?${noticeQuery(notice, lang)}`, window.location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(result.error?.message ?? "displayDialogAsync failed"));
        return;
      }
      const dialog = result.value;
      // Any message from the page is its close button; any event is the planner closing it another way.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

Office.onReady(() => {
  // Hosts from before Office.actions (e.g. perpetual Excel 2019) look the FunctionName up as a global function.
  (globalThis as unknown as Record<string, unknown>)[GENERATE_MATRIX_ACTION] = onGenerateMatrix;
  if (Office.actions?.associate) Office.actions.associate(GENERATE_MATRIX_ACTION, onGenerateMatrix);
});
