import fc from "fast-check";
import {
  cellText,
  collapseSpaces,
  collapseSpacesSlow,
  compactKey,
  isWhiteSpaceCode,
  keyHash,
  normalizedHash,
  normalizeText,
  normalizeTextSlow,
  scanText,
  shorten,
  stripAccents,
  stripAccentsSlow,
} from "../../src/core/text";

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

/**
 * The fast paths of text.ts (char-code loops, a lookup table, a streamed hash) against the plain
 * definitions they replace: every code unit alone, every pair of table units, and random strings
 * mixing ASCII, accents composed and decomposed, white space of every kind, periods and other scripts.
 */
describe("text fast paths equal the reference definitions", () => {
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
  const scan = { hash: 0, tidy: false };

  it("sees white space as \\s does", () => {
    const differ = units.filter((u, c) => isWhiteSpaceCode(c) !== /\s/.test(u)).map((u) => u.charCodeAt(0));
    expect(differ).toEqual([]);
  });

  it("strips, collapses, normalises and hashes every code unit alone as the reference does", () => {
    for (const u of units) {
      for (const t of [u, ` ${u} `, `a${u}b`, `${u}.`]) {
        if (stripAccents(t) !== stripAccentsSlow(t)) throw new Error(`stripAccents ${JSON.stringify(t)}`);
        if (collapseSpaces(t) !== collapseSpacesSlow(t)) throw new Error(`collapseSpaces ${JSON.stringify(t)}`);
        if (normalizeText(t) !== normalizeTextSlow(t)) throw new Error(`normalizeText ${JSON.stringify(t)}`);
        if (normalizedHash(t) !== keyHash(normalizeTextSlow(t))) throw new Error(`normalizedHash ${JSON.stringify(t)}`);
        if (scanText(t, scan).tidy !== (collapseSpacesSlow(t) === t)) throw new Error(`scanText ${JSON.stringify(t)}`);
      }
    }
  });

  it("strips every pair of table units as the reference does (no reordering across them)", () => {
    const table: string[] = [];
    for (let c = 0x80; c < 0x250; c++) table.push(units[c]);
    for (let c = 0x300; c < 0x370; c++) table.push(units[c]);
    for (let c = 0x2000; c < 0x2070; c++) table.push(units[c]);
    for (const a of table) {
      for (const b of table) {
        const t = a + b;
        if (stripAccents(t) !== stripAccentsSlow(t)) throw new Error(`stripAccents ${JSON.stringify(t)}`);
        if (normalizedHash(t) !== keyHash(normalizeTextSlow(t))) throw new Error(`normalizedHash ${JSON.stringify(t)}`);
      }
    }
  });

  it("agrees on random mixed strings", () => {
    const alphabet = fc.constantFrom(
      ..."aAzZ09 .,-_:/ÁÉÍÓÚáéíóúÑñÜüçÇßİıǅǄŉ°º•—–\t\n\r\u000b\u000c\u00a0\u2000\u2007\u200a\u200b\u2028\u202f\u205f\u3000\ufeff\u0301\u0303\u0308\u0327\u0483\u05b0한語Ως🙂ﬁÅ".split(""),
      "\u212b",
      "\u1e09",
      "e\u0301",
      "\ud83d",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 24 }).map((xs) => xs.join("")),
        (t) =>
          stripAccents(t) === stripAccentsSlow(t) &&
          collapseSpaces(t) === collapseSpacesSlow(t) &&
          normalizeText(t) === normalizeTextSlow(t) &&
          normalizedHash(t) === keyHash(normalizeTextSlow(t)),
      ),
      { numRuns: 20_000, seed: 7 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 30 }),
        (t) => normalizeText(t) === normalizeTextSlow(t) && normalizedHash(t) === keyHash(normalizeTextSlow(t)),
      ),
      { numRuns: 5_000, seed: 11 },
    );
  });
});

describe("scanText and the collapse-invariance the reader relies on", () => {
  it("hashes like normalizedHash, tells tidy text, and normalising the collapsed text changes nothing", () => {
    const alphabet = fc.constantFrom(..."aAzZ09 .,-_:/ÁéÑüß\t\n\u00a0\u2000\u2003\u200b\u3000\ufeff\u0301\u0327\u0483한🙂".split(""));
    const out = { hash: 0, tidy: false };
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((xs) => xs.join("")), (t) => {
        scanText(t, out);
        return (
          out.hash === keyHash(normalizeTextSlow(t)) &&
          out.tidy === (collapseSpacesSlow(t) === t) &&
          normalizeTextSlow(collapseSpacesSlow(t)) === normalizeTextSlow(t)
        );
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });
});
