import type { Lang } from "../core/model";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";

/** The name of the sheet the planner is on, in one sync that only reads. */
export async function activeSheetName(options: { lang: Lang; timeoutMs: number }): Promise<string> {
  return runExcel(options.lang, async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await syncWithTimeout(context, options);
    // Loaded above and synced by syncWithTimeout (context.sync() with a time limit), which the rules cannot see.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    return sheet.name;
  });
}
