import { readCatalogSheet, templateCatalog, type Catalog } from "../../src/core/catalog";
import { escoTemplate } from "../../src/core/escoTemplate";
import type { WorkbookGrid } from "../../src/core/grid";
import type { PlanTemplate } from "../../src/core/model";
import { book, catalogSheet } from "./grids";

/** The catalog sheet's, else the template's: how rule 1 reads a sheet, apart from the other rules (catalogRule.test.ts). */
const readCatalog = (b: WorkbookGrid, template: PlanTemplate = escoTemplate()): Catalog => readCatalogSheet(b) ?? templateCatalog(template);

describe("readCatalogSheet (contract §3 rule 1)", () => {
  it("reads the Objetivos sheet with each objective's ID cell", () => {
    const c = readCatalog(book({ name: "Otra", values: [] }, catalogSheet()));
    expect(c.sheet).toBe("Objetivos");
    expect(c.entries).toHaveLength(7);
    expect(c.entries[0]).toEqual({ id: "OE1", text: escoTemplate().objectives[0].text, cell: "A2" });
    expect(c.entries[6].cell).toBe("A8");
  });

  it("accepts an English sheet name and header, a header lower down and other columns", () => {
    const c = readCatalog(
      book({
        name: "objectives",
        values: [["Catalogue"], [], ["Notes", "ID", "Objective"], ["x", "A", "Do a"], [null, null, null], ["y", "B", "Do b"]],
      }),
    );
    expect(c.entries).toEqual([
      { id: "A", text: "Do a", cell: "B4" },
      { id: "B", text: "Do b", cell: "B6" },
    ]);
  });

  it("falls back to the template when no sheet qualifies", () => {
    const noHeader = readCatalog(
      book({
        name: "Objetivos",
        values: [
          ["Código", "Descripción"],
          ["OE1", "x"],
        ],
      }),
    );
    expect(noHeader.sheet).toBeNull();
    expect(noHeader.entries.map((e) => e.id)).toEqual(["OE1", "OE2", "OE3", "OE4", "OE5", "OE6", "OE7"]);
    expect(noHeader.entries.every((e) => e.cell === null)).toBe(true);
    const custom = readCatalog(book(), { ...escoTemplate(), objectives: [{ id: "OE1", text: "Único" }] });
    expect(custom.entries).toEqual([{ id: "OE1", text: "Único", cell: null }]);
  });
});
