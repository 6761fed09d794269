/**
 * Byte-identical reports: the JSON of validateWorkbook over a fixed set of varied grids (fast-check
 * with a fixed seed, in Spanish and English) must hash to what the reader produced before its speed
 * work. Any change of behaviour, however small (a message, an issue's order, a key), shows here.
 *
 * The grids lean on what the fast paths touch: accented and decomposed text, odd white space, every
 * mark form, objective ids and texts, wording-only mapping, duplicates, merges, fills, sub-columns.
 *
 * Regenerate only on purpose (a behaviour change that is meant): POA_GOLDEN_WRITE=1 npx jest test/core/golden.
 * The hashes depend on fast-check's generation (pinned by package-lock): after upgrading it, regenerate
 * with the previous reader first.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { escoTemplate } from "../../src/core/escoTemplate";
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Lang } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { catalogSheet, MONTHS_ES, SEED_RESULTS } from "./grids";

const GOLDEN = path.join(__dirname, "golden", "validate.sha256.json");
const SEED = 20240611;
const CASES_PER_KIND = 60;

const template = escoTemplate();
const OBJ_TEXTS = template.objectives.map((o) => o.text);

/** Text that exercises normalisation: accents (composed and decomposed), case, odd spaces, other scripts. */
const tricky = [
  "Cooperación",
  "COOPERACIÓN INTERNACIONAL",
  "cooperacio\u0301n internacional",
  "  Niñez   y  adolescencia ",
  "Año\u00a0fiscal",
  "ÜBER\u2003alles",
  "İstanbul",
  "Straße",
  "ﬁnanciamiento",
  "\u212bngström",
  "Tiếng Việt",
  "한국어 계획",
  "Ελληνικά Άλφα",
  "日本語",
  "emoji 🙂 plan",
  "tab\there",
  "line\nbreak",
  "trailing dots...",
  "\ufeffBOM",
  "zero\u200bwidth",
  "x\u0301",
  "e\u0301\u0327",
];

const monthWords = [
  ...MONTHS_ES,
  "enero",
  "FEBRERO",
  "Marzo.",
  "abril ",
  " MAYO",
  "Junio",
  "Julio",
  "Agosto",
  "Setiembre",
  "SEPTIEMBRE",
  "Octubre",
  "Noviembre",
  "Diciembre",
  "Jan",
  "Dec",
  "Ene-24",
  "Enero 2024",
  "sept '24",
  "Énero",
  "Dí\u0301c",
];

const markValues: CellValue[] = [
  "X",
  "X",
  "X",
  "x",
  " X ",
  "X\u00a0",
  "✓",
  "✔",
  "Sí",
  "SÍ",
  "si",
  "Yes",
  "YES",
  "•",
  "N/A",
  "n/a",
  "NA",
  "-",
  "—",
  "–",
  "0",
  "00",
  "2",
  " 3 ",
  "abc",
  "X/X",
  "xx",
  "50%",
  "0%",
  "12.5 %",
  "0,5",
  ".5",
  "ｘ",
  "si\u0301",
  "   ",
  "",
  0,
  1,
  2,
  12,
  0.5,
  -1,
  -0.5,
  Infinity,
  NaN,
  true,
  false,
  new Date(Date.UTC(2024, 2, 1)),
  new Date(NaN),
  { error: "#N/A" },
  { error: "#REF!" },
];

const objectiveValues: CellValue[] = [
  ...template.objectives.map((o) => o.id),
  "oe3",
  "OE 3",
  "O.E. 2.",
  "o.e 5",
  "3",
  7,
  9,
  "OE9",
  "OE 4: Incrementar la cobertura",
  "OE2 - Fortalecer",
  OBJ_TEXTS[0],
  OBJ_TEXTS[1].toUpperCase(),
  `  ${OBJ_TEXTS[2].replace(/ /g, "  ")}  `,
  OBJ_TEXTS[3].normalize("NFD"),
  "desconocido",
  "",
  null,
  { error: "#N/A" },
];

const resultTexts: CellValue[] = [
  ...SEED_RESULTS,
  ...SEED_RESULTS.map((t) => t.toUpperCase()),
  ...SEED_RESULTS.map((t) => ` ${t.normalize("NFD")} `),
  ...OBJ_TEXTS,
  ...tricky,
  "Compra de mobiliario",
  "compra de  mobiliario",
  "Actividades no planificadas",
  "Desarrollo de capacidades",
  "Resultado 1",
  "Resultado 1.",
  "=SUMA(A1)",
  "",
  "   ",
  null,
  null,
  42,
];

const fills = [null, null, null, "FFFFFF", "FFC000", "ffc000", "D9D9D9", "17375E"];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const rowArb = fc.record({
  number: fc.oneof(fc.constant<CellValue>(null), fc.nat(500), pick<CellValue>(["1", "a", "N°"])),
  objective: fc.oneof({ weight: 5, arbitrary: pick(objectiveValues) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }),
  text: fc.oneof({ weight: 6, arbitrary: pick(resultTexts) }, { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: "binary" }) }),
  marks: fc.array(
    fc.oneof(
      { weight: 10, arbitrary: fc.constant<CellValue>(null) },
      { weight: 6, arbitrary: pick(markValues) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
      { weight: 1, arbitrary: fc.double() },
    ),
    { minLength: 12, maxLength: 12 },
  ),
  fills: fc.array(pick(fills), { maxLength: 20 }),
});

/** A scaffold-like matrix: optional objective column, month names drawn from every spelling, rows of every kind. */
const scaffoldArb: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    withObjective: fc.boolean(),
    withCatalog: fc.boolean(),
    withNumber: fc.boolean(),
    label: pick(["Resultado", "Resultados", "RESULTADO ", "Result", "6. Actividad", "Acciones", "Productos", "Meta"]),
    months: fc.tuple(...MONTHS_ES.map((_, m) => pick(monthWords.filter((w) => monthIndexOfWord(w) === m)))),
    dropMonth: fc.option(fc.nat(11), { freq: 4 }),
    title: pick(["Plan Operativo Anual 2024", "POA 2025", "Matriz", "PLAN OPERATIVO ANUAL 2024 — Actividades"]),
    sheetName: pick(["Matriz POA 2024", "POA 2023", "Hoja1"]),
    rows: fc.array(rowArb, { maxLength: 60 }),
    withFills: fc.boolean(),
    objectiveMerges: fc.array(fc.record({ top: fc.nat(60), h: fc.nat(4) }), { maxLength: 3 }),
  })
  .map((s) => {
    const head: CellValue[] = [];
    if (s.withNumber) head.push("N°");
    const objCol = s.withObjective ? head.push("Objetivo") - 1 : -1;
    head.push(s.label);
    s.months.forEach((w, m) => head.push(m === s.dropMonth ? "Notas" : w));
    head.push("Meses", "Estado");
    const values: CellValue[][] = [[template.institution], [s.title], [], [], [], head];
    const fillRows: (string | null)[][] = values.map(() => []);
    for (const r of s.rows) {
      const line: CellValue[] = [];
      if (s.withNumber) line.push(r.number);
      if (objCol >= 0) line.push(r.objective);
      line.push(r.text);
      line.push(...r.marks);
      line.push(null, null);
      values.push(line);
      fillRows.push(r.fills);
    }
    const merges: MergedRange[] = [];
    if (objCol >= 0)
      for (const m of s.objectiveMerges) merges.push({ top: 6 + m.top, left: objCol, bottom: 6 + m.top + m.h, right: objCol });
    const matrix: SheetGrid = { name: s.sheetName, values, merges, fills: s.withFills ? fillRows : undefined };
    return { sheets: s.withCatalog ? [catalogSheet(), matrix] : [matrix] };
  });

function monthIndexOfWord(w: string): number {
  const k = w
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/\.$/, "");
  const starts = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "se", "oct", "nov", "dic"];
  const en: Record<string, number> = { jan: 0, dec: 11 };
  if (k.slice(0, 3) in en) return en[k.slice(0, 3)];
  return starts.findIndex((p) => k.startsWith(p));
}

/** A Santa-Ana-shaped sheet: N°, merged Proyecto, Meta, Actividad, months over Programado/Realizado, fills, section rows. */
const santaAnaArb: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    rows: fc.array(
      fc.record({
        kind: fc.constantFrom("activity", "activity", "activity", "section", "na", "blank"),
        number: fc.option(fc.nat(200)),
        project: fc.option(pick(tricky.concat(["Proyecto 1", "Santa Ana Limpia"]))),
        meta: fc.option(pick(resultTexts)),
        text: pick(resultTexts),
        planned: fc.array(fc.oneof(fc.constant<CellValue>(null), pick(markValues)), { minLength: 12, maxLength: 12 }),
        colour: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      }),
      { maxLength: 50 },
    ),
    twoBlocks: fc.boolean(),
  })
  .map(({ rows, twoBlocks }) => {
    const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];
    const values: CellValue[][] = [[], [null, "ALCALDÍA MUNICIPAL"], [null, "PLAN OPERATIVO ANUAL 2025"], [], []];
    const fillRows: (string | null)[][] = values.map(() => []);
    const merges: MergedRange[] = [];
    const head: CellValue[] = ["N°", "4. PROYECTOS", "5. METAS", "6. ACTIVIDAD", "7. UNIDAD DE MEDIDA"];
    const sub: CellValue[] = [null, null, null, null, null];
    MONTHS.forEach((m, k) => {
      head.push(m, null);
      sub.push(twoBlocks ? "Realizado" : "Programado", twoBlocks ? "Programado" : "Realizado");
      merges.push({ top: 5, left: 5 + 2 * k, bottom: 5, right: 6 + 2 * k });
    });
    head.push("Total", "Observaciones");
    values.push(head, sub);
    fillRows.push(new Array(31).fill("17375E"), new Array(31).fill("17375E"));
    rows.forEach((r, i) => {
      const at = values.length;
      const line: CellValue[] = new Array<CellValue>(31).fill(null);
      const lineFills: (string | null)[] = new Array<string | null>(31).fill(null);
      if (r.kind === "section") {
        line[1] = "Actividades no planificadas";
        lineFills.fill("17375E");
      } else if (r.kind === "na") {
        for (let k = 0; k < 12; k++) line[5 + 2 * k] = "N/A";
      } else if (r.kind === "activity") {
        line[0] = r.number;
        if (r.project !== null) {
          line[1] = r.project;
          if (i % 3 === 0) merges.push({ top: at, left: 1, bottom: at + 2, right: 1 });
        }
        line[2] = r.meta;
        line[3] = r.text;
        line[4] = "Bitácora";
        for (let k = 0; k < 12; k++) {
          const col = 5 + (twoBlocks ? 2 * k + 1 : 2 * k);
          line[col] = r.planned[k];
          if (r.colour[k]) lineFills[col] = "FFC000";
        }
      }
      values.push(line);
      fillRows.push(lineFills);
    });
    return { sheets: [{ name: "7 POA 2022", values, merges, fills: fillRows }] };
  });

/** Wording-only mapping (no objective column): results restating objectives, some ambiguous, some not. */
const wordingArb: fc.Arbitrary<WorkbookGrid> = fc
  .array(
    fc.record({
      text: fc.oneof(pick(resultTexts), pick(OBJ_TEXTS.map((t) => t.split(" ").reverse().join(" "))), fc.string({ maxLength: 40 })),
      marks: fc.array(fc.oneof(fc.constant<CellValue>(null), pick(markValues)), { minLength: 12, maxLength: 12 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) => {
    const values: CellValue[][] = [["MATRIZ POA 2024"], ["Resultado", 2024], [null, ...MONTHS_ES]];
    for (const r of rows) values.push([r.text, ...r.marks]);
    return {
      sheets: [
        {
          name: "POA",
          values,
          merges: [
            { top: 1, left: 0, bottom: 2, right: 0 },
            { top: 1, left: 1, bottom: 1, right: 12 },
          ],
        },
      ],
    };
  });

/** Loose random grids (as in properties.test.ts): the reader's odd corners. */
const looseArb: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    rows: fc.array(
      fc.array(fc.oneof(fc.constant<CellValue>(null), pick(monthWords), pick(markValues), pick(resultTexts), pick(objectiveValues)), { maxLength: 20 }),
      { maxLength: 35 },
    ),
    header: fc.option(
      fc.record({ at: fc.nat(31), lead: fc.array(pick<CellValue>(["Resultado", "Objetivo", "OE", "N°", "Proyecto", "Meta", "ID", null]), { maxLength: 4 }) }),
      { freq: 4 },
    ),
    numbered: fc.boolean(),
    merges: fc.array(
      fc.record({ top: fc.nat(35), left: fc.nat(20), h: fc.nat(3), w: fc.nat(3) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 5 },
    ),
    catalog: fc.boolean(),
  })
  .map(({ rows, header, numbered, merges, catalog }) => {
    const values = rows.map((r) => r.slice());
    if (header) {
      while (values.length <= header.at) values.push([]);
      values[header.at] = [...header.lead, ...(numbered ? MONTHS_ES.map((_, m) => (m % 2 ? m + 1 : String(m + 1))) : MONTHS_ES)];
    }
    const sheet: SheetGrid = { name: "Hoja1", values, merges };
    return { sheets: catalog ? [sheet, catalogSheet()] : [sheet] };
  });

/** The bench's generated grid (bench/generate.ts), restated so layout changes do not move the golden. */
function benchLikeBook(rows: number): WorkbookGrid {
  const MARKS: CellValue[] = ["X", null, null, "X", 2, null, "X", null, "X", null, 0, null];
  const values: CellValue[][] = [[template.institution], ["Plan Operativo Anual 2024"], ["Matriz"], ["Marque con X"], []];
  values.push(["N°", "Objetivo", "Objetivo estratégico", "Resultado", ...MONTHS_ES, "Meses", "Estado"]);
  for (let i = 0; i < rows; i++) {
    const o = template.objectives[i % template.objectives.length];
    const row: CellValue[] = [i + 1, o.id, o.text, `Resultado ${(i % 250) + 1}: actividades de cooperación y seguimiento del componente ${(i % 41) + 1}`];
    for (let m = 0; m < 12; m++) row.push(i % 97 === 13 ? null : i % 11 === 5 && m === 3 ? "x" : MARKS[(i * 5 + m * 7) % MARKS.length]);
    row.push(null, null);
    values.push(row);
  }
  return { sheets: [catalogSheet(), { name: "Matriz POA 2024", values }] };
}

function cases(): { name: string; book: WorkbookGrid }[] {
  const out: { name: string; book: WorkbookGrid }[] = [{ name: "benchLike", book: benchLikeBook(600) }];
  const kinds: [string, fc.Arbitrary<WorkbookGrid>][] = [
    ["scaffold", scaffoldArb],
    ["santaAna", santaAnaArb],
    ["wording", wordingArb],
    ["loose", looseArb],
  ];
  for (const [name, arb] of kinds) {
    fc.sample(arb, { seed: SEED, numRuns: CASES_PER_KIND }).forEach((book, i) => out.push({ name: `${name}#${i}`, book }));
  }
  return out;
}

/** The outcome as the CLI would print it; Dates and NaN go through JSON like everywhere else. */
function outcomeJson(book: WorkbookGrid, lang: Lang): string {
  return JSON.stringify(validateWorkbook(book, { lang }));
}

function digests(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of cases()) {
    for (const lang of ["es", "en"] as const) {
      out[`${c.name}/${lang}`] = createHash("sha256").update(outcomeJson(c.book, lang)).digest("hex");
    }
  }
  return out;
}

describe("validateWorkbook is byte-identical on the golden grids", () => {
  it("hashes every outcome as recorded", () => {
    const now = digests();
    if (process.env.POA_GOLDEN_WRITE === "1") {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, JSON.stringify(now, null, 1) + "\n");
    }
    const recorded = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Record<string, string>;
    const changed = Object.keys(recorded).filter((k) => recorded[k] !== now[k]);
    expect(changed).toEqual([]);
    expect(Object.keys(now).sort()).toEqual(Object.keys(recorded).sort());
  });

  it("reaches the reader's checks, not only its 'no matrix' exit", () => {
    const codes = new Set<string>();
    let found = 0;
    for (const c of cases()) {
      const o = validateWorkbook(c.book, { lang: "es" });
      if (!o.ok) continue;
      found++;
      for (const i of o.report.issues) codes.add(i.code);
    }
    expect(found).toBeGreaterThan(CASES_PER_KIND * 2);
    expect([...codes].sort()).toEqual(
      [
        "CATALOG_MISSING",
        "DUPLICATE_RESULT",
        "EMPTY_RESULT",
        "INVALID_MONTH_MARK",
        "MONTH_COLUMN_MISSING",
        "MONTH_MARKED_BY_COLOR",
        "NONSTANDARD_MONTH_MARK",
        "OBJECTIVE_NOT_COVERED",
        // Santa-Ana-shaped grids have a Realizado sub-column, all blank: seguimiento (§9), the whole year due with no date given.
        "REPORT_MISSING",
        "RESULT_MAPPING_INFERRED",
        "RESULT_UNMAPPED",
        "RESULT_WITHOUT_MONTHS",
        "YEAR_CONFLICT",
      ].sort(),
    );
  });
});
