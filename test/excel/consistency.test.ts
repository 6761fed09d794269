import fc from "fast-check";
import { columnRuns, isMatrixHeader, normaliseMarks, renumber, type CellWrite, type TableSnapshot } from "../../src/excel/consistency";
import { shiftFormula } from "../../src/core/formulaShift";
import type { CellValue } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";

const HEADER = ["N°", "Objetivo", "Objetivo estratégico", "Resultado", "Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic", "Meses", "Estado"];

function apply(table: TableSnapshot, writes: CellWrite[]): TableSnapshot {
  const rows = table.rows.map((r) => [...r]);
  for (const w of writes) rows[w.row - table.top][w.col - table.left] = w.value;
  return { ...table, rows };
}

const cell = fc.oneof(fc.constantFrom("", "x", "X", " X ", "Sí", "✓", "N/A", "foo", "=A1"), fc.integer({ min: -2, max: 5 }));
const table = fc.array(fc.array(cell, { minLength: 18, maxLength: 18 }), { maxLength: 30 }).map((body): TableSnapshot => ({ top: 5, left: 0, rows: [HEADER, ...body] }));

describe("matrix consistency rules", () => {
  it("recognises the scaffolded header", () => {
    expect(isMatrixHeader(HEADER)).toBe(true);
    expect(isMatrixHeader(HEADER.slice(0, 10))).toBe(false);
  });

  it("is idempotent: a second pass over its own result changes nothing", () => {
    fc.assert(
      fc.property(table, (t) => {
        const everywhere = { top: 0, left: 0, bottom: 1000, right: 100 };
        const once = apply(t, [...normaliseMarks(t, everywhere), ...renumber(t)]);
        expect([...normaliseMarks(once, everywhere), ...renumber(once)]).toEqual([]);
      }),
    );
  });

  it("touches only month cells inside the changed area, and only non-standard marks", () => {
    const t: TableSnapshot = { top: 5, left: 0, rows: [HEADER, [1, "OE1", "", "x", "x", "Sí", "foo", ...new Array(11).fill("")]] };
    expect(normaliseMarks(t, { top: 6, left: 4, bottom: 6, right: 5 })).toEqual([
      { row: 6, col: 4, value: "X" },
      { row: 6, col: 5, value: "X" },
    ]);
  });

  it("turns into X exactly the marks whose fix the core calls safe (a planned share waits for Reparar's question)", () => {
    const marks: unknown[] = ["x", "Sí", "✓", "XX", " X ", "si", "yes", "•", "x/x", 0.5, 0.25, "50%", "0,5", ".5", "12.5 %", "X", 2, "2", 0, "N/A", "foo", "", true];
    const row = (m: unknown) => [1, "OE1", "", "R", m, ...new Array(13).fill("")];
    const t: TableSnapshot = { top: 5, left: 0, rows: [HEADER, ...marks.map(row)] };
    const normalised = new Set(normaliseMarks(t, { top: 0, left: 0, bottom: 1000, right: 100 }).map((w) => w.row - 6));
    // The core's verdict on the same cells: a NONSTANDARD_MONTH_MARK fix that is safe.
    const grid = [[], [], [], [], [], HEADER, ...marks.map((m) => row(m === "" ? null : m))] as CellValue[][];
    const outcome = validateWorkbook({ sheets: [{ name: "Matriz POA 2024", values: grid }] }, { lang: "es" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    const safe = new Set(outcome.report.issues.filter((i) => i.code === "NONSTANDARD_MONTH_MARK" && i.fix?.safe).map((i) => Number(i.cell!.slice(1)) - 7));
    expect([...normalised].sort((a, b) => a - b)).toEqual([...safe].sort((a, b) => a - b));
    expect([...normalised].map((i) => marks[i])).toEqual(["x", "Sí", "✓", "XX", " X ", "si", "yes", "•", "x/x"]);
  });

  it("groups writes into vertical runs", () => {
    expect(columnRuns([{ row: 3, col: 0, value: 2 }, { row: 2, col: 0, value: 1 }, { row: 5, col: 0, value: 3 }])).toEqual([
      { row: 2, col: 0, values: [[1], [2]] },
      { row: 5, col: 0, values: [[3]] },
    ]);
  });

  it("shifts relative references only, outside strings and quoted sheet names", () => {
    expect(shiftFormula(`=IF('Hoja A1'!$B$2=E7,"E7",TablaPOA2024+E$7+$E7)`, 7, 1)).toBe(`=IF('Hoja A1'!$B$2=F14,"E7",TablaPOA2024+F$7+$E14)`);
  });
});
