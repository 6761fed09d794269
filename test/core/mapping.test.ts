import { escoTemplate } from "../../src/core/escoTemplate";
import { mapRow, ObjectiveMatcher } from "../../src/core/mapping";
import { parseObjectiveId } from "../../src/core/objectiveId";
import { normalizeText as key } from "../../src/core/text";

const template = escoTemplate();
const matcher = new ObjectiveMatcher(template.objectives);

describe("mapping by the objective column (contract §5)", () => {
  it.each([["OE3"], ["oe3"], ["OE 3"], ["Oe  3"], [3], ["3"], [" OE3. "], ["O.E. 3"]])("%p names OE3", (v) => {
    expect(matcher.matchCell(v)).toBe("OE3");
  });

  it("matches the objective's text without regard to case, accents or spacing", () => {
    expect(matcher.matchCell("  FORTALECER el marco  regulatorio y organizacion de la ESCO ")).toBe("OE7");
    expect(matcher.matchCell(template.objectives[4].text)).toBe("OE5");
  });

  it("reads an id leading a text (§8)", () => {
    expect(matcher.matchCell("OE 4: Fortalecer capacidades")).toBe("OE4");
    expect(matcher.matchCell("OE4 - Fortalecer")).toBe("OE4");
  });

  it.each([[null], [""], ["OE9"], [9], ["Otro objetivo"], [{ error: "#N/A" }], ["3 talleres"]])("%p matches nothing", (v) => {
    expect(matcher.matchCell(v as never)).toBeNull();
  });

  it("matches catalog ids that are not OE-numbered", () => {
    const m = new ObjectiveMatcher([
      { id: "A-1", text: "Uno" },
      { id: "B-2", text: "Dos" },
    ]);
    expect(m.matchCell("a-1")).toBe("A-1");
    expect(m.matchCell("b - 2")).toBe("B-2");
    expect(m.matchCell("dos")).toBe("B-2");
  });

  it("parses ids strictly unless a trailing text is allowed", () => {
    expect(parseObjectiveId("OE 12", { allowTrailingText: false })).toBe(12);
    expect(parseObjectiveId("OE12: texto", { allowTrailingText: false })).toBeNull();
    expect(parseObjectiveId("OE12: texto", { allowTrailingText: true })).toBe(12);
    expect(parseObjectiveId("3 talleres", { allowTrailingText: true })).toBeNull();
  });
});

describe("mapping inferred from the wording (contract §5)", () => {
  it("maps each of the seed's seven results to its objective, in any order", () => {
    const shuffled = template.results.map((r, i) => ({ ...r, i })).reverse();
    for (const r of shuffled) expect(matcher.infer(r.text)?.id).toBe(`OE${r.i + 1}`);
  });

  it("tells OE4 (referentes institucionales) from OE6 (capacidades técnicas de la ESCO)", () => {
    expect(matcher.infer(template.results[3].text)?.id).toBe("OE4");
    expect(matcher.infer(template.results[5].text)?.id).toBe("OE6");
    expect(matcher.infer("Capacidades de referentes institucionales fortalecidas")?.id).toBe("OE4");
    expect(matcher.infer("Capacidades técnicas del personal de la ESCO desarrolladas")?.id).toBe("OE6");
  });

  it.each([
    ["Gestión de cooperación internacional con socios para el desarrollo", "OE1"],
    ["Pasantías y voluntariado internacional gestionados para instituciones del gobierno", "OE2"],
    ["Apoyo técnico a instituciones gubernamentales mediante pasantías", "OE2"],
    ["Posicionamiento de la ESCO como referente de cooperación no reembolsable", "OE3"],
    ["Referentes institucionales capacitados en cooperación internacional", "OE4"],
    ["Recursos gestionados para fortalecer la ESCO", "OE5"],
    ["Gestionar recursos financieros para fortalecer la institución", "OE5"],
    ["Fortalecimiento del marco regulatorio de la ESCO", "OE7"],
    ["Marco regulatorio de la ESCO actualizado", "OE7"],
    ["MARCO REGULATORIO DE LA ESCO ACTUALIZADO", "OE7"],
    ["Organización y marco regulatorio de la ESCO fortalecidos", "OE7"],
    ["Reglamento interno y organización de la ESCO fortalecidos", "OE7"],
    ["cooperacion internacional gestionada en coordinacion con las instituciones nacionales y los socios", "OE1"],
  ])("maps the rewording %p to %s", (text, id) => {
    expect(matcher.infer(text)?.id).toBe(id);
  });

  it.each([
    ["Compra de mobiliario de oficina"],
    ["Lorem ipsum"],
    ["Lorem ipsum dolor sit amet, consectetur adipiscing elit"],
    ["Desarrollo de capacidades"], // OE4 or OE6: the wording does not say
    ["Fortalecimiento de la ESCO"], // OE5, OE6 or OE7
    ["de la para"],
    [""],
    ["12345"],
  ])("leaves %p unmapped", (text) => {
    expect(matcher.infer(text)).toBeNull();
  });

  it("maps nothing with an empty catalog", () => {
    expect(new ObjectiveMatcher([]).infer("Marco regulatorio")).toBeNull();
  });
});

describe("mapRow", () => {
  it("with an objective column, uses the cell and only suggests from the wording", () => {
    expect(mapRow(matcher, true, key("Marco regulatorio de la ESCO actualizado"), "OE2")).toEqual({
      objective: "OE2",
      via: "column",
      suggestion: null,
    });
    expect(mapRow(matcher, true, key("Marco regulatorio de la ESCO actualizado"), null)).toEqual({
      objective: null,
      via: null,
      suggestion: "OE7",
    });
    expect(mapRow(matcher, true, key("Lorem ipsum"), "OE99")).toEqual({ objective: null, via: null, suggestion: null });
  });
  it("without one, infers", () => {
    expect(mapRow(matcher, false, key("Marco regulatorio de la ESCO actualizado"), null)).toEqual({
      objective: "OE7",
      via: "inferred",
      suggestion: null,
    });
    expect(mapRow(matcher, false, key("Lorem ipsum"), null)).toEqual({ objective: null, via: null, suggestion: null });
  });
});
