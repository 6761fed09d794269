import { findHeader } from "../../src/core/header";
import { matrixColumns } from "../../src/excel/consistency";
import { MONTHS_ES } from "../core/grids";

/**
 * One rule for the `N°` column (src/core/rowLabel.ts): the watch numbers the same column the reader
 * takes as the numbering one, whatever label the planner's table gives it.
 */
describe("the N° column, one rule for the reader and the watch", () => {
  it.each(["N°", "Nº", "N.º", "No.", "Nro", "Núm.", "Número", "#", "Item", "Correlativo"])("%p numbers the rows for both", (label) => {
    const header = [label, "Resultado", ...MONTHS_ES];
    const search = findHeader({ name: "POA", values: [header, [1, "Un resultado", "X"]] });
    expect(search.found && search.header.numberColumn).toBe(0);
    expect(matrixColumns(header).number).toBe(0);
  });

  it.each(["Nota", "Nombre", "Objetivo"])("%p numbers nothing for either", (label) => {
    const header = [label, "Resultado", ...MONTHS_ES];
    const search = findHeader({ name: "POA", values: [header, ["x", "Un resultado", "X"]] });
    expect(search.found && search.header.numberColumn).toBeNull();
    expect(matrixColumns(header).number).toBeNull();
  });
});
