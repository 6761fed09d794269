import type { IssueCode } from "../../src/core/model";

/**
 * The contract's §6 table (and §8's two codes, §3 v2's CATALOG_MISSING, and §9's three), restated here so the tests do not trust the code under
 * test: never import it from src/core/checks.ts.
 */
export const CONTRACT_SEVERITY: Record<IssueCode, "error" | "warning"> = {
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
