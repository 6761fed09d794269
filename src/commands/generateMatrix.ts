import { cellAddress } from "../core/address";
import { DEFAULT_YEAR, escoTemplate } from "../core/escoTemplate";
import { MATRIX_COLUMNS, MATRIX_FIRST_DATA_ROW } from "../core/layout";
import type { Lang } from "../core/model";
import type { ExcelShell } from "../excel/shell";
import type { Notice } from "./notices";

/** The first result of a freshly scaffolded matrix, where the layout puts it (contract §2). */
const FIRST_RESULT_CELL = cellAddress(MATRIX_FIRST_DATA_ROW - 1, MATRIX_COLUMNS.result);

export interface GenerateDeps {
  shell: ExcelShell;
  lang: Lang;
  /** Shows the notice to the planner and resolves when they dismissed it. */
  notify: (notice: Notice) => Promise<void>;
}

/**
 * The "Generar matriz" ribbon button: scaffolds the ESCO template for the default year (2024, contract §2)
 * without opening the pane. The button has no form, so other names, years or texts are the Panel's job.
 * It never overwrites: on a name conflict the shell writes nothing and the planner is told which sheets
 * are in the way. Every failure reaches the planner as a notice; this function itself never throws.
 */
export async function generateMatrix({ shell, lang, notify }: GenerateDeps): Promise<void> {
  let notice: Notice;
  try {
    if (!shell.capabilities().core) {
      notice = { kind: "oldExcel" };
    } else {
      const outcome = await shell.scaffold({ template: escoTemplate(DEFAULT_YEAR), lang });
      if (outcome.ok) {
        // Land the planner on the first result, so they see what was made and where to start.
        await shell.selectCell(outcome.names.matrix, FIRST_RESULT_CELL);
        return;
      }
      notice = { kind: "conflict", sheets: outcome.conflicts };
    }
  } catch (error) {
    notice = { kind: "error", detail: errorDetail(error) };
  }
  try {
    await notify(notice);
  } catch (error) {
    // The dialog itself failed (e.g. another dialog is open): the log is the only place left to say it.
    console.error("Matriz POA: could not show the notice", notice, error);
  }
}

function errorDetail(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return String(error);
}
