import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue } from "../../src/core/grid";
import { monthMarkValidationFormula } from "../../src/core/layout";
import { classifyMark } from "../../src/core/marks";
import { tempDir } from "./cliHarness";
import { convertWithLibreOffice, CSV_EVERY_SHEET, libreOfficeMissing, libreOfficeUsable, parseCsv } from "./libreOffice";

/**
 * The month cells' validation rule, evaluated as a formula recalculated by LibreOffice Calc on every
 * mark of contract §4 and on a generated set of typed entries, against the core's `classifyMark`: the
 * sheet must accept everything the core counts as scheduled or not scheduled, and refuse what it
 * calls invalid except where docs/behaviour.md ("Month cells in the sheet") says the sheet is wider.
 */

if (!libreOfficeUsable) console.log(`Month validation test skipped: ${libreOfficeMissing}.`);
const describeLo = libreOfficeUsable ? describe : describe.skip;

const NBSP = "\u00a0";

/** Contract §4, row by row, plus the v2 examples and the typos a planner makes. */
const CONTRACT_MARKS: CellValue[] = [
  "",
  "   ",
  "X",
  "x",
  "✓",
  "✔",
  "Sí",
  "Si",
  "sí",
  "si",
  "SÍ",
  "Yes",
  "YES",
  "•",
  " X ",
  `X${NBSP}`,
  "X\n",
  1,
  2,
  15,
  1000,
  "2",
  0,
  "0",
  "10,000.00 ",
  "1.500",
  "1,5",
  "$ 250",
  "$250",
  "Bs 980,50",
  "980,50 Bs",
  "US$ 1,250.75",
  "0.00",
  "25% de la obra",
  "2,000 libros producidos",
  "50%",
  0.5,
  "N/A",
  "NA",
  "n/a",
  "-",
  "—",
  "X/X",
  "XX",
  "hola",
  "pendiente",
  "No",
  "Enero",
  "sì",
  -1,
  -2.5,
  "-5",
  "-0",
  "Bs980",
  "ｘ",
];

/** Characters a planner types into a month cell (a keyboard's, no decomposed accents, no tabs). */
const TYPED = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(..."0123456789 .,%$-/xXsSíIeEyYnNaAbBuUlLqQ✓•—|".split(""), NBSP), maxLength: 9 }) },
  { weight: 1, arbitrary: fc.constantFrom("X", "Sí", "Yes", "N/A", "Bs", "US$", "USD", "$", "%", " ", "libros", "de la obra").chain((w) => fc.tuple(fc.constant(w), fc.nat(20000))).map(([w, n]) => `${w} ${n}`) },
  { weight: 1, arbitrary: fc.double({ min: -1000, max: 100000, noNaN: true }).map((n) => Math.round(n * 100) / 100) },
);

/**
 * Where the sheet is wider than the core (docs/behaviour.md): a text starting with a digit, `.`, `,`, a
 * currency sign or a no-break space, a text whose first space is followed by one of those digits and
 * separators, and mark words glued with `|` (the list's separator).
 */
function sheetMayAcceptAnyway(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  // As the sheet's TRIM: ordinary spaces only (a no-break space stays).
  const t = v.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
  if (t === "" || "0123456789.,$€₡¢£\u00a0".includes(t[0])) return true;
  const space = t.indexOf(" ");
  if (space >= 0 && "0123456789.,".includes(t[space + 1])) return true;
  return t.includes("|");
}

/** Where the core is wider than the sheet: a currency in letters set off by a no-break space or a line break (`Bs` + NBSP + `980`). */
function sheetMayRefuseAnyway(v: CellValue): boolean {
  return typeof v === "string" && /^\s*\p{L}\S*[\u00a0\n]/u.test(v);
}

describeLo("the month cells' validation rule, recalculated by LibreOffice", () => {
  const tmp = tempDir("poa-dv-");
  const generated = fc.sample(TYPED, { seed: 2024, numRuns: 400 }) as CellValue[];
  const probes: CellValue[] = [...CONTRACT_MARKS, ...generated];
  let accepted: boolean[] = [];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    const ws = wb.addWorksheet("Marcas");
    probes.forEach((value, i) => {
      const r = i + 1;
      if (value !== null && value !== "") ws.getCell(`A${r}`).value = value as ExcelJS.CellValue;
      ws.getCell(`B${r}`).value = { formula: `IF(${monthMarkValidationFormula(`A${r}`).slice(1)},1,0)` };
    });
    const file = tmp.file("marks.xlsx");
    await wb.xlsx.writeFile(file);
    const out = tmp.file("csv");
    convertWithLibreOffice([file], out, CSV_EVERY_SHEET, tmp.dir);
    const rows = parseCsv(readFileSync(path.join(out, "marks-Marcas.csv"), "utf8"));
    accepted = probes.map((_, i) => rows[i]?.[1] === "1");
  }, 180_000);

  afterAll(() => tmp.cleanup());

  it("accepts exactly the contract's scheduled and not-scheduled marks, and refuses its invalid ones", () => {
    const verdicts = CONTRACT_MARKS.map((v, i) => ({ mark: v, core: classifyMark(v).kind !== "invalid", sheet: accepted[i] }));
    expect(verdicts.filter((v) => v.core !== v.sheet)).toEqual([]);
    expect(verdicts.filter((v) => v.core).length).toBeGreaterThan(40);
  });

  it("never refuses a generated entry the core counts, and accepts an invalid one only where the docs say the sheet is wider", () => {
    const offset = CONTRACT_MARKS.length;
    const refusedButCounted = generated.filter((v, i) => classifyMark(v).kind !== "invalid" && !accepted[offset + i] && !sheetMayRefuseAnyway(v));
    const acceptedButInvalid = generated.filter((v, i) => classifyMark(v).kind === "invalid" && accepted[offset + i] && !sheetMayAcceptAnyway(v));
    expect({ refusedButCounted, acceptedButInvalid }).toEqual({ refusedButCounted: [], acceptedButInvalid: [] });
    // The generated set reaches both sides of the rule.
    expect(generated.filter((v) => classifyMark(v).kind === "invalid").length).toBeGreaterThan(50);
    expect(generated.filter((v) => classifyMark(v).kind !== "invalid").length).toBeGreaterThan(50);
  });
});
