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
  "CATALOG_MISSING",
  "REPORT_MISSING",
  "UNPLANNED_EXECUTION",
  "INVALID_EXECUTED_VALUE",
];
const REASONS: NotFound["reason"][] = ["NO_SHEETS", "SHEET_NOT_FOUND", "NO_MATRIX", "FOREIGN_MONTHS", "PERIODS_ONLY"];

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

  it("CATALOG_MISSING says why the objectives are not (all) checked and how to add a catalog (§3 v2 rules 5 and 6)", () => {
    const none = issueMessage("es", "CATALOG_MISSING", { ...params, cell: null, catalog: "none" });
    expect(none).toMatch(/no tiene un catálogo de objetivos/);
    expect(none).toMatch(/hoja «Objetivos» con las columnas ID y Objetivo estratégico/);
    const ids = issueMessage("en", "CATALOG_MISSING", { ...params, cell: null, catalog: "ids", ids: ["OE1", "OE3"] });
    expect(ids).toMatch(/only their IDs .*\(OE1, OE3\)/);
    expect(ids).toMatch(/coverage counts those objectives only/);
  });

  it("FOREIGN_MONTHS and PERIODS_ONLY say what was found, on which row and sheet, and what to do", () => {
    expect(notFoundMessage("es", "FOREIGN_MONTHS", { sheet: "Plano", monthsRow: 4, language: "pt" })).toMatch(/La fila 4 de la hoja «Plano» tiene los meses en portugués.*Ene, Feb/);
    expect(notFoundMessage("en", "FOREIGN_MONTHS", { sheet: "Plano", monthsRow: 4, language: "fr" })).toMatch(/Row 4 of sheet "Plano" has the months in French/);
    expect(notFoundMessage("es", "PERIODS_ONLY", { sheet: "POA", monthsRow: 2 })).toMatch(/trimestres o semestres.*Agregue una columna por mes/);
  });

  it("RESULT_UNMAPPED adapts to the case: no objective column, empty cell, unknown id, suggestion", () => {
    expect(issueMessage("es", "RESULT_UNMAPPED", { ...params, hasObjectiveColumn: false })).toMatch(/agregue una columna «Objetivo»/);
    expect(issueMessage("es", "RESULT_UNMAPPED", { ...params, value: "" })).toMatch(/no tiene objetivo \(D11\)/);
    expect(issueMessage("es", "RESULT_UNMAPPED", { ...params, value: "OE9" })).toMatch(/«OE9».*no está en el catálogo/);
    expect(issueMessage("en", "RESULT_UNMAPPED", { ...params, value: "", suggestion: "OE7" })).toMatch(/suggests OE7/);
  });
});
