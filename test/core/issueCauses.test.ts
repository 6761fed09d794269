import fc from "fast-check";
import { cellPlace } from "../../src/core/cellPlace";
import { causeOf, causeText, issueCauses, issueSubject, type CauseKey } from "../../src/core/issueCauses";
import type { Issue, IssueCode, Report, ReportRow, RowLevel } from "../../src/core/model";

const SHEET = "POA 2025";
const months = () => Array<boolean>(12).fill(false);

function row(n: number, text: string, level: RowLevel = "activity"): ReportRow {
  return { row: n, cell: `C${n}`, text, objective: null, months: months(), level };
}

function report(results: ReportRow[], issues: Issue[]): Report {
  return {
    sheet: SHEET,
    year: 2025,
    catalog: "sheet",
    objectives: [{ id: "OE1", text: "Gestión municipal", results: 0, months: months(), covered: false }],
    results,
    issues,
    summary: { errors: 0, warnings: 0, objectivesCovered: 0, objectivesTotal: 1 },
  };
}

const issue = (code: IssueCode, cell: string | null, severity: "error" | "warning" = "error", sheet = SHEET): Issue => ({ code, severity, sheet, cell, message: `${code} ${cell ?? ""}` });

describe("issues by cause", () => {
  it("tells an unmapped row with no objective column (its own label cell) from one whose objective cell is wrong", () => {
    const r = report([row(7, "Barrido"), row(8, "Poda")], []);
    expect(causeOf(issue("RESULT_UNMAPPED", "C7"), r)).toBe("RESULT_UNMAPPED_NO_COLUMN");
    expect(causeOf(issue("RESULT_UNMAPPED", "B8"), r)).toBe("RESULT_UNMAPPED");
    expect(causeOf(issue("RESULT_WITHOUT_MONTHS", "C7"), r)).toBe("RESULT_WITHOUT_MONTHS");
  });

  it("puts the municipal plan's eleven activities without an objective first, ahead of rarer errors and of warnings", () => {
    const rows = Array.from({ length: 11 }, (_, i) => row(20 + i, `Actividad ${i + 1}`));
    const issues = [
      issue("NONSTANDARD_MONTH_MARK", "E7", "warning"),
      issue("NONSTANDARD_MONTH_MARK", "E8", "warning"),
      issue("INVALID_MONTH_MARK", "F9"),
      ...rows.map((r) => issue("RESULT_UNMAPPED", r.cell)),
      issue("MONTH_COLUMN_MISSING", null),
    ];
    const causes = issueCauses(report(rows, issues));
    expect(causes.map((c) => [c.key, c.issues.length])).toEqual([
      ["RESULT_UNMAPPED_NO_COLUMN", 11],
      ["MONTH_COLUMN_MISSING", 1],
      ["INVALID_MONTH_MARK", 1],
      ["NONSTANDARD_MONTH_MARK", 2],
    ]);
    expect(causes[0].issues.map((i) => i.cell)).toEqual(rows.map((r) => r.cell));
  });

  it("orders equal causes by a fixed order that holds every code, Seguimiento's after the plan's", () => {
    const order: CauseKey[] = [
      "MONTH_COLUMN_MISSING",
      "RESULT_UNMAPPED_NO_COLUMN",
      "RESULT_UNMAPPED",
      "RESULT_WITHOUT_MONTHS",
      "EMPTY_RESULT",
      "INVALID_MONTH_MARK",
      "OBJECTIVE_NOT_COVERED",
      "RESULT_MAPPING_INFERRED",
      "DUPLICATE_RESULT",
      "MONTH_MARKED_BY_COLOR",
      "NONSTANDARD_MONTH_MARK",
      "YEAR_CONFLICT",
      "CATALOG_MISSING",
      "REPORT_MISSING",
      "UNPLANNED_EXECUTION",
      "INVALID_EXECUTED_VALUE",
    ];
    const rows = [row(7, "Barrido")];
    // One warning per cause, given in reverse: only the fixed order can put them back.
    const issues = [...order].reverse().map((key) => (key === "RESULT_UNMAPPED_NO_COLUMN" ? issue("RESULT_UNMAPPED", "C7", "warning") : issue(key, null, "warning")));
    expect(issueCauses(report(rows, issues)).map((c) => c.key)).toEqual(order);
  });

  it("keeps every issue exactly once, errors before warnings, and more cells before fewer", () => {
    const codes: IssueCode[] = ["RESULT_WITHOUT_MONTHS", "INVALID_MONTH_MARK", "NONSTANDARD_MONTH_MARK", "DUPLICATE_RESULT", "RESULT_UNMAPPED", "MONTH_MARKED_BY_COLOR"];
    const severityOf = (code: IssueCode) => (["NONSTANDARD_MONTH_MARK", "DUPLICATE_RESULT", "MONTH_MARKED_BY_COLOR"].includes(code) ? "warning" : "error");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 7, max: 30 }), fc.boolean()), { maxLength: 40 }), (drawn) => {
        const rows = Array.from({ length: 24 }, (_, i) => row(7 + i, `Fila ${i}`));
        const issues = drawn.map(([code, n, onLabel]) => issue(code, `${onLabel ? "C" : "B"}${n}`, severityOf(code)));
        const causes = issueCauses(report(rows, issues));
        expect(causes.flatMap((c) => c.issues).sort((a, b) => a.message.localeCompare(b.message))).toEqual([...issues].sort((a, b) => a.message.localeCompare(b.message)));
        expect(new Set(causes.map((c) => c.key)).size).toBe(causes.length);
        for (let i = 1; i < causes.length; i++) {
          const [a, b] = [causes[i - 1], causes[i]];
          if (a.severity === b.severity) expect(a.issues.length).toBeGreaterThanOrEqual(b.issues.length);
          else expect(a.severity).toBe("error");
        }
      }),
    );
  });

  it("names a cell by its row's text, an uncovered objective by the objective, and nothing for a cell outside the rows", () => {
    const r = report([row(7, "Barrido de calles")], []);
    expect(issueSubject(issue("INVALID_MONTH_MARK", "H7"), r)).toBe("Barrido de calles");
    expect(issueSubject({ ...issue("OBJECTIVE_NOT_COVERED", "A2", "error", "Objetivos"), objective: "OE1" }, r)).toBe("OE1 — Gestión municipal");
    expect(issueSubject(issue("YEAR_CONFLICT", "A1", "warning"), r)).toBeNull();
    expect(issueSubject(issue("MONTH_COLUMN_MISSING", null), r)).toBeNull();
  });

  it("words each cause by the matrix's level, in Spanish and English", () => {
    expect(causeText("RESULT_UNMAPPED_NO_COLUMN", "es", "activity").title).toBe("Actividades sin objetivo: la matriz no tiene columna «Objetivo»");
    expect(causeText("RESULT_WITHOUT_MONTHS", "es", "target").title).toBe("Metas sin ningún mes programado");
    expect(causeText("RESULT_WITHOUT_MONTHS", "es", "result").advice).toBe("Marque con X los meses en que se trabajará cada uno.");
    expect(causeText("OBJECTIVE_NOT_COVERED", "es", "activity").advice).toMatch(/^Agregue al menos una actividad /);
    expect(causeText("OBJECTIVE_NOT_COVERED", "en", "activity").advice).toMatch(/^Add at least an activity /);
    expect(causeText("RESULT_WITHOUT_MONTHS", "en", "output").title).toBe("Outputs with no month scheduled");
    const keys: CauseKey[] = ["MONTH_COLUMN_MISSING", "RESULT_UNMAPPED_NO_COLUMN", "RESULT_UNMAPPED", "RESULT_WITHOUT_MONTHS", "EMPTY_RESULT", "INVALID_MONTH_MARK", "OBJECTIVE_NOT_COVERED", "RESULT_MAPPING_INFERRED", "DUPLICATE_RESULT", "MONTH_MARKED_BY_COLOR", "NONSTANDARD_MONTH_MARK", "YEAR_CONFLICT"];
    for (const lang of ["es", "en"] as const) {
      const titles = keys.map((k) => causeText(k, lang, "activity").title);
      expect(new Set(titles).size).toBe(keys.length);
    }
  });
});

describe("cellPlace", () => {
  it("names a cell as a planner does, never as Excel's Sheet!A1", () => {
    expect(cellPlace("es", "Matriz POA 2024", "J11")).toBe("hoja Matriz POA 2024, celda J11");
    expect(cellPlace("en", "Objetivos", "A6")).toBe("sheet Objetivos, cell A6");
    expect(cellPlace("es", "Matriz POA 2024", "J11", "Matriz POA 2024")).toBe("celda J11");
    expect(cellPlace("es", "Objetivos", "A6", "Matriz POA 2024")).toBe("hoja Objetivos, celda A6");
  });
});
