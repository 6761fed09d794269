/**
 * Contract v2's reading rules (§3, §8) through the add-in's shell on the strict Excel double: the same
 * synthetic workbooks as the core and the CLI (test/fixtures/v2Plans.ts) give the same report, hidden
 * sheets read from `Worksheet.visibility`; *Validar* reads the sheet the planner is on when it holds a
 * matrix, and an accented catalog sheet serves *Validar* and *Adoptar* alike.
 */
import { createOfficeShell } from "../../src/excel/officeShell";
import type { Scalar } from "../excelDouble/model";
import { reportSummary, V2_PLANS, MONTHS, type PlanCase } from "../fixtures/v2Plans";
import { installDouble, type InstalledDouble } from "./helpers";

function seedPlan(double: InstalledDouble, plan: PlanCase): void {
  for (const s of plan.sheets) {
    const sheet = double.seed(
      s.name,
      s.rows.map((line) => line.map((v) => (v === null ? null : (v as Scalar)))),
    );
    if (s.hidden) sheet.visibility = "Hidden";
    for (const m of s.merges ?? []) sheet.merges.push(m);
  }
  double.removeSheet("Hoja1");
  // Excel never has a hidden sheet active: the planner is on the first visible one unless the case says.
  const active = plan.active ?? plan.sheets.find((s) => !s.hidden)!.name;
  double.model.activeSheetId = double.model.sheetByName(active)!.id;
}

describe("contract v2 reading rules, through the Office.js double", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it.each(V2_PLANS.map((p) => [p.rule, p] as const))("%s", async (_, plan) => {
    double = installDouble();
    seedPlan(double, plan);
    const outcome = await createOfficeShell().validate({ lang: "es" });
    if ("refused" in plan.expected) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.notFound.reason).toBe(plan.expected.refused);
        expect(outcome.notFound.message).toMatch(plan.expected.message);
      }
      return;
    }
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect(reportSummary(outcome.report)).toEqual(plan.expected);
  });

  it("Validar reads the sheet the planner is on when it holds a matrix, else the first visible one", async () => {
    double = installDouble();
    const matrix = (text: string): (Scalar | null)[][] => [["Actividad", ...MONTHS], [text, "X"]];
    double.seed("Plan 2024", matrix("Actividad de 2024"));
    double.seed("Plan 2025", matrix("Actividad de 2025"));
    double.seed("Notas", [["Apuntes"]]);
    double.removeSheet("Hoja1");
    const shell = createOfficeShell();
    const on = async (sheet: string) => {
      double.model.activeSheetId = double.model.sheetByName(sheet)!.id;
      const outcome = await shell.validate({ lang: "es" });
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      return outcome.report.sheet;
    };
    expect(await on("Plan 2025")).toBe("Plan 2025");
    expect(await on("Plan 2024")).toBe("Plan 2024");
    expect(await on("Notas")).toBe("Plan 2024");
  });

  it("a catalog sheet named `Objetívos.` is the catalog of Validar and of Adoptar's reading alike", async () => {
    double = installDouble();
    const plan = V2_PLANS.find((p) => p.sheets.some((s) => s.name === "Objetívos."))!;
    seedPlan(double, { ...plan, active: "Matriz" });
    const shell = createOfficeShell();
    const validated = await shell.validate({ lang: "es" });
    const adopted = await shell.readActiveSheet({ lang: "es" });
    for (const outcome of [validated, adopted]) {
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      expect(outcome.report.catalog).toBe("sheet");
      expect(outcome.report.objectives.map((o) => [o.id, o.text])).toEqual([
        ["OE1", "Mejorar la gestión"],
        ["OE2", "Ampliar la cobertura"],
      ]);
    }
  });

  it("checks a plan with no catalog against the objectives the planner typed (§3 v2 rule 2)", async () => {
    double = installDouble();
    seedPlan(double, V2_PLANS[0]);
    const outcome = await createOfficeShell().validate({ lang: "es", objectives: [{ id: "OE1", text: "Ciudad limpia" }, { id: "OE2", text: "Finanzas sanas" }] });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    expect(outcome.report.catalog).toBe("file");
    expect(outcome.report.objectives.map((o) => o.id)).toEqual(["OE1", "OE2"]);
    expect(outcome.report.issues.some((i) => i.code === "CATALOG_MISSING")).toBe(false);
    // No objective column: each activity is mapped by its wording or said unmapped, at its own cell.
    for (const i of outcome.report.issues.filter((x) => x.code === "RESULT_UNMAPPED")) expect(i.cell).toMatch(/^B[5-8]$/);
  });
});
