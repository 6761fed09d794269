/**
 * A catalog of objectives and the two catalogs that need no matrix (contract §3 v2): a sheet
 * `Objetivos`/`Objectives` whose header row holds `ID` and a column starting `Objetivo`/`Objective`
 * (rule 1, and the workbook a user gives, rule 2), and the template's. Which one applies, of all six
 * rules, is catalogRule.ts's to say.
 */
import { escoTemplate } from "./escoTemplate";
import type { WorkbookGrid } from "./grid";
import { cellAddress } from "./address";
import type { CatalogSource, Objective, PlanTemplate } from "./model";
import { valueAt } from "./merges";
import { HEADER_SEARCH_ROWS } from "./header";
import { cellKey, cellText, normalizeText } from "./text";

export interface CatalogEntry extends Objective {
  /** A1 address of the objective's ID cell on the catalog sheet; null for the built-in catalog. */
  cell: string | null;
}

export interface Catalog {
  /**
   * The sheet holding the entries' cells: the catalog sheet, or the matrix for a column catalog; null
   * for the template, a catalog given from another file, and none.
   */
  sheet: string | null;
  /** Which rule of §3 v2 it comes from. */
  source: CatalogSource;
  entries: CatalogEntry[];
}

const CATALOG_SHEET_NAMES = new Set(["objetivos", "objectives"]);

/** Whether a sheet's name is a catalog's: `Objetivos` or `Objectives`, case, accents, spacing and a trailing period aside. */
export function isCatalogSheetName(name: string): boolean {
  return CATALOG_SHEET_NAMES.has(normalizeText(name));
}

export function templateCatalog(template: PlanTemplate = escoTemplate()): Catalog {
  return { sheet: null, source: "template", entries: template.objectives.map((o) => ({ id: o.id, text: o.text, cell: null })) };
}

/** The catalog of an `Objetivos`/`Objectives` sheet, null when the workbook has none. */
export function readCatalogSheet(book: WorkbookGrid): Catalog | null {
  for (const sheet of book.sheets) {
    if (!isCatalogSheetName(sheet.name)) continue;
    const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
    for (let r = 0; r < limit; r++) {
      const line = sheet.values[r] ?? [];
      const keys = line.map((v) => cellKey(v ?? null));
      const idCol = keys.indexOf("id");
      if (idCol < 0) continue;
      const textCol = keys.findIndex((k, c) => c !== idCol && (k.startsWith("objetivo") || k.startsWith("objective")));
      if (textCol < 0) continue;
      const entries: CatalogEntry[] = [];
      const seen = new Set<string>();
      for (let d = r + 1; d < sheet.values.length; d++) {
        const id = cellText(valueAt(sheet, d, idCol));
        if (id === "" || seen.has(normalizeText(id))) continue;
        seen.add(normalizeText(id));
        entries.push({ id, text: cellText(valueAt(sheet, d, textCol)), cell: cellAddress(d, idCol) });
      }
      return { sheet: sheet.name, source: "sheet", entries };
    }
  }
  return null;
}
