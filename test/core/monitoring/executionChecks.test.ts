import { checkExecution } from "../../../src/core/monitoring/executionChecks";
import type { MonitoredRow } from "../../../src/core/monitoring/executionChecks";
import { CONTRACT_SEVERITY } from "../contractTables";
import { done, monitoredRow, plan } from "./rows";

const check = (rows: MonitoredRow[], corte: number, lang: "es" | "en" = "es") =>
  checkExecution({ sheet: "Matriz POA 2025", lang, corte, rows });
const found = (rows: MonitoredRow[], corte: number) => check(rows, corte).map((i) => `${i.code}@${i.cell}`);

describe("the Realizado checks (§9), each at the Realizado cell", () => {
  it("REPORT_MISSING: a scheduled month up to the corte with no Realizado", () => {
    // Planned Jan–Apr; Jan reported, Feb and Mar blank, Apr blank but after the corte.
    const row = monitoredRow(7, "OE1", plan(1, 1, 1, 1), done(1, null, null, null));
    expect(found([row], 3)).toEqual(["REPORT_MISSING@H7", "REPORT_MISSING@J7"]);
    expect(found([row], 4)).toEqual(["REPORT_MISSING@H7", "REPORT_MISSING@J7", "REPORT_MISSING@L7"]);
    expect(found([row], 0)).toEqual([]);
  });

  it("no REPORT_MISSING for a month not scheduled, or reported as 0", () => {
    expect(found([monitoredRow(7, "OE1", plan(0, 1), done(null, 0))], 12)).toEqual([]);
  });

  it("UNPLANNED_EXECUTION: a Realizado > 0 in a month not scheduled, whatever the corte; 0 is fine", () => {
    const row = monitoredRow(8, "OE2", plan(1), done(1, 2, 0, null, null, null, null, null, null, null, null, 4));
    expect(found([row], 1)).toEqual(["UNPLANNED_EXECUTION@H8", "UNPLANNED_EXECUTION@AB8"]);
  });

  it("INVALID_EXECUTED_VALUE: anything but a number ≥ 0, in any month, and not also REPORT_MISSING", () => {
    const row = monitoredRow(9, null, plan(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), done("abc", "n/d", ...Array(9).fill(null), "—"));
    expect(found([row], 1)).toEqual(["INVALID_EXECUTED_VALUE@F9", "INVALID_EXECUTED_VALUE@H9", "INVALID_EXECUTED_VALUE@AB9"]);
  });

  it("gives each issue its contract severity, the sheet, the row's objective, and a message naming cell, month and value", () => {
    const rows = [
      monitoredRow(7, "OE1", plan(1, 0), done(null, 3), "Cooperación internacional gestionada"),
      monitoredRow(8, null, plan(1), done("abc")),
    ];
    const [missing, unplanned, invalid] = check(rows, 1);
    for (const issue of [missing, unplanned, invalid]) {
      expect(issue.severity).toBe(CONTRACT_SEVERITY[issue.code]);
      expect(issue.sheet).toBe("Matriz POA 2025");
    }
    expect(missing.objective).toBe("OE1");
    expect(invalid.objective).toBeUndefined();
    expect(missing.message).toBe(
      "Falta el Realizado de Ene del resultado «Cooperación internacional gestionada» (F7): " +
        "escriba la cantidad realizada ese mes, o 0 si no se realizó; mientras falte, cuenta como 0 en el cumplimiento.",
    );
    expect(unplanned.message).toContain("H7");
    expect(unplanned.message).toContain("Feb");
    expect(unplanned.message).toContain("registra 3");
    expect(invalid.message).toContain("F8");
    expect(invalid.message).toContain("«abc»");
    const en = checkExecution({ sheet: "S", lang: "en", level: "activity", corte: 1, rows });
    expect(en[0].message).toMatch(/^The Realizado \(executed\) for Jan of activity "Cooperación internacional gestionada" \(F7\) is missing/);
    expect(en[2].message).toContain('holds "abc"');
  });
});
