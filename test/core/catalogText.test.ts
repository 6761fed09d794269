import fc from "fast-check";
import { objectivesFromText } from "../../src/core/catalogText";

describe("objectives typed or pasted one a line (contract §3 v2 rule 2, in the add-in)", () => {
  it("reads ids as planners write them, two pasted cells, a leading number, or the text alone", () => {
    const typed = ["OE1 Mejorar la gestión", "OE 3: Ampliar la cobertura", "O.E. 4. Fortalecer capacidades", "OE5\tFinanzas sanas", "", "  Ciudad limpia  ", "7) Cultura viva"].join("\n");
    expect(objectivesFromText(typed)).toEqual([
      { id: "OE1", text: "Mejorar la gestión" },
      { id: "OE3", text: "Ampliar la cobertura" },
      { id: "OE4", text: "Fortalecer capacidades" },
      { id: "OE5", text: "Finanzas sanas" },
      { id: "OE2", text: "Ciudad limpia" },
      { id: "OE7", text: "Cultura viva" },
    ]);
  });

  it("keeps a repeated id's first line, and an id alone with no text", () => {
    expect(objectivesFromText("OE2 Uno\r\noe 2 Otro\nOE6")).toEqual([
      { id: "OE2", text: "Uno" },
      { id: "OE6", text: "" },
    ]);
  });

  it("gives every line with text one objective, with distinct ids, whatever is typed", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 12 }), (lines) => {
        const objectives = objectivesFromText(lines.join("\n"));
        const ids = objectives.map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^OE\d{1,3}$/);
        expect(objectives.length).toBeLessThanOrEqual(lines.filter((l) => l.trim() !== "").length);
      }),
    );
  });
});
