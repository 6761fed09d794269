import fc from "fast-check";
import { parseCell } from "../../src/core/address";
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { escoTemplate } from "../../src/core/escoTemplate";
import { shorten } from "../../src/core/text";
import { validateWorkbook } from "../../src/core/validate";
import { CONTRACT_SEVERITY } from "./contractTables";
import { MONTHS_ES } from "./grids";

const monthWords = [
  "Ene",
  "enero",
  "JAN",
  "Feb",
  "Mar.",
  "Abr",
  "May",
  "Jun",
  "Jul",
  "Ago",
  "Set",
  "Sept",
  "Oct",
  "Nov",
  "Dic",
  "Dec",
  "Ene-24",
  "Enero 2024",
];
const marks = ["X", "x", " X ", "✓", "Sí", "Yes", "•", "N/A", "-", "0", "2", "abc", "X/X", "XX", "50%", "0,5", "—", "NA"];
const labels = [
  "Resultado",
  "Resultados",
  "Result",
  "Objetivo",
  "Objetivo estratégico",
  "OE",
  "ID",
  "N°",
  "6.  ACTIVIDAD",
  "Proyecto",
  "Metas",
  "Programado",
  "Realizado",
  "2024",
  "Plan Operativo Anual 2024",
];
const texts = [
  "Marco regulatorio de la ESCO actualizado",
  "Recursos para el fortalecimiento de la ESCO gestionados",
  "Compra de mobiliario",
  "OE3",
  "oe 7",
  "OE 4: Incrementar la cobertura",
  "O.E. 2.",
  "Actividades no planificadas",
  "3",
  "",
  "   ",
  "=SUMA(A1)",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...monthWords) },
  { weight: 3, arbitrary: fc.constantFrom(...marks) },
  { weight: 1, arbitrary: fc.constantFrom(...labels) },
  { weight: 2, arbitrary: fc.constantFrom(...texts) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 2100 }), fc.double({ noNaN: false }), fc.constantFrom(0.5, 0.25, 1, 12)) },
  { weight: 1, arbitrary: fc.date({ min: new Date(-1e13), max: new Date(1e13) }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }) },
);

const merge: fc.Arbitrary<MergedRange> = fc
  .record({ top: fc.nat(45), left: fc.nat(25), h: fc.nat(4), w: fc.nat(4) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

/** A header row likely to be recognised: most months shuffled in, a result label, maybe an objective label. */
const headerRowDropping = (maxDrop: number): fc.Arbitrary<CellValue[]> =>
  fc
    .record({
      drop: fc.subarray([...MONTHS_ES.keys()], { maxLength: maxDrop }),
      order: fc.shuffledSubarray([...MONTHS_ES.keys()], { minLength: 12, maxLength: 12 }),
      lead: fc.array(fc.constantFrom<CellValue>("Resultado", "Objetivo", "OE", "N°", "Proyecto", "Meta", null), { maxLength: 4 }),
      result: fc.constantFrom<CellValue[]>(["Resultado"], ["Resultados"], ["Objetivo", "Resultado"], ["6. ACTIVIDAD"], ["Proyecto", "Actividad"], []),
    })
    .map(({ drop, order, lead, result }) => [...lead, ...result, ...order.filter((m) => !drop.includes(m)).map((m) => MONTHS_ES[m])]);
/** Up to three months missing: sometimes a header (≥ 10 months), sometimes not. */
const headerRow = headerRowDropping(3);

const sheetArb = (name: fc.Arbitrary<string>): fc.Arbitrary<SheetGrid> =>
  fc
    .record({
      name,
      rows: fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 40 }),
      header: fc.option(fc.record({ at: fc.nat(32), row: headerRow }), { nil: undefined, freq: 5 }),
      merges: fc.option(fc.array(merge, { maxLength: 6 }), { nil: undefined }),
      // §8 colour marks: ragged fills, some white, some not, sometimes none at all.
      fills: fc.option(fc.array(fc.array(fc.constantFrom<string | null>(null, null, "FFFFFF", "FFC000", "D9D9D9"), { maxLength: 24 }), { maxLength: 44 }), {
        nil: undefined,
      }),
      // §3 v2: some sheets hidden, read only after the visible ones.
      hidden: fc.boolean(),
    })
    .map(({ name: n, rows, header, merges, fills, hidden }) => {
      const values = rows.map((r) => r.slice());
      if (header) {
        while (values.length <= header.at) values.push([]);
        values[header.at] = header.row;
      }
      const grid: SheetGrid = { name: n, values, merges, fills };
      if (hidden) grid.hidden = true;
      return grid;
    });

/** Sheet names are unique in a workbook (Excel ignores case when comparing them). */
const bookArb: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(sheetArb(fc.constantFrom("Objetivos", "Objectives", "Matriz POA 2024", "Hoja1", "POA")), {
    maxLength: 4,
    selector: (s) => s.name.toLowerCase(),
  })
  .map((sheets) => ({ sheets }));

describe("validateWorkbook over random grids", () => {
  it("never throws, keeps issues inside their sheet, pairs codes with their severity, and counts right", () => {
    let reports = 0;
    let issues = 0;
    fc.assert(
      fc.property(
        bookArb,
        fc.constantFrom("es" as const, "en" as const),
        fc.option(fc.constantFrom("Hoja1", "POA", "Nada"), { nil: undefined, freq: 2 }),
        (book, lang, sheet) => {
          const outcome = validateWorkbook(book, { lang, sheet });
          if (!outcome.ok) {
            expect(["NO_SHEETS", "SHEET_NOT_FOUND", "NO_MATRIX", "FOREIGN_MONTHS", "PERIODS_ONLY"]).toContain(outcome.notFound.reason);
            expect(outcome.notFound.message.length).toBeGreaterThan(10);
            return;
          }
          const r = outcome.report;
          reports++;
          issues += r.issues.length;
          let errors = 0;
          let warnings = 0;
          for (const issue of r.issues) {
            expect(issue.severity).toBe(CONTRACT_SEVERITY[issue.code]);
            if (issue.severity === "error") errors++;
            else warnings++;
            expect(issue.message.length).toBeGreaterThan(10);
            const grid = book.sheets.find((s) => s.name === issue.sheet);
            expect(grid).toBeDefined();
            if (issue.cell !== null && grid) {
              const { row, col } = parseCell(issue.cell);
              expect(row).toBeLessThan(grid.values.length);
              expect(col).toBeLessThan(Math.max(0, ...grid.values.map((v) => v.length)));
            } else {
              expect(["MONTH_COLUMN_MISSING", "OBJECTIVE_NOT_COVERED", "YEAR_CONFLICT", "CATALOG_MISSING"]).toContain(issue.code);
            }
            if (issue.fix) {
              expect(issue.fix.sheet).toBe(issue.sheet);
              expect(issue.fix.cell).toBe(issue.cell);
            }
          }
          expect(r.summary.errors).toBe(errors);
          expect(r.summary.warnings).toBe(warnings);
          expect(r.summary.objectivesTotal).toBe(r.objectives.length);
          expect(r.summary.objectivesCovered).toBe(r.objectives.filter((o) => o.covered).length);
          for (const o of r.objectives) expect(o.months).toHaveLength(12);
          for (let i = 0; i < r.results.length; i++) {
            expect(r.results[i].months).toHaveLength(12);
            if (i > 0) expect(r.results[i].row).toBeGreaterThan(r.results[i - 1].row);
          }
          expect(r.year === null || (r.year >= 1990 && r.year <= 2100)).toBe(true);
          // Row issues come in row order after the header's, before the catalog's.
          // (RESULT_UNMAPPED may point up at the top-left of an objective cell merged over several rows;
          // YEAR_CONFLICT points at the title, OBJECTIVE_NOT_COVERED of a column catalog (§8) at the matrix.)
          const rows = r.issues
            .filter(
              (i) =>
                i.sheet === r.sheet && i.cell !== null && !["RESULT_UNMAPPED", "YEAR_CONFLICT", "OBJECTIVE_NOT_COVERED"].includes(i.code),
            )
            .map((i) => parseCell(i.cell as string).row);
          expect(rows).toEqual([...rows].sort((a, b) => a - b));
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        },
      ),
      { numRuns: 400 },
    );
    // The generator must reach the reader's checks, not only its "no matrix" exit.
    expect(reports).toBeGreaterThan(40);
    expect(issues).toBeGreaterThan(100);
  });

  it("finds the matrix whenever a recognisable header sits in the first 200 rows of the only sheet", () => {
    fc.assert(
      fc.property(headerRowDropping(2), fc.nat(199), (row, at) => {
        // Any row label of §3/§8 makes it a matrix header.
        if (!row.some((c) => c === "Resultado" || c === "6. ACTIVIDAD" || c === "Proyecto" || c === "Meta")) return;
        const values: CellValue[][] = Array.from({ length: at }, () => ["título"]);
        values.push(row);
        const outcome = validateWorkbook({ sheets: [{ name: "S", values }] });
        expect(outcome.ok).toBe(true);
      }),
    );
  });
});

/** Wording a municipality or a ministry might use: nothing of ESCO's plan. */
const ownTexts = [
  "Realizar proceso de contratación de personal de aseo",
  "Coordinar reuniones con el equipo de trabajo",
  "Verificar el cumplimiento del aseo y limpieza",
  "Compra de mobiliario",
  "Talleres de lectura y escritura",
  "OE3",
  "oe 7",
  "3",
  "",
];

const ownCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...monthWords) },
  { weight: 3, arbitrary: fc.constantFrom(...marks) },
  { weight: 1, arbitrary: fc.constantFrom(...labels) },
  { weight: 3, arbitrary: fc.constantFrom(...ownTexts) },
);

/** Sheets with no catalog sheet and no ESCO text: a plan of another institution. */
const ownBookArb: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(
    fc.record({
      name: fc.constantFrom("POA 2025", "Hoja1", "Matriz", "Plan"),
      title: fc.constantFrom<CellValue>("Alcaldía Municipal de Santa Ana — POA 2025", "Secretaría de Cultura", null),
      rows: fc.array(fc.array(ownCell, { maxLength: 18 }), { maxLength: 25 }),
      header: headerRow,
      at: fc.nat(6),
      hidden: fc.boolean(),
    }),
    { maxLength: 3, selector: (s) => s.name.toLowerCase() },
  )
  .map((sheets) => ({
    sheets: sheets.map(({ name, title, rows, header, at, hidden }) => {
      const values: CellValue[][] = [[title], ...Array.from({ length: at }, () => [] as CellValue[]), header, ...rows];
      return hidden ? { name, values, hidden } : { name, values };
    }),
  }));

describe("another institution's plan (contract §3 v2)", () => {
  it("is never judged against the template's objectives: no issue names one, and without a catalog no objective check runs", () => {
    const template = escoTemplate();
    const templateTexts = template.objectives.map((o) => shorten(o.text, 30).replace(/…$/, ""));
    let none = 0;
    fc.assert(
      fc.property(ownBookArb, fc.constantFrom("es" as const, "en" as const), (book, lang) => {
        const outcome = validateWorkbook(book, { lang });
        if (!outcome.ok) return;
        const r = outcome.report;
        expect(r.catalog).not.toBe("template");
        for (const issue of r.issues) for (const text of templateTexts) expect(issue.message).not.toContain(text);
        for (const o of r.objectives) expect(templateTexts.some((t) => o.text.startsWith(t))).toBe(false);
        if (r.catalog !== "none") return;
        none++;
        expect(r.objectives).toEqual([]);
        expect(r.summary.objectivesTotal).toBe(0);
        expect(r.results.every((x) => x.objective === null)).toBe(true);
        const codes = r.issues.map((i) => i.code);
        for (const code of ["RESULT_UNMAPPED", "RESULT_MAPPING_INFERRED", "OBJECTIVE_NOT_COVERED", "DUPLICATE_RESULT"] as const) expect(codes).not.toContain(code);
        expect(codes.filter((c) => c === "CATALOG_MISSING")).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
    // The generator must reach the no-catalog case, not only reports with a column catalog.
    expect(none).toBeGreaterThan(50);
  });
});
