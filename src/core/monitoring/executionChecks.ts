/**
 * The Realizado checks (contract §9), each pointing at the Realizado cell:
 * - `INVALID_EXECUTED_VALUE` (error): a Realizado that is not a number ≥ 0, in any month;
 * - `REPORT_MISSING` (warning): a scheduled month up to the corte with no Realizado;
 * - `UNPLANNED_EXECUTION` (warning): a Realizado > 0 in a month not scheduled, whatever the corte
 *   (the work was done, or reported ahead, where nothing was planned).
 * One issue per cell at most. A sheet with no Realizado cells at all is not checked: the caller does
 * not call in (§9: "only where the sheet has Realizado cells at all").
 */
import { SEVERITY } from "../checks";
import { issueMessage, type IssueParams } from "../messages";
import type { Issue, IssueCode, Lang, RowLevel } from "../model";
import { cellText, shorten } from "../text";
import { isDue, type Execution } from "./compliance";

/** A row of the matrix with its plan and execution, as the reader gives it. */
export interface MonitoredRow extends Execution {
  /** 1-based sheet row. */
  row: number;
  /** A1 address of the row's label cell. */
  cell: string;
  text: string;
  /** Objective id, or null when unmapped. */
  objective: string | null;
  /** A1 address of each month's Realizado cell (12); null for a month whose Realizado column the sheet lacks (no check there). */
  executedCells: readonly (string | null)[];
}

export interface ExecutionCheckInput {
  sheet: string;
  lang: Lang;
  /** The kind of row the matrix plans on, for the messages' wording. */
  level?: RowLevel;
  /** 0…12. */
  corte: number;
  rows: readonly MonitoredRow[];
}

/** The codes checkExecution gives, and only those: the report's Realizado issues. */
export const EXECUTION_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(["INVALID_EXECUTED_VALUE", "REPORT_MISSING", "UNPLANNED_EXECUTION"]);

function codeFor(row: MonitoredRow, month: number, corte: number): IssueCode | null {
  const value = row.executed[month];
  if (value.kind === "invalid") return "INVALID_EXECUTED_VALUE";
  if (value.kind === "blank") return isDue(row.planned, month, corte) ? "REPORT_MISSING" : null;
  return row.planned[month] > 0 || value.value === 0 ? null : "UNPLANNED_EXECUTION";
}

export function checkExecution({ sheet, lang, level, corte, rows }: ExecutionCheckInput): Issue[] {
  const issues: Issue[] = [];
  for (const row of rows) {
    for (let month = 0; month < 12; month++) {
      const cell = row.executedCells[month];
      const code = cell === null || cell === undefined ? null : codeFor(row, month, corte);
      if (code === null) continue;
      const value = row.executed[month];
      const params: IssueParams = { sheet, cell, level, month, result: shorten(row.text), row: row.row };
      if (value.kind === "invalid") params.value = cellText(value.raw);
      if (value.kind === "number") params.value = String(value.value);
      const issue: Issue = { code, severity: SEVERITY[code], sheet, cell, message: issueMessage(lang, code, params) };
      if (row.objective) issue.objective = row.objective;
      issue.month = month;
      issues.push(issue);
    }
  }
  return issues;
}
