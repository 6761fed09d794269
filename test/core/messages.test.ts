import { MESSAGES, issueMessage, notFoundMessage, type IssueParams } from "../../src/core/messages";
import type { IssueCode, NotFound } from "../../src/core/model";

const CODES: IssueCode[] = [
  "MONTH_COLUMN_MISSING",
  "RESULT_WITHOUT_MONTHS",
  "EMPTY_RESULT",
  "INVALID_MONTH_MARK",
  "NONSTANDARD_MONTH_MARK",
  "RESULT_UNMAPPED",
  "RESULT_MAPPING_INFERRED",
  "OBJECTIVE_NOT_COVERED",
  "DUPLICATE_RESULT",
  "MONTH_MARKED_BY_COLOR",
  "YEAR_CONFLICT",
  "REPORT_MISSING",
  "UNPLANNED_EXECUTION",
  "INVALID_EXECUTED_VALUE",
];
const REASONS: NotFound["reason"][] = ["NO_SHEETS", "SHEET_NOT_FOUND", "NO_MATRIX"];

const params: IssueParams = {
  sheet: "Matriz POA 2024",
  cell: "D11",
  result: "Recursos para…",
  row: 11,
  month: 2,
  value: "abc",
  objective: "OE5",
  objectiveText: "Gestionar los recursos…",
  hasObjectiveColumn: true,
  firstCell: "D8",
  year: 2024,
  otherYear: 2023,
};

describe("messages", () => {
  it("exist in both languages for every code and reason, and differ", () => {
    for (const code of CODES) {
      const es = issueMessage("es", code, params);
      const en = issueMessage("en", code, params);
      expect(es.length).toBeGreaterThan(20);
      expect(en.length).toBeGreaterThan(20);
      expect(es).not.toBe(en);
    }
    for (const reason of REASONS) {
      expect(notFoundMessage("es", reason, { sheet: "X", sheets: ["A"] })).not.toBe(
        notFoundMessage("en", reason, { sheet: "X", sheets: ["A"] }),
      );
    }
    expect(Object.keys(MESSAGES.es.issues).sort()).toEqual([...CODES].sort());
    expect(Object.keys(MESSAGES.en.issues).sort()).toEqual([...CODES].sort());
  });

  it("name the cell, the result, the month and the objective, and say what to do", () => {
    expect(issueMessage("es", "RESULT_WITHOUT_MONTHS", params)).toBe(
      "El resultado «Recursos para…» (D11) no tiene ningún mes programado: marque con X los meses en que se trabajará.",
    );
    const invalid = issueMessage("es", "INVALID_MONTH_MARK", params);
    expect(invalid).toContain("D11");
    expect(invalid).toContain("Mar");
    expect(invalid).toContain("«abc»");
    expect(issueMessage("en", "INVALID_MONTH_MARK", params)).toContain("Mar");
    expect(issueMessage("es", "RESULT_MAPPING_INFERRED", params)).toContain("OE5");
    expect(issueMessage("es", "DUPLICATE_RESULT", params)).toContain("D8");
    expect(issueMessage("es", "OBJECTIVE_NOT_COVERED", { ...params, cell: null })).toContain("OE5");
  });

  it("RESULT_UNMAPPED adapts to the case: no objective column, empty cell, unknown id, suggestion", () => {
    expect(issueMessage("es", "RESULT_UNMAPPED", { ...params, hasObjectiveColumn: false })).toMatch(/agregue una columna «Objetivo»/);
    expect(issueMessage("es", "RESULT_UNMAPPED", { ...params, value: "" })).toMatch(/no tiene objetivo \(D11\)/);
    expect(issueMessage("es", "RESULT_UNMAPPED", { ...params, value: "OE9" })).toMatch(/«OE9».*no está en el catálogo/);
    expect(issueMessage("en", "RESULT_UNMAPPED", { ...params, value: "", suggestion: "OE7" })).toMatch(/suggests OE7/);
  });
});
