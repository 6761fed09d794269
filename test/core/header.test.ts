import type { CellValue, SheetGrid } from "../../src/core/grid";
import { findHeader } from "../../src/core/header";
import { readMatrix } from "../../src/core/readMatrix";
import { MONTHS_ES, scaffoldLikeSheet, seedSheet } from "./grids";

const sheet = (values: CellValue[][], merges?: SheetGrid["merges"]): SheetGrid => ({ name: "S", values, merges });

describe("findHeader (contract §3)", () => {
  it("finds the scaffold's one-row header with ids winning over texts for the objective column", () => {
    const s = scaffoldLikeSheet([{ objective: "OE1", text: "R1" }]);
    s.values[6][2] = "Gestionar cooperación internacional…"; // the looked-up text in C
    const search = findHeader(s);
    expect(search.found).toBe(true);
    if (!search.found) return;
    expect(search.header.row).toBe(5);
    expect(search.header.resultColumn).toBe(3);
    expect(search.header.objectiveColumn).toBe(1);
    expect(search.header.monthColumns).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("prefers the id column even when the text column comes first", () => {
    const s = sheet([
      ["Objetivo estratégico", "OE", "Resultado", ...MONTHS_ES],
      ["Gestionar recursos", "OE5", "R1"],
      ["Posicionar a la ESCO", "OE3", "R2"],
    ]);
    const search = findHeader(s);
    expect(search.found && search.header.objectiveColumn).toBe(1);
  });

  it("finds the seed's two-row header: Resultado above, months below", () => {
    const search = findHeader(seedSheet());
    expect(search.found).toBe(true);
    if (!search.found) return;
    expect(search.header.row).toBe(2);
    expect(search.header.resultColumn).toBe(0);
    expect(search.header.resultLabelRow).toBe(1);
    expect(search.header.objectiveColumn).toBeNull();
  });

  it("counts a label merged down into the header row from two rows up", () => {
    const s = sheet([["Resultado esperado"], [null], [null, ...MONTHS_ES], ["R1", "X"]], [{ top: 0, left: 0, bottom: 2, right: 0 }]);
    const search = findHeader(s);
    expect(search.found && search.header.resultColumn).toBe(0);
  });

  it.each([["Resultado"], ["Resultados"], ["RESULT"], ["Results"], ["Resultados esperados"]])("accepts the result label %p", (label) => {
    const search = findHeader(sheet([[label, ...MONTHS_ES]]));
    expect(search.found).toBe(true);
  });

  it.each([["Objetivo"], ["Objective"], ["OE"], ["Objetivos estratégicos"]])("accepts the objective label %p", (label) => {
    const search = findHeader(sheet([[label, "Resultado", ...MONTHS_ES]]));
    expect(search.found && search.header.objectiveColumn).toBe(0);
  });

  it("accepts ten months and records the missing ones as null", () => {
    const months = MONTHS_ES.filter((m) => m !== "Mar" && m !== "Nov");
    const search = findHeader(sheet([["Resultado", ...months]]));
    expect(search.found).toBe(true);
    if (!search.found) return;
    expect(search.header.monthColumns[2]).toBeNull();
    expect(search.header.monthColumns[10]).toBeNull();
    expect(search.header.monthColumns.filter((c) => c !== null)).toHaveLength(10);
  });

  it("needs at least ten months, each in its own cell", () => {
    expect(findHeader(sheet([["Resultado", ...MONTHS_ES.slice(0, 9)]])).found).toBe(false);
    expect(findHeader(sheet([["Resultado", MONTHS_ES.join(" ")]])).found).toBe(false);
  });

  it("looks only at the first 200 rows (v2: real forms put a 30-row programme block above the grid)", () => {
    const rows: CellValue[][] = Array.from({ length: 200 }, () => ["título"]);
    expect(findHeader(sheet([...rows.slice(0, 30), ["Resultado", ...MONTHS_ES]])).found).toBe(true);
    expect(findHeader(sheet([...rows.slice(0, 199), ["Resultado", ...MONTHS_ES]])).found).toBe(true);
    expect(findHeader(sheet([...rows, ["Resultado", ...MONTHS_ES]])).found).toBe(false);
  });

  it("without a row-label column nor a column of text there is no matrix, and it says which row had the months", () => {
    const search = findHeader(sheet([["Título"], ["Indicador", ...MONTHS_ES], ["Número de talleres", "X"]]));
    expect(search).toEqual({ found: false, monthsRow: 1 });
  });

  it("accepts month names with a year, dates and the numbers 1…12 (§8)", () => {
    expect(findHeader(sheet([["Resultado", ...MONTHS_ES.map((m) => `${m}-24`)]])).found).toBe(true);
    expect(findHeader(sheet([["Resultado", ...MONTHS_ES.map((_, k) => new Date(Date.UTC(2024, k, 1)))]])).found).toBe(true);
    const numbered = findHeader(sheet([["Resultado", "Meta", ...MONTHS_ES.map((_, k) => k + 1)]]));
    expect(numbered.found && numbered.header.monthColumns).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(findHeader(sheet([["Resultado", ...MONTHS_ES.map((_, k) => String(k + 1))]])).found).toBe(true);
  });

  it("keeps a month's first column when the months appear twice (planned, then executed)", () => {
    const search = findHeader(sheet([["Resultado", ...MONTHS_ES, ...MONTHS_ES]]));
    expect(search.found && search.header.monthColumns[0]).toBe(1);
  });
});

describe("readMatrix (contract §3)", () => {
  it("reads every data row to the end of the used range and skips blank ones", () => {
    const s = scaffoldLikeSheet([
      { objective: "OE1", text: "R1", marks: ["X"] },
      {},
      { objective: "OE2" }, // objective only: nothing in the result column, no month → blank
      { marks: [null, "X"] }, // a month but no result: kept (EMPTY_RESULT)
      { text: "R5" },
      { marks: ["-", 0, "0", "N/A", "—"] }, // placeholders only: blank
      { marks: ["abc"] }, // something unreadable: kept
    ]);
    const read = readMatrix(s);
    expect(read?.rows.map((r) => r.row + 1)).toEqual([7, 10, 11, 13]);
    expect(read?.rows[0].months[0]).toBe(true);
    expect(read?.rows[1].text).toBe("");
  });

  it("reads an objective merged down over its results for each of them", () => {
    const s = scaffoldLikeSheet([{ objective: "OE3", text: "R1" }, { text: "R2" }]);
    s.merges = [{ top: 6, left: 1, bottom: 7, right: 1 }];
    const read = readMatrix(s);
    expect(read?.rows.map((r) => r.objectiveValue)).toEqual(["OE3", "OE3"]);
    expect(read?.rows[1].objectiveCell).toEqual({ row: 6, col: 1 });
  });

  it("survives ragged rows", () => {
    const s = sheet([["Resultado", ...MONTHS_ES], ["R1"], [], ["R2", null, "X"]]);
    const read = readMatrix(s);
    expect(read?.rows.map((r) => [r.text, r.months[1]])).toEqual([
      ["R1", false],
      ["R2", true],
    ]);
  });
});
