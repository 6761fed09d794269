import { MONTH_NAMES, monthIndex, monthNumber } from "../../src/core/months";

/** Every spelling of §3, by month. */
const CONTRACT_VARIANTS: string[][] = [
  ["Ene", "Enero", "Jan", "January"],
  ["Feb", "Febrero"],
  ["Mar", "Marzo"],
  ["Abr", "Abril", "Apr"],
  ["May", "Mayo"],
  ["Jun", "Junio"],
  ["Jul", "Julio"],
  ["Ago", "Agosto", "Aug"],
  ["Sep", "Sept", "Set", "Septiembre", "Setiembre"],
  ["Oct", "Octubre"],
  ["Nov", "Noviembre"],
  ["Dic", "Diciembre", "Dec"],
];

describe("monthIndex (contract §3)", () => {
  CONTRACT_VARIANTS.forEach((variants, month) => {
    for (const v of variants) {
      it(`reads ${v} as month ${month + 1}, whatever its case, spacing or trailing period`, () => {
        expect(monthIndex(v)).toBe(month);
        expect(monthIndex(v.toUpperCase())).toBe(month);
        expect(monthIndex(v.toLowerCase())).toBe(month);
        expect(monthIndex(`  ${v}  `)).toBe(month);
        expect(monthIndex(`${v}.`)).toBe(month);
        expect(monthIndex(` ${v.toUpperCase()}. `)).toBe(month);
      });
    }
  });

  it("ignores accents", () => {
    expect(monthIndex("Éne")).toBe(0);
    expect(monthIndex("Díc")).toBe(11);
    expect(monthIndex("AGÓSTO")).toBe(7);
  });

  it("knows every name once, in month order", () => {
    const all = MONTH_NAMES.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it("reads names carrying a year (§8)", () => {
    expect(monthIndex("Ene-24")).toBe(0);
    expect(monthIndex("Enero 2024")).toBe(0);
    expect(monthIndex("feb. 2024")).toBe(1);
    expect(monthIndex("Sept/24")).toBe(8);
    expect(monthIndex("Dic '24")).toBe(11);
  });

  it("reads a date cell as its month (§8)", () => {
    expect(monthIndex(new Date(Date.UTC(2024, 4, 1)))).toBe(4);
    expect(monthIndex(new Date(Number.NaN))).toBeNull();
  });

  it.each([["Mes"], ["Enero de trabajo"], ["Resultado"], ["Ma"], [""], ["Se"], ["2024"], ["Ene 123"]])("rejects %p", (v) => {
    expect(monthIndex(v)).toBeNull();
  });

  it("rejects numbers, booleans, errors and null (numbers are months only as a run on a row)", () => {
    expect(monthIndex(3)).toBeNull();
    expect(monthIndex(true)).toBeNull();
    expect(monthIndex({ error: "#N/A" })).toBeNull();
    expect(monthIndex(null)).toBeNull();
  });

  it("reads month numbers 1…12 as numbers or text", () => {
    expect(monthNumber(1)).toBe(1);
    expect(monthNumber("12")).toBe(12);
    expect(monthNumber(" 03 ")).toBe(3);
    expect(monthNumber(13)).toBeNull();
    expect(monthNumber(1.5)).toBeNull();
    expect(monthNumber("Ene")).toBeNull();
  });
});
