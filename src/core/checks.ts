/**
 * The checks of contract §6 over a read matrix. Issue order is stable: header issues, then by row,
 * column and code, then catalog-level ones (objectives not covered) in catalog order.
 */
import { columnLetter } from "./address";
import type { Catalog } from "./catalog";
import type { MatrixHeader } from "./header";
import type { Fix, Issue, IssueCode, Lang, RowLevel, Severity } from "./model";
import { issueMessage, type IssueParams } from "./messages";
import type { RowMapping } from "./mapping";
import { isShareMark } from "./marks";
import type { MatrixRow } from "./readMatrix";
import type { YearFinding } from "./year";
import { cellText, shorten } from "./text";

/** The severity of every code (§6, §8), in one place so codes and severities always pair the same way. */
export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  MONTH_COLUMN_MISSING: "error",
  RESULT_WITHOUT_MONTHS: "error",
  EMPTY_RESULT: "error",
  INVALID_MONTH_MARK: "error",
  NONSTANDARD_MONTH_MARK: "warning",
  RESULT_UNMAPPED: "error",
  RESULT_MAPPING_INFERRED: "warning",
  OBJECTIVE_NOT_COVERED: "error",
  DUPLICATE_RESULT: "warning",
  MONTH_MARKED_BY_COLOR: "warning",
  YEAR_CONFLICT: "warning",
  CATALOG_MISSING: "warning",
  REPORT_MISSING: "warning",
  UNPLANNED_EXECUTION: "warning",
  INVALID_EXECUTED_VALUE: "error",
};

export interface MappedRow extends MatrixRow {
  mapping: RowMapping;
}

export interface CheckInput {
  sheet: string;
  /** Each block's header, in sheet order (one for most matrices; §8 v2 stacked forms). */
  headers: readonly MatrixHeader[];
  rows: readonly MappedRow[];
  catalog: Catalog;
  lang: Lang;
  /** The year findings, for YEAR_CONFLICT (§8); omitted, no year check. */
  year?: YearFinding;
}

const RESULT_SHORT = 40;
const OBJECTIVE_SHORT = 50;

/** What an issue says beyond its code and cell: its message's parameters, its objective and its fix. */
interface IssueDetails {
  params?: Omit<IssueParams, "sheet" | "cell" | "level">;
  objective?: string | null;
  fix?: Fix;
}

/** A row's issue with the column it sits in, for ordering the row's issues by column, then code. */
interface RowIssue {
  col: number;
  issue: Issue;
}

/** What the row rules share: the matrix they check, how they name cells, and how they make an issue. */
interface RowCheck {
  sheet: string;
  /** Whether the objective checks run: not without a catalog (§3 v2 rule 6). */
  objectiveChecks: boolean;
  address(row: number, col: number): string;
  /** `level`: the kind of row the message names, by default the first block's. */
  issue(code: IssueCode, cell: string | null, details: IssueDetails, level?: RowLevel): Issue;
  /** Each objective's text, shortened for messages. */
  objectiveText: ReadonlyMap<string, string>;
  /** DUPLICATE_RESULT's memory: per objective, the first row of each text key. */
  firstOfText: Map<string, Map<string, MatrixRow>>;
}

export function checkMatrix(input: CheckInput): Issue[] {
  const { sheet, headers, rows, catalog, lang, year } = input;
  const firstLevel: RowLevel = headers[0]?.level ?? "result";
  // Column letters computed once: addresses are built for every issue of a big sheet.
  const letters: string[] = [];
  const check: RowCheck = {
    sheet,
    objectiveChecks: catalog.source !== "none",
    address: (row, col) => (letters[col] ??= columnLetter(col)) + String(row + 1),
    issue: (code, cell, { params, objective, fix }, level = firstLevel) => {
      // Object.assign, not a spread: spreading parameters of a dozen shapes costs V8 ten times more, per issue.
      const message = issueMessage(lang, code, Object.assign({ sheet, cell, level }, params));
      const issue: Issue = { code, severity: SEVERITY[code], sheet, cell, message };
      if (objective) issue.objective = objective;
      if (fix) issue.fix = fix;
      return issue;
    },
    objectiveText: new Map(catalog.entries.map((o) => [o.id, shorten(o.text, OBJECTIVE_SHORT)] as const)),
    firstOfText: new Map(),
  };

  const headerIssues: Issue[] = [];
  for (const header of headers) {
    header.monthColumns.forEach((col, month) => {
      if (col === null) headerIssues.push(check.issue("MONTH_COLUMN_MISSING", null, { params: { month, row: header.row + 1 } }, header.level));
    });
  }
  // §8: the title's or header's year wins over the sheet name's; a disagreement is worth a look.
  if (year?.content && year.sheetName !== null && year.content.year !== year.sheetName) {
    headerIssues.push(check.issue("YEAR_CONFLICT", year.content.cell, { params: { year: year.content.year, otherYear: year.sheetName } }));
  }

  const rowIssues: Issue[] = [];
  for (const r of rows) {
    // Rows come in order; only a row's own issues need ordering (by column, then code).
    const here = issuesOfRow(r, check).sort((a, b) => a.col - b.col || (a.issue.code < b.issue.code ? -1 : a.issue.code > b.issue.code ? 1 : 0));
    for (const h of here) rowIssues.push(h.issue);
  }

  const mapped = new Set<string>();
  for (const r of rows) if (r.text !== "" && r.mapping.objective !== null) mapped.add(r.mapping.objective);
  const catalogIssues: Issue[] = [];
  // §3 v2 rules 5 and 6: say why the objectives are not (all) checked, and how to add a catalog.
  if (catalog.source === "ids" || catalog.source === "none") {
    catalogIssues.push(check.issue("CATALOG_MISSING", null, { params: { catalog: catalog.source, ids: catalog.entries.map((o) => o.id) } }));
  }
  for (const o of catalog.entries) {
    if (mapped.has(o.id)) continue;
    const issue = check.issue("OBJECTIVE_NOT_COVERED", o.cell, { params: { objective: o.id, objectiveText: shorten(o.text, OBJECTIVE_SHORT) }, objective: o.id });
    // The ID cell lives on the catalog sheet, not on the matrix.
    if (catalog.sheet !== null && o.cell !== null) issue.sheet = catalog.sheet;
    catalogIssues.push(issue);
  }

  return [...headerIssues, ...rowIssues, ...catalogIssues];
}

/** Every issue one row raises (§4–§6): a row can raise several (an unmapped result with no month raises both). */
function issuesOfRow(r: MappedRow, check: RowCheck): RowIssue[] {
  const out: RowIssue[] = [];
  const { sheet, address } = check;
  const header = r.header;
  const level = header.level;
  const issue = (code: IssueCode, cell: string | null, details: IssueDetails) => check.issue(code, cell, details, level);
  const objective = r.mapping.objective;
  // The row's text as messages quote it, shortened only for a row that raises something.
  let quoted: string | undefined;
  const result = () => (quoted ??= shorten(r.text, RESULT_SHORT));
  const resultCol = header.resultColumn;
  const resultCell = address(r.row, resultCol);

  // §4 and §8: each month cell's mark, or its colour.
  for (let month = 0; month < 12; month++) {
    const col = header.monthColumns[month];
    if (col === null) continue;
    const byColor = r.colorMarks !== null && r.colorMarks[month];
    const kind = r.marks[month].kind;
    if (!byColor && kind !== "invalid" && kind !== "nonstandard") continue;
    const cell = address(r.row, col);
    const params = { result: r.text === "" ? undefined : result(), month, value: cellText(r.cells[col]) };
    if (byColor) {
      out.push({ col, issue: issue("MONTH_MARKED_BY_COLOR", cell, { params, objective, fix: { sheet, cell, value: "X", safe: true } }) });
    } else if (kind === "invalid") {
      out.push({ col, issue: issue("INVALID_MONTH_MARK", cell, { params, objective, fix: { sheet, cell, value: null, safe: false } }) });
    } else {
      // A planned share (0.5, 50 %) would be lost in an X: only with the planner's confirmation.
      const safe = !isShareMark(r.cells[col] ?? null);
      out.push({ col, issue: issue("NONSTANDARD_MONTH_MARK", cell, { params, objective, fix: { sheet, cell, value: "X", safe } }) });
    }
  }

  if (r.text === "") {
    out.push({ col: resultCol, issue: issue("EMPTY_RESULT", resultCell, { params: { row: r.row + 1 }, objective }) });
    return out;
  }

  // §8 v2: a hierarchy row (a higher level with no month) is context, not asked for months.
  if (!r.scheduled && !r.hierarchy) out.push({ col: resultCol, issue: issue("RESULT_WITHOUT_MONTHS", resultCell, { params: { result: result() }, objective }) });

  // §5: the row's objective, by its objective cell or by its wording; with no catalog, no objective check (§3 v2).
  if (!check.objectiveChecks) return out;
  if (objective === null) {
    if (r.objectiveCell !== null) {
      const cell = address(r.objectiveCell.row, r.objectiveCell.col);
      const suggestion = r.mapping.suggestion ?? undefined;
      const fix: Fix | undefined = suggestion ? { sheet, cell, value: suggestion, safe: false } : undefined;
      const params = { result: result(), value: cellText(r.objectiveValue), suggestion, hasObjectiveColumn: true };
      out.push({ col: r.objectiveCell.col, issue: issue("RESULT_UNMAPPED", cell, { params, fix }) });
    } else {
      out.push({ col: resultCol, issue: issue("RESULT_UNMAPPED", resultCell, { params: { result: result(), hasObjectiveColumn: false } }) });
    }
    return out;
  }
  if (r.mapping.via === "inferred") {
    const params = { result: result(), objective, objectiveText: check.objectiveText.get(objective) ?? "" };
    out.push({ col: resultCol, issue: issue("RESULT_MAPPING_INFERRED", resultCell, { params, objective }) });
  }

  // §6: the same text (case, accents and spacing aside) twice under one objective.
  let firstOfText = check.firstOfText.get(objective);
  if (!firstOfText) check.firstOfText.set(objective, (firstOfText = new Map()));
  const first = firstOfText.get(r.textKey);
  if (first === undefined) firstOfText.set(r.textKey, r);
  else {
    const params = { result: result(), objective, firstCell: address(first.row, resultCol) };
    out.push({ col: resultCol, issue: issue("DUPLICATE_RESULT", resultCell, { params, objective }) });
  }
  return out;
}
