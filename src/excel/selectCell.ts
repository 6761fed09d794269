import type { Lang } from "../core/model";
import { shellText } from "./messages";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";

/** Shows the planner a cell: activates its sheet and selects it, in one sync. */
export async function selectCell(sheet: string, address: string, options: { lang: Lang; timeoutMs: number }): Promise<void> {
  const what = shellText(options.lang).cellLabel(sheet, address);
  await runExcel(
    options.lang,
    async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await syncWithTimeout(context, { ...options, what });
    },
    what,
  );
}
