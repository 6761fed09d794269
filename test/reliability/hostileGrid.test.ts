import fc from "fast-check";
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";
import { RUNS } from "./workbookState";

/**
 * Hostile input for the core reader: whatever grid a shell hands it (huge or odd strings, control
 * characters, every Unicode plane, 10,000-column rows, NaN/Infinity, invalid dates, odd error objects,
 * overlapping, nested, out-of-grid and sheet-sized merges), `validateWorkbook` returns an outcome
 * and never throws. No timing: a hang fails through jest's timeout.
 */

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // Control characters, bidi overrides, zero-width and lone surrogates.
  fc.array(fc.constantFrom("\u0000", "\u0007", "\t", "\r", "\n", "\u001b", "\u202e", "\u200b", "\ufeff", "\ud800", "\udfff", "X", "Ene", " "), { maxLength: 30 }).map((a) => a.join("")),
  fc.constantFrom("=cmd|' /C calc'!A0", "@SUM(1)", "+1+1", "-2+3", "\t=1+1", "\r=1", "Resultado", "Resultado\u0000", "OE1", "Objetivo", "__proto__", "constructor", "toString", "hasOwnProperty"),
  // Huge strings: a month-like word or a result padded to 100,000 characters.
  fc.constantFrom("Resultado", "Ene", "X", "ñ", "😀").map((s) => s.repeat(Math.ceil(100_000 / s.length))),
);

const hostileValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(...MONTHS, "Resultado", "Objetivo", "N°", "X", "x", "Sí") },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 2 ** 53 + 1, 0.5, 1, 12, 2024) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(new Date(NaN), new Date(8.64e15), new Date(-8.64e15), new Date(0), new Date(Date.UTC(2024, 0, 1))) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "" }, { error: "\u0000" }, { error: "#REF!".repeat(1000) }),
  },
);

const mergeArb: fc.Arbitrary<MergedRange> = fc.oneof(
  fc.record({ top: fc.integer({ min: 0, max: 40 }), left: fc.integer({ min: 0, max: 30 }), bottom: fc.integer({ min: 0, max: 40 }), right: fc.integer({ min: 0, max: 30 }) }),
  // Normalised, possibly overlapping or nested, possibly beyond the grid.
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 })).map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })),
  // A whole sheet, a whole column, a whole row, as a file may declare them.
  fc.constantFrom<MergedRange>({ top: 0, left: 0, bottom: 1048575, right: 16383 }, { top: 0, left: 3, bottom: 1048575, right: 3 }, { top: 5, left: 0, bottom: 5, right: 16383 }),
);

/** A sheet that often holds a month header and a result column, so the deep paths run on hostile rows. */
const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.oneof(fc.constantFrom("Matriz POA 2024", "Objetivos", "Objectives", "Hoja1", ""), hostileString.map((s) => s.slice(0, 31))),
    headerRow: fc.option(fc.integer({ min: 0, max: 35 }), { nil: undefined }),
    monthsAt: fc.integer({ min: 0, max: 20 }),
    rows: fc.array(fc.array(hostileValue, { maxLength: 24 }), { maxLength: 40 }),
    merges: fc.option(fc.array(mergeArb, { maxLength: 8 }), { nil: undefined }),
    fills: fc.boolean(),
  })
  .map(({ name, headerRow, monthsAt, rows, merges, fills }) => {
    const values: CellValue[][] = rows.map((r) => r.slice());
    if (headerRow !== undefined) {
      while (values.length <= headerRow + 1) values.push([]);
      const header: CellValue[] = [];
      header[Math.max(0, monthsAt - 1)] = "Resultado";
      MONTHS.forEach((m, i) => (header[monthsAt + i] = m));
      values[headerRow] = header;
    }
    // Sparse rows are allowed by the grid type (missing cells are null).
    const grid: SheetGrid = { name, values, merges };
    if (fills) grid.fills = values.map((r) => r.map((v, i) => (i % 3 === 0 ? "FFFF00" : v === null ? "ZZZZZZ" : null)));
    return grid;
  });

function expectWellFormed(book: WorkbookGrid, options: Parameters<typeof validateWorkbook>[1]): boolean {
  const outcome = validateWorkbook(book, options);
  if (!outcome.ok) {
    expect(typeof outcome.notFound.message).toBe("string");
    expect(outcome.notFound.message.length).toBeGreaterThan(0);
    return false;
  }
  const r = outcome.report;
  // The report is plain data a CLI can print as JSON, and its summary counts its issues.
  expect(() => JSON.stringify(r)).not.toThrow();
  expect(r.summary.errors).toBe(r.issues.filter((i) => i.severity === "error").length);
  expect(r.summary.warnings).toBe(r.issues.filter((i) => i.severity === "warning").length);
  for (const i of r.issues) expect(typeof i.message).toBe("string");
  for (const res of r.results) expect(res.months).toHaveLength(12);
  return true;
}

describe("the core reader on hostile grids", () => {
  it("never throws on random hostile workbooks, in both languages, with or without a sheet named", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 0, maxLength: 3 }), fc.constantFrom<"es" | "en">("es", "en"), fc.option(fc.constantFrom("Matriz POA 2024", "Objetivos", "nope", ""), { nil: undefined }), (sheets, lang, sheet) => {
        if (expectWellFormed({ sheets }, { lang, sheet })) found++;
      }),
      { numRuns: RUNS * 8 },
    );
    // The generator reaches the checks, not only "no matrix found".
    expect(found).toBeGreaterThan(0);
  }, 60_000);

  it("reads 10,000-column rows and a header pushed to the far right", () => {
    const wide: CellValue[] = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? "X" : i % 5 === 0 ? NaN : `c${i}`));
    const header: CellValue[] = [];
    header[9_986] = "Resultado";
    MONTHS.forEach((m, i) => (header[9_987 + i] = m));
    const rows: CellValue[][] = [header, ...Array.from({ length: 50 }, () => wide.slice())];
    expect(expectWellFormed({ sheets: [{ name: "Ancha", values: rows }] }, {})).toBe(true);
    expectWellFormed({ sheets: [{ name: "Ancha", values: [wide, wide, header, wide] }] }, { sheet: "Ancha" });
  }, 30_000);

  it("survives a sheet-sized merge over a matrix, and merges over the header and the result column", () => {
    const header: CellValue[] = ["N°", "Objetivo", "Resultado", ...MONTHS];
    const body: CellValue[][] = Array.from({ length: 200 }, (_, i) => [i + 1, `OE${(i % 7) + 1}`, `R${i}`, "X"]);
    for (const merges of [
      [{ top: 0, left: 0, bottom: 1048575, right: 16383 }],
      [{ top: 0, left: 2, bottom: 1048575, right: 2 }],
      [{ top: 0, left: 0, bottom: 0, right: 16383 }, { top: 0, left: 0, bottom: 3, right: 3 }, { top: 1, left: 1, bottom: 2, right: 2 }],
    ]) {
      expectWellFormed({ sheets: [{ name: "M", values: [header, ...body], merges }] }, {});
    }
  }, 30_000);

  it("keeps hostile text as data: prototype keys, formula-like and control-character results are reported as text", () => {
    const header: CellValue[] = ["N°", "Objetivo", "Resultado", ...MONTHS];
    const texts = ["__proto__", "constructor", "=cmd|' /C calc'!A0", "\u0000\u202e", "@SUM(1)"];
    const body: CellValue[][] = texts.map((t, i) => [i + 1, "OE1", t, "X"]);
    const outcome = validateWorkbook({ sheets: [{ name: "Matriz POA 2024", values: [header, ...body] }] });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.report.results.map((r) => r.text)).toEqual(texts);
  });
});
