import { MATRIX_HEADERS } from "../../src/core/layout";
import { complianceFormula, MONITORING_HEADERS } from "../../src/core/layoutMonitoring";
import { chooseMatrix, planAddition, type AdditionRequest, type SeenTable } from "../../src/core/monitoringAddition";

/** What *Agregar seguimiento* decides, from what the shell read (core/monitoringAddition.ts). */

function table(over: Partial<SeenTable> = {}): SeenTable {
  return {
    name: "TablaPOA2024",
    sheet: "Matriz POA 2024",
    sheetId: "s1",
    place: { top: 5, left: 0, rows: 8, width: 18 },
    header: [...MATRIX_HEADERS],
    above: [["ESCO"], ["Plan Operativo Anual 2024"], [], [], [], [...MATRIX_HEADERS]],
    firstRow: [],
    ...over,
  };
}

function request(tables: SeenTable[], over: Partial<AdditionRequest> = {}): AdditionRequest {
  return { tables, activeSheetId: null, catalogs: [{ sheet: "Objetivos", rows: 7 }], lang: "es", monitoringSheet: "Seguimiento", today: { year: 2025, month: 6 }, ...over };
}

describe("adding seguimiento to a matrix", () => {
  it("continues a table wherever it sits: formulas, band and print titles follow its place", () => {
    const moved = table({ place: { top: 8, left: 2, rows: 3, width: 18 }, above: Array.from({ length: 9 }, () => []) });
    const plan = planAddition(moved, request([moved]), null);
    if (!plan.ok) throw new Error(plan.message);
    const a = plan.addition;
    expect(a.columns).toEqual([...MONITORING_HEADERS]);
    // Header on row 9 from column C: the plan's months are G…R, the Realizado U…AF, cumplimiento AG…AM.
    expect(a.bandCells).toEqual(["U8", "AG8", "G8"]);
    expect(a.matrix.blocks.find((b) => b.anchor === "AG10")?.rows[0][0]).toEqual({ formula: complianceFormula({ headerRow: 8, left: 2 }, 9, "T1", "Seguimiento"), result: "" });
    expect(a.matrix.validations[0].range).toBe("U10:AF11");
    expect(a.printTitleRows).toEqual({ first: 8, last: 9 });
    expect(a.monitoring.name).toBe("Seguimiento");
  });

  it("takes the plan's year from the title, else the sheet's name, else this year's", () => {
    const year = (t: SeenTable) => {
      const plan = planAddition(t, request([t]), null);
      if (!plan.ok) throw new Error(plan.message);
      return plan.addition.monitoring.blocks[0].rows[0][0];
    };
    expect(year(table())).toBe("Seguimiento del Plan Operativo Anual 2024");
    expect(year(table({ above: [[], [], [], [], [], []], sheet: "POA 2023" }))).toBe("Seguimiento del Plan Operativo Anual 2023");
    expect(year(table({ above: [[], [], [], [], [], []], sheet: "Plan", name: "TablaPOA_Plan" }))).toBe("Seguimiento del Plan Operativo Anual 2025");
  });

  it("refuses a table whose columns are not the plan's, one already monitored, and cells in the way, naming them", () => {
    const extra = table({ header: [...MATRIX_HEADERS, "Responsable"], place: { top: 5, left: 0, rows: 8, width: 19 } });
    expect(planAddition(extra, request([extra]), null)).toMatchObject({ ok: false, refusal: "notLayout" });
    const monitored = table({ header: [...MATRIX_HEADERS, ...MONITORING_HEADERS], place: { top: 5, left: 0, rows: 8, width: 37 } });
    expect(planAddition(monitored, request([monitored]), null)).toMatchObject({ ok: false, refusal: "alreadyMonitored" });
    expect(planAddition(table(), request([table()], { lang: "en" }), "T3:U9")).toMatchObject({
      ok: false,
      refusal: "occupied",
      message: expect.stringContaining("columns right of the table (S to AK), from row 1 to the table's last, and sheet \"Matriz POA 2024\" has content in T3:U9"),
    });
  });

  it("writes no band for a table whose header is on the sheet's first row", () => {
    const top = table({ place: { top: 0, left: 0, rows: 3, width: 18 }, above: [[...MATRIX_HEADERS]] });
    const plan = planAddition(top, request([top]), null);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.addition.bandCells).toEqual([]);
    expect(plan.addition.printTitleRows).toEqual({ first: 1, last: 1 });
  });

  it("chooses only the add-in's tables: the active sheet's, else the only one", () => {
    const own = table();
    const planner = table({ name: "Tabla1", sheet: "Plan", sheetId: "s2" });
    expect(chooseMatrix(request([planner]))).toMatchObject({ ok: false, plan: { refusal: "noMatrix" } });
    expect(chooseMatrix(request([planner, own]))).toMatchObject({ ok: true, table: own });
    const other = table({ name: "TablaPOA2025", sheet: "Matriz POA 2025", sheetId: "s3" });
    expect(chooseMatrix(request([own, other]))).toMatchObject({ ok: false, plan: { refusal: "severalMatrices" } });
    expect(chooseMatrix(request([own, other], { activeSheetId: "s3" }))).toMatchObject({ ok: true, table: other });
  });

  it("refuses by name a table of ours whose columns a planner changed: not called missing, not passed over for another sheet's", () => {
    const header = [...MATRIX_HEADERS];
    header[2] = "Objetivo estrategico"; // retyped without its accent
    const changed = table({ header });
    const other = table({ name: "TablaPOA2025", sheet: "Matriz POA 2025", sheetId: "s3" });
    // The planner is on the changed matrix's sheet.
    const chosen = chooseMatrix(request([changed, other], { activeSheetId: "s1" }));
    if (!chosen.ok) throw new Error(chosen.plan.message);
    expect(chosen.table).toBe(changed);
    expect(planAddition(changed, request([changed, other]), null)).toMatchObject({
      ok: false,
      refusal: "notLayout",
      message: expect.stringContaining("La tabla TablaPOA2024 de la hoja «Matriz POA 2024» no tiene las columnas de la matriz"),
    });
  });
});
