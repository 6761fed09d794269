import { defaultCorte, isCorte, resolveCorte } from "../../../src/core/monitoring/corte";

const today = { year: 2025, month: 5 }; // some day in May 2025

describe("the corte (§9)", () => {
  it("defaults to 12 for a past year's plan, the month before today's for this year's, 0 for a future year's", () => {
    expect(defaultCorte(2024, today)).toBe(12);
    expect(defaultCorte(2025, today)).toBe(4);
    expect(defaultCorte(2026, today)).toBe(0);
  });

  it("is 0 in January of the plan's year, and 11 in December", () => {
    expect(defaultCorte(2025, { year: 2025, month: 1 })).toBe(0);
    expect(defaultCorte(2025, { year: 2025, month: 12 })).toBe(11);
  });

  it("takes a plan with no year as this year's", () => {
    expect(defaultCorte(null, today)).toBe(4);
  });

  it("uses a given corte, 0 and 12 included, over the default", () => {
    expect(resolveCorte(0, 2024, today)).toBe(0);
    expect(resolveCorte(12, 2026, today)).toBe(12);
    expect(resolveCorte(null, 2024, today)).toBe(12);
    expect(resolveCorte(undefined, 2026, today)).toBe(0);
  });

  it("with neither a given corte nor today's date, takes the whole year as due", () => {
    expect(resolveCorte(undefined, 2026, undefined)).toBe(12);
    expect(resolveCorte(3, 2026, undefined)).toBe(3);
  });

  it("is a whole month 0…12, nothing else", () => {
    for (const ok of [0, 1, 6, 12]) expect(isCorte(ok)).toBe(true);
    for (const bad of [-1, 13, 2.5, Number.NaN, "3", null]) expect(isCorte(bad)).toBe(false);
    expect(() => resolveCorte(13, 2025, today)).toThrow(RangeError);
  });
});
