/**
 * The reader's entry point (contract §3–§7): finds the matrix, reads the catalog, maps and checks
 * the rows, and builds the report every shell shows (CLI JSON/text, task pane).
 */
import { columnLetter } from "./address";
import { readCatalogSheet, templateCatalog } from "./catalog";
import { catalogFromObjectiveColumn } from "./columnCatalog";
import { checkMatrix, type MappedRow } from "./checks";
import { coverageByObjective } from "./coverage";
import { escoTemplate } from "./escoTemplate";
import type { SheetGrid, WorkbookGrid } from "./grid";
import type { MatrixHeader } from "./header";
import { mapRow, ObjectiveMatcher } from "./mapping";
import { chooseMatrix } from "./matrixChoice";
import { notFoundMessage } from "./messages";
import { columnMergeOwners, valueAt } from "./merges";
import type { Lang, PlanTemplate, Report, ReportRow, RowContext, RowLevel, ValidationOutcome } from "./model";
import { readRows } from "./readMatrix";
import { cellText } from "./text";
import { detectYear } from "./year";

export interface ValidateOptions {
  /** The sheet to read; by default the first sheet, in workbook order, holding a matrix. */
  sheet?: string;
  lang?: Lang;
  /** The fallback catalog when the workbook has no `Objetivos` sheet (default: ESCO 2024). */
  template?: PlanTemplate;
}

export function validateWorkbook(book: WorkbookGrid, options: ValidateOptions = {}): ValidationOutcome {
  const lang: Lang = options.lang ?? "es";
  const choice = chooseMatrix(book.sheets, options.sheet);
  if (!choice.found) return { ok: false, notFound: { reason: choice.reason, message: notFoundMessage(lang, choice.reason, choice.params) } };
  const report = buildReport(book, choice.sheet, choice.header, lang, options.template ?? escoTemplate());
  return { ok: true, report };
}

function buildReport(book: WorkbookGrid, sheet: SheetGrid, header: MatrixHeader, lang: Lang, template: PlanTemplate): Report {
  // §3 an Objetivos sheet; §8 else the id-and-text cells of the objective column; else the template.
  const catalog = readCatalogSheet(book) ?? catalogFromObjectiveColumn(sheet, header) ?? templateCatalog(template);
  const year = detectYear(sheet, header);
  const matcher = new ObjectiveMatcher(catalog.entries);
  const hasObjectiveColumn = header.objectiveColumn !== null;
  const rows = readRows(sheet, header) as MappedRow[];
  mapRows(rows, matcher, hasObjectiveColumn);
  const issues = checkMatrix({ sheet: sheet.name, header, rows, catalog, lang, year });
  const results = reportRows(rows, columnLetter(header.resultColumn), header.level, contextReader(sheet, header));
  const objectives = coverageByObjective(catalog.entries, results);
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errors++;
    else warnings++;
  }
  return {
    sheet: sheet.name,
    year: year.year,
    objectives,
    results,
    issues,
    summary: { errors, warnings, objectivesCovered: objectives.filter((o) => o.covered).length, objectivesTotal: objectives.length },
  };
}

/** Each read row gets its mapping in place (§5). */
function mapRows(rows: MappedRow[], matcher: ObjectiveMatcher, hasObjectiveColumn: boolean): void {
  for (const r of rows) r.mapping = mapRow(matcher, hasObjectiveColumn, r.textKey, r.objectiveValue);
}

/** The report's `results`: every row with a label (§7), with its context where the matrix has some (§8). */
function reportRows(rows: readonly MappedRow[], letter: string, level: RowLevel, context: ((row: number) => RowContext[]) | null): ReportRow[] {
  const results: ReportRow[] = [];
  for (const r of rows) {
    if (r.text === "") continue;
    const row: ReportRow = {
      row: r.row + 1,
      cell: letter + String(r.row + 1),
      text: r.text,
      objective: r.mapping.objective,
      months: r.months,
      level,
    };
    if (context !== null) {
      const above = context(r.row);
      if (above.length > 0) row.context = above;
    }
    results.push(row);
  }
  return results;
}

/** The higher-level labels of a row (§8): each context column's value, a merged cell counting for its area. */
function contextReader(sheet: SheetGrid, header: MatrixHeader): ((row: number) => RowContext[]) | null {
  if (header.contextColumns.length === 0) return null;
  const columns = header.contextColumns.map((c) => ({ ...c, owners: columnMergeOwners(sheet, c.col) }));
  return (row) => {
    const out: RowContext[] = [];
    for (const c of columns) {
      const at = c.owners.get(row) ?? { row, col: c.col };
      const text = cellText(valueAt(sheet, at.row, at.col));
      if (text !== "") out.push({ level: c.level, label: c.label, text, cell: columnLetter(at.col) + String(at.row + 1) });
    }
    return out;
  };
}
