import { monitoringReport, type MonitoringInput } from "../../../src/core/monitoring/monitoringReport";
import { statusWord } from "../../../src/core/messages";
import { done, monitoredRow, plan } from "./rows";

/**
 * Three objectives at corte March:
 * - OE1: issue 12's row (planned Jan–Mar 1, 1, 1; done 1, 0, 2: 100 % in T1) and a row planned 2, 2 in
 *   Jan–Feb with 1, 1 done (50 %): OE1 is (100 % + 50 %) / 2 = 75 %, crítico.
 * - OE2: a row planned Jan, 4 done of 4 (100 %), and one planned 5 in Mar with 4 done (80 %): 90 %, en riesgo.
 * - OE3: a row planned only in October: sin programación al corte.
 * An unmapped row planned Feb, not reported, 0 %.
 * The institution: (100 % + 50 % + 100 % + 80 % + 0 %) / 5 = 66 %, crítico.
 */
const input: MonitoringInput = {
  sheet: "Matriz POA 2025",
  lang: "es",
  corte: 3,
  objectives: ["OE1", "OE2", "OE3", "OE4"],
  rows: [
    monitoredRow(7, "OE1", plan(1, 1, 1), done(1, 0, 2)),
    monitoredRow(8, "OE1", plan(2, 2), done(1, 1)),
    monitoredRow(9, "OE2", plan(4), done(4)),
    monitoredRow(10, "OE2", plan(0, 0, 5), done(null, null, 4)),
    monitoredRow(11, "OE3", plan(0, 0, 0, 0, 0, 0, 0, 0, 0, 1), done()),
    monitoredRow(12, null, plan(0, 1), done(null, null)),
  ],
};

describe("the seguimiento report (§9)", () => {
  const report = monitoringReport(input);

  it("gives the corte as reportMonth, and each row's Realizado as numbers or nulls", () => {
    expect(report.reportMonth).toBe(3);
    expect(report.rows[0].executed).toEqual([1, 0, 2, ...Array(9).fill(null)]);
    expect(report.rows[5].executed).toEqual(Array(12).fill(null));
  });

  it("gives each row its own figure, uncapped", () => {
    expect(report.rows.map((r) => r.compliance.T1)).toEqual([1, 0.5, 1, 0.8, null, 0]);
    expect(report.rows[0].compliance.months.slice(0, 3)).toEqual([1, 0, 2]);
  });

  it("gives each objective the capped mean of its rows and the semáforo of its year to the corte", () => {
    const byId = Object.fromEntries(report.objectives.map((o) => [o.id, o]));
    expect(report.objectives.map((o) => o.id)).toEqual(["OE1", "OE2", "OE3", "OE4"]);
    expect(byId.OE1.compliance.T1).toBe(0.75);
    expect(byId.OE1.status).toBe("critico");
    expect(byId.OE2.compliance.year).toBe(0.9);
    expect(byId.OE2.status).toBe("en_riesgo");
    expect(byId.OE3.compliance.year).toBeNull();
    expect(byId.OE3.status).toBe("sin_programacion");
    expect(byId.OE4.status).toBe("sin_programacion");
  });

  it("gives the institution the capped mean over all its rows, the unmapped one included", () => {
    expect(report.summary.compliance.year).toBeCloseTo(3.3 / 5, 12);
    expect(report.summary.status).toBe("critico");
    expect(statusWord("es", report.summary.status)).toBe("Crítico");
  });

  it("lists the Realizado issues", () => {
    expect(report.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["REPORT_MISSING@H12"]);
  });

  it("follows the workbook's thresholds", () => {
    const lenient = monitoringReport({ ...input, thresholds: { cumplido: 0.9, enRiesgo: 0.6 } });
    expect(lenient.objectives.map((o) => o.status)).toEqual(["en_riesgo", "cumplido", "sin_programacion", "sin_programacion"]);
    expect(lenient.summary.status).toBe("en_riesgo");
  });

  it("refuses a corte outside 0…12", () => {
    expect(() => monitoringReport({ ...input, corte: 13 })).toThrow(RangeError);
  });

  it("has the semáforo's words in Spanish and English", () => {
    const statuses = ["cumplido", "en_riesgo", "critico", "sin_programacion"] as const;
    expect(statuses.map((s) => statusWord("es", s))).toEqual(["Cumplido", "En riesgo", "Crítico", "Sin programación al corte"]);
    for (const s of statuses) expect(statusWord("en", s)).not.toBe(statusWord("es", s));
  });
});
