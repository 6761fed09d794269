import { cellAddress, parseCell } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import type { WorkbookLayout } from "../../src/core/layoutTypes";
import type { PlanTemplate } from "../../src/core/model";
import { install, type ExcelDouble } from "../excelDouble";

export type InstalledDouble = ExcelDouble & { uninstall(): void };

export function installDouble(maxApi = "1.17"): InstalledDouble {
  return install(globalThis as unknown as Record<string, unknown>, { maxApi, displayLanguage: "es-SV" });
}

/** The ESCO template with `rows` results, cycling over its objectives; `textLength` pads each result. */
export function templateWithRows(rows: number, textLength = 0): PlanTemplate {
  const base = escoTemplate(2024);
  const results = Array.from({ length: rows }, (_, i) => {
    const r = base.results[i % base.results.length];
    const text = `${r.text} (${i + 1})`;
    return { text: textLength > text.length ? text + " ñ".repeat(Math.ceil((textLength - text.length) / 2)).slice(0, textLength - text.length) : text, objective: r.objective };
  });
  return { ...base, results };
}

export const MATRIX = "Matriz POA 2024";

/**
 * The double stores formulas without computing them; a real Excel answers with their results (the
 * objective text in column C, the month count, the status), which weigh in the answer's size.
 */
export function showFormulaResults(double: ExcelDouble, layout: WorkbookLayout): void {
  for (const sheet of layout.sheets) {
    for (const block of sheet.blocks) {
      const { row, col } = parseCell(block.anchor);
      block.rows.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (cell && typeof cell === "object" && cell.result !== undefined) double.setFormulaResult(sheet.name, cellAddress(row + r, col + c), cell.result);
        }),
      );
    }
  }
}
