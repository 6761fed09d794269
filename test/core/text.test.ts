import fc from "fast-check";
import { cellText, collapseSpaces, compactKey, normalizeText, shorten, stripAccents } from "../../src/core/text";

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

describe("collapseSpaces", () => {
  it("collapses every white space \\s knows, wherever it stands, and leaves tidy text as it is", () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const t of [`a${u}b`, `${u}a`, `a${u}`, `a${u}${u}b`]) {
        const expected = t.replace(/\s+/g, " ").trim();
        if (collapseSpaces(t) !== expected) throw new Error(`collapseSpaces ${JSON.stringify(t)}: ${JSON.stringify(collapseSpaces(t))}`);
      }
    }
  });
});

describe("the comparison key's defining properties", () => {
  const alphabet = fc.constantFrom(
    ..."aAzZ09 .,-_:/ÁÉÍÓÚáéíóúÑñÜüçÇ°º•—–\t\n\r\u000b\u000c\u00a0\u2000\u2007\u200a\u2028\u202f\u205f\u3000\ufeff\u0301\u0303\u0308".split(""),
    "e\u0301",
  );
  const texts = fc.array(alphabet, { maxLength: 24 }).map((xs) => xs.join(""));

  it("is lower case, accent-free, single-spaced, trimmed and without trailing periods, and normalising it again changes nothing", () => {
    fc.assert(
      fc.property(texts, (t) => {
        const key = normalizeText(t);
        return (
          key === key.toLowerCase() &&
          !/[\u0300-\u036f]/.test(key.normalize("NFD")) &&
          !/\s\s|^\s|\s$|[^ \S]/.test(key) &&
          !/[\s.]$/.test(key) &&
          normalizeText(key) === key
        );
      }),
      { numRuns: 5_000, seed: 7 },
    );
  });

  it("ignores case, accents and how spaces are written: the reader may key a collapsed label", () => {
    fc.assert(
      fc.property(texts, (t) => {
        const key = normalizeText(t);
        return normalizeText(collapseSpaces(t)) === key && normalizeText(stripAccents(t).toUpperCase()) === key && normalizeText(t.replace(/ /g, "\u00a0\t")) === key;
      }),
      { numRuns: 5_000, seed: 5 },
    );
  });
});
