/**
 * The reader's entry point (contract §3–§7): locates the matrix (locate.ts), reads its rows, chooses
 * the catalog (catalogRule.ts), maps and checks the rows, and builds the report every shell shows
 * (CLI JSON/text, task pane).
 */
import { columnLetter } from "./address";
import { chooseCatalog, type GivenCatalog } from "./catalogRule";
import { checkMatrix, type MappedRow } from "./checks";
import { coverageByObjective } from "./coverage";
import { escoTemplate } from "./escoTemplate";
import type { SheetGrid, WorkbookGrid } from "./grid";
import type { MatrixHeader } from "./header";
import { locateMatrix } from "./locate";
import { mapRow, ObjectiveMatcher, type RowMapping } from "./mapping";
import type { Today } from "./monitoring/corte";
import { matrixMonitoring, type MatrixMonitoring } from "./monitoring/matrixMonitoring";
import { notFoundMessage } from "./messages";
import { columnMergeOwners, valueAt } from "./merges";
import type { Lang, PlanTemplate, Report, ReportRow, RowContext, ValidationOutcome } from "./model";
import { readBlocks } from "./readMatrix";
import { cellText } from "./text";
import { institutionOfTitle } from "./titleBlock";
import { detectYear } from "./year";

export type { GivenCatalog };

export interface ValidateOptions {
  /** The sheet to read (`--sheet`); by default the first visible sheet, in workbook order, holding a matrix (§3 v2). */
  sheet?: string;
  /** A sheet read first when it holds a matrix: in the add-in, the one the planner is on (§3 v2). */
  prefer?: string;
  lang?: Lang;
  /** The institution's template (default: ESCO 2024): its catalog applies only to its own plan (§3 v2 rule 4). */
  template?: PlanTemplate;
  /** A catalog the user gives (§3 v2 rule 2): `--objectives FILE.xlsx`, or objectives typed in the add-in. */
  objectives?: GivenCatalog;
  /** Seguimiento's corte the planner gives (`--month`, the pane's picker), 0…12; else the workbook's or §9's default. */
  month?: number;
  /** The planner's local date, from the shell, for §9's default corte: the core never reads the clock. */
  today?: Today;
}

export function validateWorkbook(book: WorkbookGrid, options: ValidateOptions = {}): ValidationOutcome {
  const lang: Lang = options.lang ?? "es";
  const located = locateMatrix(book.sheets, { sheet: options.sheet, prefer: options.prefer });
  if (!located.found) return { ok: false, notFound: { reason: located.reason, message: notFoundMessage(lang, located.reason, located.params) } };
  const { location } = located;
  const sheet = location.sheet;
  const rows = readBlocks(sheet, location.blocks) as MappedRow[];
  const catalog = chooseCatalog({ book, location, rows, given: options.objectives, template: options.template ?? escoTemplate() });
  const first = location.blocks[0].header;
  const year = detectYear(sheet, first);
  mapRows(rows, catalog.source === "none" ? null : new ObjectiveMatcher(catalog.entries));
  const issues = checkMatrix({ sheet: sheet.name, headers: location.blocks.map((b) => b.header), rows, catalog, lang, year });
  const results = reportRows(sheet, rows);
  const objectives = coverageByObjective(catalog.entries, results);
  const monitoring = matrixMonitoring({
    book,
    sheet: sheet.name,
    rows: rows.filter((r) => r.text !== ""),
    objectives: objectives.map((o) => o.id),
    lang,
    level: first.level,
    year: year.year,
    month: options.month,
    today: options.today,
  });
  if (monitoring) issues.push(...monitoring.issues);
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errors++;
    else warnings++;
  }
  const report: Report = {
    sheet: sheet.name,
    year: year.year,
    catalog: catalog.source,
    objectives,
    results,
    issues,
    summary: { errors, warnings, objectivesCovered: objectives.filter((o) => o.covered).length, objectivesTotal: objectives.length },
  };
  if (location.hidden) report.hidden = true;
  const institution = institutionOfTitle(sheet, first);
  if (institution !== null) report.institution = institution;
  if (monitoring) addMonitoring(report, monitoring);
  return { ok: true, report };
}

/** Seguimiento's keys (§9) on the report: the corte, each monitored row's Realizado and cumplimiento, each objective's and the institution's. */
function addMonitoring(report: Report, monitoring: MatrixMonitoring): void {
  report.reportMonth = monitoring.reportMonth;
  report.corteSource = monitoring.corteSource;
  report.thresholds = monitoring.thresholds;
  if (monitoring.notes.length > 0) report.notes = monitoring.notes;
  monitoring.indexOf.forEach((at, i) => {
    if (at < 0) return;
    const { executed, compliance } = monitoring.rows[at];
    report.results[i].executed = executed;
    report.results[i].compliance = compliance;
  });
  monitoring.objectives.forEach((o, i) => {
    report.objectives[i].compliance = o.compliance;
    report.objectives[i].status = o.status;
  });
  report.summary.compliance = monitoring.summary.compliance;
  report.summary.status = monitoring.summary.status;
}

const UNMAPPED: RowMapping = { objective: null, via: null, suggestion: null };

/** Each read row gets its mapping in place (§5); with no catalog, none (§3 v2 rule 6). */
function mapRows(rows: MappedRow[], matcher: ObjectiveMatcher | null): void {
  for (const r of rows) r.mapping = matcher === null ? UNMAPPED : mapRow(matcher, r.header.objectiveColumn !== null, r.textKey, r.objectiveValue);
}

/** The report's `results`: every row with a label (§7), with its context where the matrix has some (§8). */
function reportRows(sheet: SheetGrid, rows: readonly MappedRow[]): ReportRow[] {
  const results: ReportRow[] = [];
  const contexts = new Map<MatrixHeader, ((row: number) => RowContext[]) | null>();
  const letters = new Map<number, string>();
  for (const r of rows) {
    if (r.text === "") continue;
    const header = r.header;
    let letter = letters.get(header.resultColumn);
    if (letter === undefined) letters.set(header.resultColumn, (letter = columnLetter(header.resultColumn)));
    const row: ReportRow = {
      row: r.row + 1,
      cell: letter + String(r.row + 1),
      text: r.text,
      objective: r.mapping.objective,
      months: r.months,
      level: header.level,
    };
    if (r.hierarchy) row.hierarchy = true;
    let context = contexts.get(header);
    if (context === undefined) contexts.set(header, (context = contextReader(sheet, header)));
    // Most rows have neither: nothing is allocated for them.
    if (r.parents || context !== null) {
      const above = [...parentsOf(r, letter), ...(context === null ? [] : context(r.row))];
      if (above.length > 0) row.context = above;
    }
    results.push(row);
  }
  return results;
}

/** A row's higher-level rows (§8 v2 hierarchy), nearest first: `{ level: "output", label: "Producto Final 2", … }`. */
function parentsOf(r: MappedRow, letter: string): RowContext[] {
  if (!r.parents) return [];
  return r.parents.map(({ row, label, level }) => ({ level, label, text: row.text, cell: letter + String(row.row + 1) }));
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
