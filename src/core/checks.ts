/**
 * The checks of contract §6 over a read matrix. Issue order is stable: header issues, then by row,
 * column and code, then catalog-level ones (objectives not covered) in catalog order.
 */
import { columnLetter } from "./address";
import type { Catalog } from "./catalog";
import type { MatrixHeader } from "./header";
import type { Fix, Issue, IssueCode, Lang, Severity } from "./model";
import { issueMessage, type IssueParams } from "./messages";
import type { RowMapping } from "./mapping";
import { isShareMark } from "./marks";
import { textKeyOf, type MatrixRow } from "./readMatrix";
import type { YearFinding } from "./year";
import { cellText, shorten, shortenCollapsed } from "./text";

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
  REPORT_MISSING: "warning",
  UNPLANNED_EXECUTION: "warning",
  INVALID_EXECUTED_VALUE: "error",
};

export interface MappedRow extends MatrixRow {
  mapping: RowMapping;
}

export interface CheckInput {
  sheet: string;
  header: MatrixHeader;
  rows: readonly MappedRow[];
  catalog: Catalog;
  lang: Lang;
  /** The year findings, for YEAR_CONFLICT (§8); omitted, no year check. */
  year?: YearFinding;
}

const RESULT_SHORT = 40;
const OBJECTIVE_SHORT = 50;

interface Positioned {
  issue: Issue;
  row: number;
  col: number;
}

/**
 * The row loop, apart (a small function V8 optimises whole): the usual row (a text, a month, no odd
 * mark or colour, mapped by its objective cell) can only be a duplicate, and is spared the rest.
 */
function checkRows(
  rows: readonly MappedRow[],
  firstOfText: (objective: string, index: number) => MappedRow | undefined,
  checkRow: (index: number, first: MappedRow | undefined | null) => void,
): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const objective = r.mapping.objective;
    if (r.marks === null && r.colorMarks === null && r.scheduled && objective !== null && r.text !== "" && r.mapping.via !== "inferred") {
      const first = firstOfText(objective, i);
      if (first !== undefined) checkRow(i, first);
    } else checkRow(i, null);
  }
}

/**
 * DUPLICATE_RESULT's memory: per objective, the first row of each text key (case, accents and
 * spacing aside). Rows are filed by the key's hash in one open-addressing table of row indexes
 * (a 100k-row sheet would otherwise grow a Map entry by entry), so the key itself is only built
 * where two rows' hashes meet (a duplicate, or a rare collision). Returns the earlier row, or
 * undefined after filing this one as the first.
 */
function duplicateFinder(rows: readonly MappedRow[]): (objective: string, index: number) => MappedRow | undefined {
  // At most half full: probe chains stay short. Slots hold a row's index + 1 (0: free).
  let size = 16;
  while (size < rows.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  return (objective, index) => {
    const r = rows[index];
    const hash = r.textHash;
    let key: string | undefined;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const held = slots[at];
      if (held === 0) {
        slots[at] = index + 1;
        return undefined;
      }
      const seen = rows[held - 1];
      if (seen.textHash !== hash || seen.mapping.objective !== objective) continue;
      if (textKeyOf(seen) === (key ??= textKeyOf(r))) return seen;
    }
  };
}

export function checkMatrix(input: CheckInput): Issue[] {
  const { sheet, header, rows, catalog, lang, year } = input;
  const level = header.level ?? "result";
  // Shortened once per objective, not once per row that names it.
  const objectiveText = new Map(catalog.entries.map((o) => [o.id, shorten(o.text, OBJECTIVE_SHORT)] as const));
  // Row issues are made with their message's parameters whole (sheet, cell and level included) and
  // their objective and fix as arguments: a row with an odd mark in a 100k-row sheet need not
  // allocate a spread copy and an options object per issue.
  const issueOf = (code: IssueCode, cell: string | null, params: IssueParams, objective: string | null | undefined, fix: Fix | undefined): Issue => {
    const issue: Issue = { code, severity: SEVERITY[code], sheet, cell, message: issueMessage(lang, code, params) };
    if (objective) issue.objective = objective;
    if (fix) issue.fix = fix;
    return issue;
  };
  const make = (
    code: IssueCode,
    cell: string | null,
    params: Omit<IssueParams, "sheet" | "cell">,
    extra: { objective?: string | null; fix?: Fix } = {},
  ): Issue => issueOf(code, cell, { sheet, cell, level, ...params }, extra.objective, extra.fix);

  const headerIssues: Issue[] = [];
  header.monthColumns.forEach((col, month) => {
    if (col === null) headerIssues.push(make("MONTH_COLUMN_MISSING", null, { month, row: header.row + 1 }));
  });
  // §8: the title's or header's year wins over the sheet name's; a disagreement is worth a look.
  if (year?.content && year.sheetName !== null && year.content.year !== year.sheetName) {
    headerIssues.push(make("YEAR_CONFLICT", year.content.cell, { year: year.content.year, otherYear: year.sheetName }));
  }

  const rowIssues: Issue[] = [];
  const hasObjectiveColumn = header.objectiveColumn !== null;
  const resultCol = header.resultColumn;
  // Column letters computed once: addresses are built for every issue of a 100k-row sheet.
  const letters: string[] = [];
  const address = (row: number, col: number) => (letters[col] ??= columnLetter(col)) + String(row + 1);
  const firstOfText = duplicateFinder(rows);

  // A row's issues before ordering: scratch arrays reused from row to row (no array, closure or pair
  // object per row), filled up to `hereCount` (emptying them by length would drop their storage).
  const hereIssues: Issue[] = [];
  const hereCols: number[] = [];
  let hereCount = 0;
  const push = (col: number, issue: Issue): void => {
    hereIssues[hereCount] = issue;
    hereCols[hereCount] = col;
    hereCount++;
  };

  // Every issue a row raises, apart from the duplicate check already made (`first`: null when not made).
  const checkRow = (index: number, first: MappedRow | undefined | null): void => {
    const r = rows[index];
    const objective = r.mapping.objective;
    const hasText = r.text !== "";
    hereCount = 0;
    // The row's text shortened for messages, on first use (a row's text is already collapsed).
    let shortText: string | undefined;

    if (r.marks !== null || r.colorMarks !== null) {
      for (let month = 0; month < 12; month++) {
        const kind = r.marks === null ? "empty" : r.marks[month].kind;
        const byColor = r.colorMarks !== null && r.colorMarks[month];
        if (kind !== "invalid" && kind !== "nonstandard" && !byColor) continue;
        const col = header.monthColumns[month];
        if (col === null) continue;
        const cell = address(r.row, col);
        const params: IssueParams = {
          sheet,
          cell,
          level,
          result: hasText ? (shortText ??= shortenCollapsed(r.text, RESULT_SHORT)) : undefined,
          month,
          value: cellText(r.cells[col]),
        };
        if (byColor) {
          push(col, issueOf("MONTH_MARKED_BY_COLOR", cell, params, objective, { sheet, cell, value: "X", safe: true }));
        } else if (kind === "invalid") {
          push(col, issueOf("INVALID_MONTH_MARK", cell, params, objective, { sheet, cell, value: null, safe: false }));
        } else {
          // A planned share (0.5, 50 %) would be lost in an X: only with the planner's confirmation.
          const safe = !isShareMark(r.cells[col] ?? null);
          push(col, issueOf("NONSTANDARD_MONTH_MARK", cell, params, objective, { sheet, cell, value: "X", safe }));
        }
      }
    }

    if (!hasText) {
      const cell = address(r.row, resultCol);
      push(resultCol, issueOf("EMPTY_RESULT", cell, { sheet, cell, level, row: r.row + 1 }, objective, undefined));
    } else {
      const resultCell = address(r.row, resultCol);
      if (!r.scheduled) {
        const params: IssueParams = { sheet, cell: resultCell, level, result: (shortText ??= shortenCollapsed(r.text, RESULT_SHORT)) };
        push(resultCol, issueOf("RESULT_WITHOUT_MONTHS", resultCell, params, objective, undefined));
      }

      if (objective === null) {
        if (hasObjectiveColumn && r.objectiveCell) {
          const cell = address(r.objectiveCell.row, r.objectiveCell.col);
          const suggestion = r.mapping.suggestion ?? undefined;
          const fix: Fix | undefined = suggestion ? { sheet, cell, value: suggestion, safe: false } : undefined;
          const result = (shortText ??= shortenCollapsed(r.text, RESULT_SHORT));
          const params: IssueParams = { sheet, cell, level, result, value: cellText(r.objectiveValue), suggestion, hasObjectiveColumn };
          push(r.objectiveCell.col, issueOf("RESULT_UNMAPPED", cell, params, undefined, fix));
        } else {
          const result = (shortText ??= shortenCollapsed(r.text, RESULT_SHORT));
          push(resultCol, issueOf("RESULT_UNMAPPED", resultCell, { sheet, cell: resultCell, level, result, hasObjectiveColumn: false }, undefined, undefined));
        }
      } else {
        if (r.mapping.via === "inferred") {
          const result = (shortText ??= shortenCollapsed(r.text, RESULT_SHORT));
          const params: IssueParams = { sheet, cell: resultCell, level, result, objective, objectiveText: objectiveText.get(objective) ?? "" };
          push(resultCol, issueOf("RESULT_MAPPING_INFERRED", resultCell, params, objective, undefined));
        }
        if (first === null) first = firstOfText(objective, index);
        if (first !== undefined) {
          const result = (shortText ??= shortenCollapsed(r.text, RESULT_SHORT));
          const params: IssueParams = { sheet, cell: resultCell, level, result, objective, firstCell: address(first.row, resultCol) };
          push(resultCol, issueOf("DUPLICATE_RESULT", resultCell, params, objective, undefined));
        }
      }
    }

    // Rows come in order; only a row's own issues need ordering (by column, then code).
    if (hereCount === 1) rowIssues.push(hereIssues[0]);
    else if (hereCount > 1) {
      // A loop, not a closure over `r`: V8 would allocate this function's context on every row.
      const here: Positioned[] = [];
      for (let i = 0; i < hereCount; i++) here.push({ issue: hereIssues[i], row: r.row, col: hereCols[i] });
      here.sort((a, b) => a.col - b.col || (a.issue.code < b.issue.code ? -1 : a.issue.code > b.issue.code ? 1 : 0));
      for (const p of here) rowIssues.push(p.issue);
    }
  };
  checkRows(rows, firstOfText, checkRow);

  const mapped = new Set<string>();
  for (const r of rows) if (r.text !== "" && r.mapping.objective !== null) mapped.add(r.mapping.objective);
  const catalogIssues: Issue[] = [];
  for (const o of catalog.entries) {
    if (mapped.has(o.id)) continue;
    const issue = make(
      "OBJECTIVE_NOT_COVERED",
      o.cell,
      { objective: o.id, objectiveText: shorten(o.text, OBJECTIVE_SHORT) },
      { objective: o.id },
    );
    // The ID cell lives on the catalog sheet, not on the matrix.
    if (catalog.sheet !== null && o.cell !== null) issue.sheet = catalog.sheet;
    catalogIssues.push(issue);
  }

  return [...headerIssues, ...rowIssues, ...catalogIssues];
}
