import fc from "fast-check";
import { columnRuns, isMatrixHeader, normaliseMarks, renumber, type CellWrite, type TableSnapshot } from "../../src/excel/consistency";
import { shiftFormula } from "../../src/excel/formulaShift";

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
