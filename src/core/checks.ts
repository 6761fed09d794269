/**
 * The checks of contract §6 over a read matrix. Issue order is stable: header issues, then by row,
 * column and code, then catalog-level ones (objectives not covered) in catalog order.
 */
import { cellAddress } from "./address";
import type { Catalog } from "./catalog";
import type { MatrixHeader } from "./header";
import type { Fix, Issue, IssueCode, Lang, Severity } from "./model";
import { issueMessage, type IssueParams } from "./messages";
import type { RowMapping } from "./mapping";
import type { MatrixRow } from "./readMatrix";
import { cellText, normalizeText, shorten } from "./text";

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
}

const RESULT_SHORT = 40;
const OBJECTIVE_SHORT = 50;

interface Positioned {
  issue: Issue;
  row: number;
  col: number;
}

export function checkMatrix(input: CheckInput): Issue[] {
  const { sheet, header, rows, catalog, lang } = input;
  const objectiveText = new Map(catalog.entries.map((o) => [o.id, o.text] as const));
  const make = (
    code: IssueCode,
    cell: string | null,
    params: Omit<IssueParams, "sheet" | "cell">,
    extra: { objective?: string | null; fix?: Fix } = {},
  ): Issue => {
    const issue: Issue = { code, severity: SEVERITY[code], sheet, cell, message: issueMessage(lang, code, { sheet, cell, ...params }) };
    if (extra.objective) issue.objective = extra.objective;
    if (extra.fix) issue.fix = extra.fix;
    return issue;
  };

  const headerIssues: Issue[] = [];
  header.monthColumns.forEach((col, month) => {
    if (col === null) headerIssues.push(make("MONTH_COLUMN_MISSING", null, { month, row: header.row + 1 }));
  });

  const rowIssues: Positioned[] = [];
  const push = (row: number, col: number, issue: Issue) => rowIssues.push({ issue, row, col });
  const firstOfText = new Map<string, string>();
  const hasObjectiveColumn = header.objectiveColumn !== null;

  for (const r of rows) {
    const resultCol = header.resultColumn;
    const resultCell = cellAddress(r.row, resultCol);
    const result = shorten(r.text, RESULT_SHORT);
    const objective = r.mapping.objective;
    const hasText = r.text !== "";

    r.marks.forEach((mark, month) => {
      const col = header.monthColumns[month];
      if (col === null) return;
      const cell = cellAddress(r.row, col);
      const value = cellText(r.values[month]);
      if (mark.kind === "invalid") {
        push(
          r.row,
          col,
          make(
            "INVALID_MONTH_MARK",
            cell,
            { result: hasText ? result : undefined, month, value },
            { objective, fix: { sheet, cell, value: null, safe: false } },
          ),
        );
      } else if (mark.kind === "nonstandard") {
        push(
          r.row,
          col,
          make(
            "NONSTANDARD_MONTH_MARK",
            cell,
            { result: hasText ? result : undefined, month, value },
            { objective, fix: { sheet, cell, value: "X", safe: true } },
          ),
        );
      }
    });

    if (!hasText) {
      push(r.row, resultCol, make("EMPTY_RESULT", resultCell, { row: r.row + 1 }, { objective }));
      continue;
    }

    if (!r.months.some(Boolean)) push(r.row, resultCol, make("RESULT_WITHOUT_MONTHS", resultCell, { result }, { objective }));

    if (objective === null) {
      if (hasObjectiveColumn && r.objectiveCell) {
        const cell = cellAddress(r.objectiveCell.row, r.objectiveCell.col);
        const suggestion = r.mapping.suggestion ?? undefined;
        const fix: Fix | undefined = suggestion ? { sheet, cell, value: suggestion, safe: false } : undefined;
        push(
          r.row,
          r.objectiveCell.col,
          make("RESULT_UNMAPPED", cell, { result, value: cellText(r.objectiveValue), suggestion, hasObjectiveColumn }, { fix }),
        );
      } else {
        push(r.row, resultCol, make("RESULT_UNMAPPED", resultCell, { result, hasObjectiveColumn: false }));
      }
    } else {
      if (r.mapping.via === "inferred") {
        const params = { result, objective, objectiveText: shorten(objectiveText.get(objective) ?? "", OBJECTIVE_SHORT) };
        push(r.row, resultCol, make("RESULT_MAPPING_INFERRED", resultCell, params, { objective }));
      }
      const key = `${objective}\u0000${normalizeText(r.text)}`;
      const first = firstOfText.get(key);
      if (first === undefined) firstOfText.set(key, resultCell);
      else push(r.row, resultCol, make("DUPLICATE_RESULT", resultCell, { result, objective, firstCell: first }, { objective }));
    }
  }

  rowIssues.sort((a, b) => a.row - b.row || a.col - b.col || (a.issue.code < b.issue.code ? -1 : a.issue.code > b.issue.code ? 1 : 0));

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

  return [...headerIssues, ...rowIssues.map((p) => p.issue), ...catalogIssues];
}
