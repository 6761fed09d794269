/**
 * Which catalog of objectives a matrix is checked against (contract §3 v2), the first rule that applies:
 * 1. an `Objetivos` sheet in the workbook;
 * 2. a catalog the user gives (`--objectives FILE.xlsx`; in the add-in, objectives typed or pasted);
 * 3. the objective column's id-and-text cells;
 * 4. the template's objectives, only when the workbook is that institution's plan: its title block
 *    names the institution, or the objective column holds the template's texts, or at least half of
 *    the rows map to the template's objectives by wording with confidence;
 * 5. the objective column's bare ids (with CATALOG_MISSING);
 * 6. none (with CATALOG_MISSING): no objective check runs. A municipality's POA is never judged
 *    against ESCO's objectives.
 */
import { readCatalogSheet, templateCatalog, type Catalog } from "./catalog";
import { catalogsFromObjectiveColumn } from "./columnCatalog";
import type { WorkbookGrid } from "./grid";
import type { MatrixLocation } from "./locate";
import { ObjectiveMatcher } from "./mapping";
import type { Objective, PlanTemplate } from "./model";
import type { MatrixRow } from "./readMatrix";
import { cellText, normalizeText } from "./text";

/** A catalog the user gives (rule 2): the objectives of another workbook, or typed in the add-in. */
export interface GivenCatalog {
  objectives: Objective[];
}

export interface CatalogInput {
  book: WorkbookGrid;
  location: MatrixLocation;
  rows: readonly MatrixRow[];
  given?: GivenCatalog;
  template: PlanTemplate;
}

export function chooseCatalog(input: CatalogInput): Catalog {
  const { book, location, rows, given, template } = input;
  const sheet = readCatalogSheet(book);
  if (sheet) return sheet;
  if (given) return { sheet: null, source: "file", entries: given.objectives.map((o) => ({ id: o.id, text: o.text, cell: null })) };
  const column = catalogsFromObjectiveColumn(location.sheet, location.blocks);
  if (column.withText) return column.withText;
  if (isInstitutionPlan(location, rows, template)) return templateCatalog(template);
  if (column.idsOnly) return column.idsOnly;
  return { sheet: null, source: "none", entries: [] };
}

/** Rule 4: the workbook is the template institution's own plan. */
function isInstitutionPlan(location: MatrixLocation, rows: readonly MatrixRow[], template: PlanTemplate): boolean {
  if (template.objectives.length === 0) return false;
  return titleNamesInstitution(location, template.institution) || columnHoldsTemplateTexts(rows, template) || rowsRestateTemplate(rows, template);
}

/**
 * The institution's name, or the acronym it gives in parentheses (`… Internacional (ESCO)`) as a word,
 * in a cell of the title block (the rows above the first header).
 */
function titleNamesInstitution(location: MatrixLocation, institution: string): boolean {
  const full = normalizeText(institution);
  const acronym = /\(([^()]+)\)$/.exec(full)?.[1]?.trim();
  const name = full.replace(/\s*\([^()]*\)$/, "");
  if (name === "") return false;
  const acronymWord = acronym ? new RegExp(`(?:^|[^a-z0-9])${acronym.replace(/[^a-z0-9]/g, "")}(?:[^a-z0-9]|$)`) : null;
  const first = location.blocks[0].header;
  const top = Math.min(first.row, first.resultLabelRow);
  for (let r = 0; r < top; r++) {
    for (const v of location.sheet.values[r] ?? []) {
      if (typeof v !== "string") continue;
      const key = normalizeText(v);
      if (key.includes(name) || (acronymWord && acronymWord.test(key))) return true;
    }
  }
  return false;
}

/** At least half of the objective column's filled cells hold a template objective's text. */
function columnHoldsTemplateTexts(rows: readonly MatrixRow[], template: PlanTemplate): boolean {
  const texts = new Set(template.objectives.map((o) => normalizeText(o.text)));
  let filled = 0;
  let matching = 0;
  for (const r of rows) {
    if (r.objectiveCell === null) continue;
    const text = cellText(r.objectiveValue);
    if (text === "") continue;
    filled++;
    if (texts.has(normalizeText(text))) matching++;
  }
  return filled > 0 && matching * 2 >= filled;
}

/** At least half of the labelled rows map to a template objective by wording, with confidence (§5). */
function rowsRestateTemplate(rows: readonly MatrixRow[], template: PlanTemplate): boolean {
  const labelled = rows.filter((r) => r.textKey !== "" && !r.hierarchy);
  if (labelled.length === 0) return false;
  const matcher = new ObjectiveMatcher(template.objectives);
  let mapped = 0;
  let left = labelled.length;
  for (const r of labelled) {
    if (matcher.inferKey(r.textKey) !== null) mapped++;
    left--;
    // Decided as soon as the rest can no longer change the answer: a big plan is not read to its end.
    if (mapped * 2 >= labelled.length) return true;
    if ((mapped + left) * 2 < labelled.length) return false;
  }
  return false;
}
