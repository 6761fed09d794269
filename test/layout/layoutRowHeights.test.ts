import fc from "fast-check";
import { linesHeight, wrappedLines } from "../../src/core/layoutRowHeights";

describe("wrapped text lines and row heights", () => {
  it("counts one line for short text, and breaks at words", () => {
    expect(wrappedLines("Completo", 15)).toBe(1);
    expect(wrappedLines("uno dos tres cuatro cinco seis siete ocho nueve diez", 20)).toBeGreaterThanOrEqual(3);
    expect(wrappedLines("línea uno\nlínea dos", 40)).toBe(2);
    expect(wrappedLines("a".repeat(100), 10)).toBeGreaterThanOrEqual(10);
  });

  it("never gives fewer lines for more text or a narrower column", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-ZáéíóúñÑ0-9.,]{1,14}$/), { maxLength: 40 }), fc.integer({ min: 4, max: 100 }), (words, width) => {
        const text = words.join(" ");
        const lines = wrappedLines(text, width);
        expect(wrappedLines(`${text} palabra`, width)).toBeGreaterThanOrEqual(lines);
        expect(wrappedLines(text, Math.max(1, width - 3))).toBeGreaterThanOrEqual(lines);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it("turns lines into points as Excel does for its 11 pt font, capped at 409 pt", () => {
    expect(linesHeight(1)).toBe(15);
    expect(linesHeight(3)).toBe(45);
    expect(linesHeight(1, 14)).toBe(19.5);
    expect(linesHeight(100)).toBe(409);
  });
});
