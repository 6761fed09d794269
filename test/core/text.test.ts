import { cellText, compactKey, normalizeText, shorten, stripAccents } from "../../src/core/text";

describe("text normalisation", () => {
  it("drops case, accents, surrounding space, trailing periods and inner runs of space", () => {
    expect(normalizeText("  Septiembre. ")).toBe("septiembre");
    expect(normalizeText("Objetivo   Estratégico")).toBe("objetivo estrategico");
    expect(normalizeText("Sí\u00a0")).toBe("si");
    expect(normalizeText("Línea\nnueva")).toBe("linea nueva");
    expect(normalizeText("Ene...")).toBe("ene");
  });
  it("strips accents and tildes", () => {
    expect(stripAccents("Año Ñandú Éxito")).toBe("Ano Nandu Exito");
  });
  it("compacts ids so spacing does not matter", () => {
    expect(compactKey("OE 3")).toBe(compactKey("oe3"));
  });
  it("gives every cell kind a text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText("  a  b ")).toBe("a b");
    expect(cellText(3)).toBe("3");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });
  it("shortens long texts at a word with an ellipsis", () => {
    const s = shorten("Recursos para el fortalecimiento de la ESCO gestionados", 25);
    expect(s.endsWith("…")).toBe(true);
    expect(s.length).toBeLessThanOrEqual(26);
    expect(s.startsWith("Recursos para el")).toBe(true);
    expect(shorten("corto", 25)).toBe("corto");
  });
});
