import fc from "fast-check";
import { columnRuns, isMatrixHeader, normaliseMarks, numberingUnchanged, renumber, type CellWrite, type TableSnapshot } from "../../src/excel/consistency";
import { mapCellRefs, shiftFormula } from "../../src/core/formulaShift";
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

  // The watch's fast path: when the edited row still has the N° numbering gives it (a number when filled, blank when
  // empty), it renumbers nothing else. That must be what renumbering the whole table would say.
  it("an edit that leaves its row's N° as numbering gives it leaves every other N° as it was", () => {
    const content = fc.constantFrom<unknown>("", "x", "X", "Resultado", 2, "  ", null);
    fc.assert(
      fc.property(table, fc.nat(), fc.array(fc.tuple(fc.integer({ min: 1, max: 17 }), content), { maxLength: 5 }), (t, pick, edits) => {
        fc.pre(t.rows.length > 1);
        const consistent = apply(t, renumber(t));
        const r = 1 + (pick % (consistent.rows.length - 1));
        const edited = apply(consistent, edits.map(([c, v]) => ({ row: consistent.top + r, col: consistent.left + c, value: v as string | number })));
        const line = edited.rows[r];
        const filled = [3, ...Array.from({ length: 12 }, (_, m) => 4 + m)].some((c) => line[c] !== null && line[c] !== undefined && String(line[c]).trim() !== "");
        fc.pre(numberingUnchanged([line[0]], [filled]));
        expect(renumber(edited)).toEqual([]);
      }),
    );
  });

  it("says a row's numbering may have changed when its N° is a formula or the planner's own code", () => {
    expect(numberingUnchanged([3, "", null], [true, false, false])).toBe(true);
    expect(numberingUnchanged([""], [true])).toBe(false);
    expect(numberingUnchanged([4], [false])).toBe(false);
    expect(numberingUnchanged(["=ROW()-6"], [true])).toBe(false);
    expect(numberingUnchanged(["1.a"], [true])).toBe(false);
  });

  it("tells references into other sheets from the sheet's own", () => {
    const seen: string[] = [];
    mapCellRefs(`=IFERROR(INDEX('Mis objetivos'!$B$2:$B$8,MATCH(B7,Objetivos!$A$2:$A$8,0)),"A1")+C7`, (ref) => {
      seen.push(`${ref.qualified ? "other" : "own"}:${ref.row},${ref.col}`);
      return ref;
    });
    expect(seen).toEqual(["other:1,1", "other:7,1", "own:6,1", "other:1,0", "other:7,0", "own:6,2"]);
  });
});
