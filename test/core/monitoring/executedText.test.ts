import fc from "fast-check";
import { unambiguousAmount } from "../../../src/core/monitoring/executedText";
import { parseNumberText } from "../../../src/core/numberText";

describe("Realizado text the add-in turns into a number", () => {
  it.each([
    ["3 ", 3],
    [" 12", 12],
    ["0", 0],
    ["2,5", 2.5],
    ["0.75", 0.75],
    [".5", 0.5],
    ["0.500", 0.5],
    ["1234.5", 1234.5],
    ["1.500.000", 1500000],
    ["1,500.50", 1500.5],
    ["1.500,50", 1500.5],
    ["10 000", 10000],
    ["\u00a07\u00a0", 7],
  ])("%j becomes %p", (text, value) => {
    expect(unambiguousAmount(text)).toBe(value);
  });

  it.each(["1.500", "1,500", "12.000", "$ 250", "Bs 980,50", "50%", "-5", "3 talleres", "hola", "", "  ", "1..5", "X"])("%j is left as typed", (text) => {
    expect(unambiguousAmount(text)).toBeNull();
  });

  it("leaves numbers, blanks and other values alone (they are numbers already, or not text)", () => {
    for (const v of [3, 0, null, true, new Date(0)]) expect(unambiguousAmount(v)).toBeNull();
  });

  it("never gives a value §4's reading would not: what it turns is the number the validation report reads", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,  ".split(""), "\u00a0"), maxLength: 12 }), (text) => {
        const n = unambiguousAmount(text);
        if (n !== null) expect(n).toBe(parseNumberText(text)?.value);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});
