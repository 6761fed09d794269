import { findHeader } from "../../src/core/header";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { detectYear, yearInText } from "../../src/core/year";
import { MONTHS_ES } from "./grids";

function yearOf(name: string, values: CellValue[][]) {
  const sheet: SheetGrid = { name, values };
  const search = findHeader(sheet);
  if (!search.found) throw new Error("no header");
  return detectYear(sheet, search.header);
}

describe("year (contract §7)", () => {
  it("takes a year from the title", () => {
    expect(yearOf("Hoja1", [["Plan Operativo Anual 2024"], ["Resultado", ...MONTHS_ES]]).year).toBe(2024);
  });
  it("takes a year from a header cell, as number or text", () => {
    expect(
      yearOf("Hoja1", [
        ["Resultado", 2025],
        [null, ...MONTHS_ES],
      ]).content,
    ).toEqual({ year: 2025, cell: "B1" });
    expect(
      yearOf("Hoja1", [
        ["Resultado", "Año 2023"],
        [null, ...MONTHS_ES],
      ]).year,
    ).toBe(2023);
  });
  it("falls back to the sheet's name, and keeps both for a conflict check", () => {
    expect(yearOf("Matriz POA 2026", [["Resultado", ...MONTHS_ES]]).year).toBe(2026);
    const both = yearOf("POA 2023", [["POA 2024"], ["Resultado", ...MONTHS_ES]]);
    expect(both).toEqual({ year: 2024, content: { year: 2024, cell: "A1" }, sheetName: 2023 });
  });
  it("is null when there is none, and ignores implausible years and longer numbers", () => {
    expect(yearOf("Hoja1", [["Resultado", ...MONTHS_ES]]).year).toBeNull();
    expect(yearOf("Hoja1", [["Presupuesto 1500 y 12345 y 2200"], ["Resultado", ...MONTHS_ES]]).year).toBeNull();
    expect(yearOf("Hoja1", [["Presupuesto", 2024], [null], ["Resultado", ...MONTHS_ES]]).year).toBeNull();
  });
  it("finds four-digit years in text", () => {
    expect(yearInText("POA 2024-2025")).toBe(2024);
    expect(yearInText("x1999")).toBe(1999);
    expect(yearInText("20245")).toBeNull();
  });
});
