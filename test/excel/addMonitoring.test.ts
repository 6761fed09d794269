import ExcelJS from "exceljs";
import fc from "fast-check";
import { columnIndex, parseCell, rangeAddress } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { MATRIX_HEADERS, scaffoldLayout } from "../../src/core/layout";
import { layoutToWorkbook } from "../../src/cli/writeLayout";
import { BAND_LABELS, MONITORING_HEADERS, scaffoldWithMonitoring } from "../../src/core/layoutMonitoring";
import type { PlanTemplate } from "../../src/core/model";
import { createOfficeShell } from "../../src/excel/officeShell";
import { FIVE_MB } from "../excelDouble";
import { cellKey, MAX_COLUMNS, type SheetModel } from "../excelDouble/model";
import { sheetLooks } from "../excelDouble/printLayout";
import { installDouble, MATRIX, templateWithRows, type InstalledDouble } from "./helpers";

/**
 * *Agregar seguimiento* through the strict Office.js double: a matrix the add-in made before seguimiento
 * existed gains the Realizado and cumplimiento columns and the Seguimiento sheet exactly as a scaffold
 * with seguimiento has them, no planner cell changes, requests stay under Excel on the web's 5 MB in a
 * number of syncs that does not grow with an ordinary plan, and what can't be done changes nothing.
 */

const TODAY = { year: 2024, month: 4 };
const shell = () => createOfficeShell({ syncTimeoutMs: 1000, today: () => TODAY });

/** Every cell of a sheet that holds something: value, formula, number format (what a planner could see change). */
function cells(sheet: SheetModel): Map<number, string> {
  const out = new Map<number, string>();
  for (const [key, c] of sheet.cells) {
    if (c.value === "" && !c.formula && c.numberFormat === "General") continue;
    out.set(key, JSON.stringify([c.value, c.formula ?? null, c.numberFormat]));
  }
  return out;
}

function at(key: number): string {
  return `${String.fromCharCode(65 + (key % MAX_COLUMNS))}${Math.floor(key / MAX_COLUMNS) + 1}`;
}

describe("Agregar seguimiento", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it("continues the matrix table with the Realizado and cumplimiento columns under their band, and adds the Seguimiento sheet", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    const outcome = await shell().addMonitoring({ lang: "es" });
    expect(outcome).toEqual({ ok: true, matrixSheet: MATRIX, monitoringSheet: "Seguimiento" });
    const table = double.model.tables.find((t) => t.name === "TablaPOA2024")!;
    expect(table.rect).toEqual({ top: 5, left: 0, bottom: 12, right: 36 });
    expect(double.read(MATRIX, "A6:AK6")[0]).toEqual([...MATRIX_HEADERS, ...MONITORING_HEADERS]);
    expect([double.read(MATRIX, "E5")[0][0], double.read(MATRIX, "S5")[0][0], double.read(MATRIX, "AE5")[0][0]]).toEqual([BAND_LABELS.planned, BAND_LABELS.executed, BAND_LABELS.compliance]);
    expect(double.formulaAt(MATRIX, "AE7")).toMatch(/^=IFERROR\(SUMPRODUCT\(\(\{1,2,3\}<=N\(Seguimiento!\$C\$3\)\)/);
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Hoja1", "Objetivos", MATRIX, "Cobertura", "Seguimiento"]);
    expect(double.formulaAt("Seguimiento", "C3")).toBe("=IF(2024<YEAR(TODAY()),12,IF(2024>YEAR(TODAY()),0,MONTH(TODAY())-1))");
    expect(sheetLooks(double.sheet(MATRIX)).pageLayout.printTitleRows).toEqual({ top: 4, bottom: 5 });
  });

  it("writes exactly what a scaffold with seguimiento has in its new parts, cell by cell, rule by rule", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    await shell().addMonitoring({ lang: "es" });
    const added = { matrix: double.sheet(MATRIX), seguimiento: double.sheet("Seguimiento") };
    const addedCells = { matrix: cells(added.matrix), seguimiento: cells(added.seguimiento) };
    double.uninstall();
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es", monitoring: true });
    const scaffolded = { matrix: double.sheet(MATRIX), seguimiento: double.sheet("Seguimiento") };
    expect(addedCells.seguimiento).toEqual(cells(scaffolded.seguimiento));
    expect(addedCells.matrix).toEqual(cells(scaffolded.matrix));
    const rules = (s: SheetModel) => ({
      validations: s.validations.map((v) => ({ rect: v.rect, rule: v.rule, errorAlert: v.errorAlert })).sort((a, b) => a.rect.left - b.rect.left),
      conditionalFormats: s.conditionalFormats.map((c) => ({ rect: c.rect, formula: c.formula, fill: c.fill })).sort((a, b) => a.rect.left - b.rect.left || (a.formula ?? "").localeCompare(b.formula ?? "")),
      merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      widths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    });
    expect(rules(added.matrix)).toEqual(rules(scaffolded.matrix));
    expect(rules(added.seguimiento)).toEqual(rules(scaffolded.seguimiento));
    expect(sheetLooks(added.seguimiento).pageLayout).toEqual(sheetLooks(scaffolded.seguimiento).pageLayout);
    expect(sheetLooks(added.matrix).pageLayout.printTitleRows).toEqual(sheetLooks(scaffolded.matrix).pageLayout.printTitleRows);
  });

  it("changes no cell of a filled plan, whatever the plan (property over random plans)", async () => {
    const plan = fc.record({
      rows: fc.integer({ min: 1, max: 40 }),
      marks: fc.array(fc.tuple(fc.nat(39), fc.nat(11), fc.constantFrom("X", "x", "Sí", 3, "2 talleres", 0.5)), { maxLength: 60 }),
      objectives: fc.array(fc.tuple(fc.nat(39), fc.constantFrom("OE1", "OE7", "", "oe 2")), { maxLength: 10 }),
      title: fc.boolean(),
      // A note of the planner's in the row above the header, over the plan's months.
      bandNote: fc.option(fc.nat(11), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        double = installDouble();
        try {
          await shell().scaffold({ template: templateWithRows(p.rows), lang: "es" });
          // The planner fills the plan in: marks, objectives, a title above the table.
          const edits: [string, string | number][] = [];
          for (const [r, m, mark] of p.marks) if (r < p.rows) edits.push([`${String.fromCharCode(69 + m)}${7 + r}`, mark]);
          for (const [r, id] of p.objectives) if (r < p.rows) edits.push([`B${7 + r}`, id]);
          if (p.title) edits.push(["A3", "Unidad de planificación — versión aprobada"]);
          if (p.bandNote !== undefined) edits.push([`${String.fromCharCode(69 + p.bandNote)}5`, "revisado"]);
          for (const [address, value] of edits) double.seed(MATRIX, [[value]], { anchor: address });
          const before = new Map(double.model.sheets.map((s) => [s.name, cells(s)]));
          const outcome = await shell().addMonitoring({ lang: "es" });
          expect(outcome.ok).toBe(true);
          for (const [name, was] of before) {
            const now = cells(double.sheet(name));
            for (const [key, value] of was) expect({ sheet: name, cell: at(key), value: now.get(key) }).toEqual({ sheet: name, cell: at(key), value });
            // New cells only in the band row and the new columns.
            for (const key of now.keys()) if (!was.has(key)) expect({ cell: at(key), new: key % MAX_COLUMNS >= 18 || Math.floor(key / MAX_COLUMNS) === 4 }).toEqual({ cell: at(key), new: true });
          }
        } finally {
          double.uninstall();
        }
      }),
      { numRuns: 25, seed: 1912 },
    );
    double = installDouble();
  });

  it("stays within scaffolding's limits: every request under 5 MB, the same syncs for 7 and 500 rows, splitting only as the cap demands", async () => {
    const counts: Record<number, { scaffold: number; add: number; maxBytes: number; totalBytes: number }> = {};
    for (const rows of [7, 500, 5000]) {
      double = installDouble();
      await shell().scaffold({ template: templateWithRows(rows), lang: "es" });
      const scaffoldSyncs = double.syncCount;
      double.resetCounters();
      const outcome = await shell().addMonitoring({ lang: "es" });
      expect(outcome.ok).toBe(true);
      const bytes = double.syncs.map((s) => s.payloadBytes);
      counts[rows] = { scaffold: scaffoldSyncs, add: double.syncCount, maxBytes: Math.max(...bytes), totalBytes: bytes.reduce((a, b) => a + b, 0) };
      expect(double.formulaAt(MATRIX, `AK${6 + rows}`)).toMatch(/^=IFERROR/);
      double.uninstall();
    }
    for (const c of Object.values(counts)) expect(c.maxBytes).toBeLessThan(FIVE_MB);
    // Two reads, one data request, one cosmetic request.
    expect(counts[7].add).toBe(4);
    expect(counts[500].add).toBe(counts[7].add);
    // 5,000 rows of cumplimiento formulas are about 14 MB: the two reads, then as many requests as the 4.5 MB
    // budget needs, one more for what greedy packing leaves over, and the cosmetic request (8 in all, measured).
    expect(counts[5000].add).toBeLessThanOrEqual(2 + Math.ceil(counts[5000].totalBytes / (4.5 * 1024 * 1024)) + 2);
    expect(counts[5000].add).toBeGreaterThan(counts[7].add);
    double = installDouble();
  });

  it("asks before it uses a sheet name that exists, writing nothing, and uses the name the planner chose", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    double.seed("seguimiento", [["mis notas"]]);
    const before = double.snapshot();
    double.resetCounters();
    expect(await shell().addMonitoring({ lang: "es" })).toEqual({ ok: false, conflicts: ["Seguimiento"] });
    expect(double.snapshot()).toBe(before);
    expect(double.syncCount).toBe(1);
    const outcome = await shell().addMonitoring({ lang: "es", sheetName: "Seguimiento 2024" });
    expect(outcome).toMatchObject({ ok: true, monitoringSheet: "Seguimiento 2024" });
    expect(double.formulaAt(MATRIX, "AK7")).toContain("N('Seguimiento 2024'!$C$3)");
    expect(double.read("seguimiento", "A1")[0][0]).toBe("mis notas");
  });

  it("refuses, changing nothing, with a message in the planner's language: no matrix, a planner's own table, one already monitored", async () => {
    double = installDouble();
    double.seed("Plan", [["N°", "Objetivo", "Objetivo estratégico", "Resultado", "Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic", "Meses", "Estado"], [1, "OE1", "", "R"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").tables.add(context.workbook.worksheets.getItem("Plan").getRange("A1:R2"), true).name = "Tabla1";
      await context.sync();
    });
    const bare = double.snapshot();
    const none = await shell().addMonitoring({ lang: "es" });
    expect(none).toEqual({ ok: false, message: expect.stringMatching(/^Este libro no tiene una matriz creada por Matriz POA.*No se cambió nada\.$/) });
    expect(double.snapshot()).toBe(bare);
    await shell().scaffold({ template: escoTemplate(2024), lang: "en", monitoring: true });
    const monitored = double.snapshot();
    expect(await shell().addMonitoring({ lang: "en", sheetName: "Other" })).toEqual({ ok: false, message: `The matrix on sheet "${MATRIX}" already has monitoring (Realizado columns). Nothing was changed.` });
    expect(double.snapshot()).toBe(monitored);
  });

  it("refuses when cells right of the table hold something, naming them, and changes nothing", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    double.seed(MATRIX, [["nota del planificador"]], { anchor: "U9" });
    const before = double.snapshot();
    double.resetCounters();
    const outcome = await shell().addMonitoring({ lang: "es" });
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining("hay contenido en U9") });
    expect(double.snapshot()).toBe(before);
    expect(double.syncCount).toBe(3);
    // Something right of the table but below it is no obstacle.
    double.seed(MATRIX, [[null]], { anchor: "U9" });
    double.sheet(MATRIX).cells.delete(cellKey(8, columnIndex("U")));
    double.seed(MATRIX, [["firma"]], { anchor: "U40" });
    expect((await shell().addMonitoring({ lang: "es" })).ok).toBe(true);
    expect(double.read(MATRIX, "U40")[0][0]).toBe("firma");
  });

  it("leaves the band over the plan's months out where the planner wrote in that row", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    double.seed(MATRIX, [["Aprobado en sesión 12"]], { anchor: "H5" });
    expect((await shell().addMonitoring({ lang: "es" })).ok).toBe(true);
    expect(double.read(MATRIX, "E5:H5")[0]).toEqual(["", "", "", "Aprobado en sesión 12"]);
    expect(double.read(MATRIX, "S5")[0][0]).toBe(BAND_LABELS.executed);
    expect(double.sheet(MATRIX).merges.some((m) => m.top === 4 && m.left === 4)).toBe(false);
  });

  it("adds to the matrix of the active sheet when the workbook has several, and reads the plan's year from its title", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2025), lang: "es" });
    await shell().scaffold({ template: escoTemplate(2024), lang: "es", names: { objectives: "Objetivos 2024", coverage: "Cobertura 2024" } });
    double.model.activeSheetId = double.sheet("Hoja1").id;
    expect(await shell().addMonitoring({ lang: "es" })).toEqual({ ok: false, message: expect.stringContaining("varias matrices («Matriz POA 2025», «Matriz POA 2024»)") });
    double.model.activeSheetId = double.sheet(MATRIX).id;
    expect(await shell().addMonitoring({ lang: "es" })).toMatchObject({ ok: true, matrixSheet: MATRIX });
    expect(double.formulaAt("Seguimiento", "C3")).toContain("2024<YEAR");
    // Its own catalog: the lookups read "Objetivos 2024".
    expect(double.formulaAt("Seguimiento", "A9")).toContain("'Objetivos 2024'!$A:$A");
    double.model.activeSheetId = double.sheet("Matriz POA 2025").id;
    expect(await shell().addMonitoring({ lang: "es", sheetName: "Seg 2025" })).toEqual({ ok: true, matrixSheet: "Matriz POA 2025", monitoringSheet: "Seg 2025" });
    expect(double.formulaAt("Seg 2025", "C3")).toContain("2025<YEAR");
    expect(double.formulaAt("Seg 2025", "C9")).toContain("'Matriz POA 2025'!$AE:$AE");
  });

  it("on ExcelApi 1.8 adds everything but the print titles, and says so in one sentence", async () => {
    double = installDouble("1.8");
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    const outcome = await shell().addMonitoring({ lang: "es" });
    expect(outcome).toEqual({
      ok: true,
      matrixSheet: MATRIX,
      monitoringSheet: "Seguimiento",
      notes: ["El seguimiento se agregó con sus datos y fórmulas, pero sin la configuración de impresión, que esta versión de Excel no permite."],
    });
    expect(double.sheet(MATRIX).validations.some((v) => v.rect.left === columnIndex("S"))).toBe(true);
  });

  it("takes back what it added when the data cannot be written, and throws in the planner's language", async () => {
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es" });
    const before = double.snapshot();
    // Excel stops a request at the operation that fails: the sheet and six of the new columns are in by then.
    double.faults.failOperation({ match: (p) => (p as { call?: string; args?: { name?: string } }).call === "columns.add" && (p as { args: { name?: string } }).args.name === "Jul.", code: "GeneralException" });
    await expect(shell().addMonitoring({ lang: "es" })).rejects.toMatchObject({ code: "EXCEL_ERROR" });
    expect(double.model.tables.find((t) => t.name === "TablaPOA2024")!.rect.right).toBe(17);
    expect(double.model.sheets.map((s) => s.name)).not.toContain("Seguimiento");
    const after = JSON.parse(double.snapshot()) as { sheets: { name: string; cells: [number, { value: unknown; formula?: string }][] }[] };
    const was = JSON.parse(before) as typeof after;
    const contents = (s: typeof after) => s.sheets.map((x) => ({ name: x.name, cells: x.cells.filter(([, c]) => c.value !== "" || c.formula).map(([k, c]) => [k, c.value, c.formula ?? null]) }));
    expect(contents(after)).toEqual(contents(was));
  });
});

describe("the watch on a matrix with seguimiento", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  async function watched(): Promise<{ errors: string[] }> {
    double = installDouble();
    const s = shell();
    await s.scaffold({ template: escoTemplate(2024), lang: "es" });
    const errors: string[] = [];
    await s.watch({ lang: "es", onError: (m) => errors.push(m) });
    expect((await s.addMonitoring({ lang: "es" })).ok).toBe(true);
    return { errors };
  }

  it("turns Realizado text that is plainly a number into that number, and leaves everything else as typed", async () => {
    const { errors } = await watched();
    await double.simulateUserEdit(MATRIX, "S7:X7", [["2,5", "'3 ", "1.500.000", "1,500", "$ 250", "pendiente"]]);
    expect(double.read(MATRIX, "S7:X7")[0]).toEqual([2.5, 3, 1500000, "1,500", "$ 250", "pendiente"]);
    // A number typed stays as it is; the plan's marks are still kept.
    await double.simulateUserEdit(MATRIX, "E7:F7", [["x", 4]]);
    expect(double.read(MATRIX, "E7:F7")[0]).toEqual(["X", 4]);
    expect(errors).toEqual([]);
  });

  it("gives a row typed below the table the Realizado rule, the cumplimiento formulas and the shading", async () => {
    await watched();
    await double.simulateUserEdit(MATRIX, "D14", "Nuevo resultado");
    const table = double.model.tables.find((t) => t.name === "TablaPOA2024")!;
    expect(table.rect.bottom).toBe(13);
    expect(double.formulaAt(MATRIX, "AE14")).toBe(String(double.formulaAt(MATRIX, "AE13")).replace(/13/g, "14"));
    const rule = double.sheet(MATRIX).validations.find((v) => v.rect.top === 13 && v.rect.left === columnIndex("S"));
    expect(rule?.rule).toEqual({ custom: { formula: expect.stringContaining("S14") } });
    expect(double.sheet(MATRIX).conditionalFormats.some((cf) => cf.rect.top === 13 && cf.rect.left === columnIndex("AE"))).toBe(true);
    expect(double.cell(MATRIX, "AE14").numberFormat).toBe("0%");
    expect(parseCell("AE14").row).toBe(13);
  });
});

describe("the add-in's scaffold with seguimiento against the CLI's file", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it("writes the same cells, formulas, rules, shading and print titles in the new parts", async () => {
    const layout = scaffoldWithMonitoring(escoTemplate(2024), { lang: "es", monitoring: { today: TODAY } });
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await layoutToWorkbook(layout).xlsx.writeBuffer()) as ArrayBuffer);
    double = installDouble();
    await shell().scaffold({ template: escoTemplate(2024), lang: "es", monitoring: true });
    for (const name of [MATRIX, "Seguimiento"]) {
      const ws = file.getWorksheet(name)!;
      const sheet = double.sheet(name);
      let compared = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const { col } = parseCell(cell.address);
          if (name === MATRIX && col < 18 && parseCell(cell.address).row !== 4) return;
          // ExcelJS gives a merged area's other cells its first cell's value.
          if (cell.isMerged && cell.master.address !== cell.address) return;
          compared++;
          const mine = double.cell(name, cell.address);
          if (cell.formula) expect({ at: cell.address, formula: mine.formula }).toEqual({ at: cell.address, formula: `=${cell.formula}` });
          else expect({ at: cell.address, value: mine.value }).toEqual({ at: cell.address, value: cell.value ?? "" });
          expect({ at: cell.address, format: mine.numberFormat }).toEqual({ at: cell.address, format: cell.numFmt ?? "General" });
        }),
      );
      expect(compared).toBeGreaterThan(60);
      const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
      for (const [address, v] of Object.entries(dv)) {
        if (!v || v.type !== "custom") continue;
        const { row, col } = parseCell(address.split(":")[0]);
        const hit = sheet.validations.find((x) => x.rect.top <= row && x.rect.bottom >= row && x.rect.left <= col && x.rect.right >= col);
        expect({ address, formula: (hit?.rule as { custom?: { formula: string } }).custom?.formula }).toEqual({ address, formula: `=${v.formulae[0]}` });
      }
      const fileRules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings
        .filter((cf) => name !== MATRIX || columnIndex(cf.ref.replace(/\d.*$/, "")) >= 18)
        .map((cf) => ({ ref: cf.ref, formula: `=${cf.rules[0].formulae?.[0]}` }));
      const mine = sheet.conditionalFormats.filter((cf) => name !== MATRIX || cf.rect.left >= 18).map((cf) => ({ ref: rangeAddress(cf.rect.top, cf.rect.left, cf.rect.bottom, cf.rect.right), formula: cf.formula }));
      expect(mine).toEqual(fileRules);
      const [first, last] = (ws.pageSetup.printTitlesRow as string).split(":").map(Number);
      expect(sheetLooks(sheet).pageLayout.printTitleRows).toEqual({ top: first - 1, bottom: last - 1 });
    }
  });
});
