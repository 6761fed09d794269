import fc from "fast-check";
import { fillBatches, FILL_BYTES_PER_CELL, halveBatch, notCovered, type CellRect } from "../../src/excel/fillPlan";
import { locateMatrix } from "../../src/core/locate";
import { fillsToRead, readPlanOf } from "../../src/excel/readPlan";

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

describe("where the shell reads fills", () => {
  it("covers the label and month columns of the data rows, up to the last labelled row", () => {
    const values = [["Resultado", "Notas", ...MONTHS], ["R1"], ["R2"], [null, "nota"], []];
    const found = fillsToRead([{ name: "Vacía", values: [] }, { name: "Plan", values }], {});
    expect(found?.sheet.name).toBe("Plan");
    expect(found?.rects).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 2, bottom: 2, right: 13 },
    ]);
  });

  it("picks the named sheet as the core does (exact, else up to case and accents)", () => {
    const sheet = { name: "Matríz", values: [["Resultado", ...MONTHS], ["R1"]] };
    expect(fillsToRead([sheet], { sheet: "matriz" })?.sheet).toBe(sheet);
    expect(fillsToRead([sheet], { sheet: "otra" })).toBeNull();
  });

  it("picks the sheet the planner is on when it holds a matrix, as the report does (§3 v2)", () => {
    const first = { name: "Plan 2024", values: [["Resultado", ...MONTHS], ["R1"]] };
    const second = { name: "Plan 2025", values: [["Resultado", ...MONTHS], ["R1"]] };
    expect(fillsToRead([first, second], { prefer: "Plan 2025" })?.sheet).toBe(second);
    expect(fillsToRead([first, { name: "Notas", values: [] }], { prefer: "Notas" })?.sheet).toBe(first);
  });

  it("answers fills and whether seguimiento's settings matter from one location", () => {
    const plain = { name: "Plan", values: [["Resultado", ...MONTHS], ["R1", "X"]] };
    const monitored = { name: "Plan", values: [["", "Programado", ...MONTHS.slice(1).map(() => ""), "Realizado"], ["Resultado", ...MONTHS, ...MONTHS], ["R1", "1"]] };
    expect(readPlanOf(locateMatrix([plain], {}))).toEqual({ fills: fillsToRead([plain], {}), monitoring: false });
    expect(readPlanOf(locateMatrix([monitored], {}))).toMatchObject({ fills: { sheet: monitored }, monitoring: true });
    expect(readPlanOf(locateMatrix([{ name: "Vacía", values: [] }], {}))).toEqual({ fills: null, monitoring: false });
  });

  it("covers each block of a stacked form, and neither the title rows between them nor a footer (§8 v2)", () => {
    const block = (title: string, rows: string[]) => [[title], [], ["Actividad", ...MONTHS], ...rows.map((r) => [r, "X"])];
    const values = [...block("Unidad A", ["A1", "A2"]), ...block("Unidad B", ["B1"]), [], ["Firma ________"]];
    const found = fillsToRead([{ name: "Plan", values }], {});
    expect(found?.rects).toEqual([
      { top: 3, left: 0, bottom: 4, right: 12 },
      { top: 8, left: 0, bottom: 8, right: 12 },
    ]);
  });

  it("cuts the rects by rows so each sync stays within its budget, covering every cell once", () => {
    const rects = [{ top: 6, left: 3, bottom: 20_005, right: 15 }];
    const budget = 10_000 * 13 * FILL_BYTES_PER_CELL;
    const batches = fillBatches(rects, budget);
    expect(batches).toHaveLength(2);
    let cells = 0;
    let next = 6;
    for (const batch of batches) {
      const inBatch = batch.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
      expect(inBatch * FILL_BYTES_PER_CELL).toBeLessThanOrEqual(budget);
      for (const r of batch) {
        expect(r.top).toBe(next);
        next = r.bottom + 1;
      }
      cells += inBatch;
    }
    expect(cells).toBe(20_000 * 13);
    expect(fillBatches([])).toEqual([]);
  });

  it("knows which wanted rects were not read yet", () => {
    const read = [{ top: 6, left: 3, bottom: 100, right: 15 }];
    expect(notCovered([{ top: 6, left: 4, bottom: 90, right: 15 }], read)).toEqual([]);
    expect(notCovered([{ top: 6, left: 2, bottom: 90, right: 2 }], read)).toEqual([{ top: 6, left: 2, bottom: 90, right: 2 }]);
  });

  it("halves a refused batch until one row is left, covering the same cells once", () => {
    const cells = (batch: CellRect[]) => batch.flatMap((r) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => `${r.top + i}:${r.left + j}`)).flat());
    const rect = fc.record({ top: fc.integer({ min: 0, max: 50 }), left: fc.integer({ min: 0, max: 20 }), h: fc.integer({ min: 1, max: 30 }), w: fc.integer({ min: 1, max: 13 }) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h - 1, right: left + w - 1 }));
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 4 }), (batch) => {
        const halves = halveBatch(batch);
        if (batch.length === 1 && batch[0].top === batch[0].bottom) return expect(halves).toBeNull();
        expect(halves).toHaveLength(2);
        for (const h of halves!) expect(h.length).toBeGreaterThan(0);
        expect(cells(halves!.flat()).sort()).toEqual(cells(batch).sort());
        expect(halves!.map(cells).map((c) => c.length)).not.toContain(cells(batch).length);
      }),
    );
  });
});
