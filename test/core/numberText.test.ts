import fc from "fast-check";
import { classifyMark } from "../../src/core/marks";
import { isAmbiguousSeparator, parseAmountText, parseNumberText, parseQuantityText } from "../../src/core/numberText";

describe("parseNumberText (contract §4 v2: numbers stored as text)", () => {
  it.each([
    ["10,000.00 ", 10000],
    ["1.500", 1500],
    ["1,500", 1500],
    ["$ 250", 250],
    ["$250", 250],
    ["250 $", 250],
    ["Bs 980,50", 980.5],
    ["Bs. 980,50", 980.5],
    ["980,50 Bs", 980.5],
    ["US$ 1,250.75", 1250.75],
    ["USD 100", 100],
    ["₡ 5 000", 5000],
    ["10\u00a0000,5", 10000.5],
    ["1.234.567,89", 1234567.89],
    ["1,234,567.89", 1234567.89],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    [".5", 0.5],
    [",5", 0.5],
    ["007", 7],
    ["0.00", 0],
    ["-250", -250],
    ["- 3", -3],
  ])("%p is %p", (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percent: false });
  });

  it.each([
    ["50%", 0.5],
    ["12.5 %", 0.125],
    ["0%", 0],
  ])("%p is the share %p", (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, percent: true });
  });

  it.each([["abc"], [""], ["   "], ["1.2.3"], ["1,2.3"], ["1.50.000"], ["12 34"], ["Bs980"], ["US$250"], ["5."], ["+5"], ["(5)"], ["1e3"], ["$ %"], ["$ 5 %"], ["2 libros"], ["--5"]])(
    "%p is no number",
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );

  it("reads a quantity followed by its unit, the longest number first", () => {
    expect(parseQuantityText("2,000 libros producidos")).toEqual({ value: 2000, percent: false, unit: "libros producidos" });
    expect(parseQuantityText("25% de la obra")).toEqual({ value: 0.25, percent: true, unit: "de la obra" });
    expect(parseQuantityText("2 000 libros")).toEqual({ value: 2000, percent: false, unit: "libros" });
    expect(parseQuantityText("$ 250 en materiales")).toEqual({ value: 250, percent: false, unit: "en materiales" });
    expect(parseQuantityText("15 / 03")).toBeNull();
    expect(parseQuantityText("Enero 2024")).toBeNull();
    expect(parseQuantityText("250")).toBeNull();
  });
});

/** A non-negative amount written as a planner of one convention would type it. */
const style = fc.record({
  thousands: fc.constantFrom(",", ".", " ", "\u00a0", ""),
  currency: fc.constantFrom("", "$", "$ ", "Bs ", "US$ ", " USD", " $", "₡"),
  decimals: fc.constantFrom(0, 1, 2),
});

function formatAmount(cents: number, s: { thousands: string; currency: string; decimals: number }): { text: string; value: number } {
  const scale = 10 ** s.decimals;
  const units = Math.floor(cents / 100);
  const fraction = Math.floor(((cents % 100) * scale) / 100);
  const decimal = s.thousands === "," ? "." : ",";
  const whole = String(units).replace(/\B(?=(\d{3})+(?!\d))/g, s.thousands);
  const number = s.decimals > 0 ? `${whole}${decimal}${String(fraction).padStart(s.decimals, "0")}` : whole;
  const text = s.currency.startsWith(" ") ? number + s.currency : s.currency + number;
  return { text, value: units + fraction / scale };
}

describe("numbers stored as text, for any amount and convention", () => {
  it("mean the amount that was formatted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), style, (cents, s) => {
        // Decimals stop at two: "1.500" alone reads as thousands (decided), never as 1.5.
        const { text, value } = formatAmount(cents, s);
        expect(parseNumberText(text)?.value).toBeCloseTo(value, 6);
      }),
      { seed: 4242, numRuns: 500 },
    );
  });

  it("classify as the number they hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), style, (cents, s) => {
        const { text, value } = formatAmount(cents, s);
        expect(classifyMark(text)).toEqual(classifyMark(value));
      }),
      { seed: 99, numRuns: 500 },
    );
  });

  it("followed by words, are a scheduled non-standard mark when positive and a zero when nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), style, fc.constantFrom("libros", "talleres realizados", "de la obra", "informes"), (cents, s, unit) => {
        const { text, value } = formatAmount(cents, s);
        const mark = classifyMark(`${text} ${unit}`);
        expect(mark).toEqual(value > 0 ? { kind: "nonstandard", scheduled: true } : { kind: "zero", scheduled: false });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("never throw and give a finite number or none, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,-% $Bsx\u00a0€".split("")), maxLength: 14 }), (text) => {
        const n = parseNumberText(text);
        if (n !== null) expect(Number.isFinite(n.value)).toBe(true);
        expect(["empty", "canonical", "quantity", "zero", "notApplicable", "nonstandard", "invalid"]).toContain(classifyMark(text).kind);
      }),
      { seed: 1, numRuns: 2000 },
    );
  });
});

describe("parseAmountText and isAmbiguousSeparator", () => {
  it("reads a number alone, else a quantity with its unit", () => {
    expect(parseAmountText("1.500")).toEqual({ value: 1500, percent: false });
    expect(parseAmountText("2,000 libros producidos")).toEqual({ value: 2000, percent: false, unit: "libros producidos" });
    expect(parseAmountText("libros")).toBeNull();
  });

  it("flags a lone separator before three digits as the reading that could be either", () => {
    for (const t of ["1.500", "1,500", "999,000"]) expect(isAmbiguousSeparator(t)).toBe(true);
    for (const t of ["0.500", "1234.500", "1,5", "1.500.000", "1,500.50", "1 500"]) expect(isAmbiguousSeparator(t)).toBe(false);
  });
});
