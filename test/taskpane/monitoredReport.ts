import { parseCell } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldLayout } from "../../src/core/layout";
import { gridFromLayout } from "../../src/core/layoutGrid";
import { scaffoldWithMonitoring } from "../../src/core/layoutMonitoring";
import type { Lang, Report } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";

/**
 * A report with seguimiento as the core makes it (contract §9), from the scaffold with seguimiento and
 * the docs' worked example typed in: OE1's row planned Ene–Mar and reported 1, 0, 2 (T1 3 / 3 = 100 %);
 * OE2's planned 2, 2 and reported 1 in January (T1 1 / 4 = 25 %, February missing); plus `cells` typed
 * anywhere (`Seguimiento!C5` for a threshold). The corte is March unless `month` is given (undefined: the workbook's).
 */
export function monitoredReport(options: { month?: number; lang?: Lang; cells?: Record<string, string | number> } = {}): Report {
  const today = { year: 2024, month: 4 };
  const book = gridFromLayout(scaffoldWithMonitoring(escoTemplate(2024), { lang: "es", monitoring: { today } }));
  const typed: Record<string, string | number> = { E7: "X", F7: "X", G7: "X", E8: 2, F8: 2, S7: 1, T7: 0, U7: 2, S8: 1, ...options.cells };
  for (const [place, value] of Object.entries(typed)) {
    const [sheetName, address] = place.includes("!") ? place.split("!") : ["Matriz POA 2024", place];
    const sheet = book.sheets.find((s) => s.name === sheetName)!;
    const { row, col } = parseCell(address);
    while (sheet.values.length <= row) sheet.values.push([]);
    sheet.values[row][col] = value;
  }
  const outcome = validateWorkbook(book, { lang: options.lang ?? "es", month: "month" in options ? options.month : 3, today });
  if (!outcome.ok) throw new Error(outcome.notFound.message);
  return outcome.report;
}

/** The plain scaffold (no seguimiento), as the core reads it: the matrix has no Realizado. */
export function unmonitoredReport(lang: Lang = "es"): Report {
  const outcome = validateWorkbook(gridFromLayout(scaffoldLayout(escoTemplate(2024), { lang: "es" })), { lang, today: { year: 2024, month: 4 } });
  if (!outcome.ok) throw new Error(outcome.notFound.message);
  return outcome.report;
}
