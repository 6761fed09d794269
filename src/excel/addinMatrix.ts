import { isMatrixTableName } from "../core/matrixTable";
import type { Lang } from "../core/model";
import { runExcel, syncWithTimeout } from "./syncWithTimeout";

/**
 * Whether a sheet holds a matrix table of the add-in's (`TablaPOA…`): the Seguimiento view offers
 * *Agregar seguimiento* there, and otherwise says what Realizado columns look like. One sync, asked only
 * by that view and only where the report found no Realizado.
 * The table's name alone, on purpose: looser than the core's choice (chooseMatrix also wants the matrix
 * header, planAddition its width and no Realizado yet), so the offer costs no more than one light sync,
 * and a table the core will not continue gets the core's refusal, in the planner's language, when the
 * planner presses the button (nothing is written then).
 */
export async function holdsAddinMatrix(sheet: string, options: { lang: Lang; timeoutMs: number }): Promise<boolean> {
  return runExcel(options.lang, async (context) => {
    const tables = context.workbook.worksheets.getItem(sheet).tables.load("items/name");
    await syncWithTimeout(context, options);
    return tables.items.some((t) => isMatrixTableName(t.name));
  });
}
