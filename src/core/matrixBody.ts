import { parseCell, parseRange, rangeAddress } from "./address";
import { shiftFormula, translateFormula } from "./formulaShift";
import { CATALOG_HEADERS, scaffoldLayout } from "./layout";
import { scaffoldWithMonitoring } from "./layoutMonitoring";
import type { LayoutConditionalFormat, LayoutSheet, LayoutStyle, LayoutValidation } from "./layoutTypes";
import type { Lang } from "./model";

/**
 * What the layout gives rows of the matrix table, for rows the table gains after scaffolding (typed
 * below it, filled down, inserted mid-table): each row's formulas, number formats, cell styles, data
 * validation and conditional formats, placed on the rows asked. It is read off `scaffoldLayout` itself
 * (a one-row matrix), so it stays exactly what scaffolding writes whatever the layout's formulas become;
 * nothing here is read back from the workbook, whose rule formulas Excel reports relative to the rule's
 * own top-left cell (office-js #5194), not to the cell asked.
 */

/** What a matrix's body depends on besides its position: where its catalog is and the language of its texts. */
export interface MatrixBodySpec {
  objectivesSheet: string;
  /** Data rows of the catalog table. */
  catalogRows: number;
  matrixSheet: string;
  lang: Lang;
  /** The `Seguimiento` sheet whose corte the table's cumplimiento reads; absent or null for a plan without seguimiento. */
  monitoringSheet?: string | null;
}

/** A matrix table's place on its sheet: 0-based row of its header and column of its first column. */
export interface TablePlace {
  top: number;
  left: number;
}

/** The layout of body rows `first`…`last` (0-based sheet rows): ranges in A1 on the matrix sheet. */
export interface MatrixBodyRows {
  /** Per row (index 0 = `first`), the formula of each formula column, by 0-based column within the table. */
  formulas: Map<number, string>[];
  numberFormats: { range: string; format: string }[];
  styles: LayoutStyle[];
  validations: LayoutValidation[];
  conditionalFormats: LayoutConditionalFormat[];
}

interface OneRowMatrix {
  sheet: LayoutSheet;
  /** 0-based sheet row and column of the layout's table header, and its width. */
  top: number;
  left: number;
  width: number;
  /** The layout's one body row's formulas, by column within the table. */
  formulas: Map<number, string>;
}

/** Layouts already built, by spec: a watch asks for the same few specs again and again. */
const built = new Map<string, OneRowMatrix>();
const BUILT_KEPT = 16;

function oneRowMatrix(spec: MatrixBodySpec): OneRowMatrix {
  const key = JSON.stringify([spec.objectivesSheet, spec.catalogRows, spec.matrixSheet, spec.lang, spec.monitoringSheet ?? null]);
  let m = built.get(key);
  if (!m) {
    m = buildOneRowMatrix(spec);
    if (built.size >= BUILT_KEPT) built.delete(built.keys().next().value as string);
    built.set(key, m);
  }
  return m;
}

/** The matrix sheet scaffolding writes for a one-result plan with this catalog, names and language. */
function buildOneRowMatrix(spec: MatrixBodySpec): OneRowMatrix {
  const objectives = Array.from({ length: Math.max(spec.catalogRows, 1) }, (_, i) => ({ id: `OE${i + 1}`, text: "" }));
  const template = { institution: "", year: 2000, objectives, results: [{ text: "", objective: "" }] };
  const names = { objectives: spec.objectivesSheet, matrix: spec.matrixSheet, coverage: `${spec.matrixSheet} ·` };
  // Only the formulas matter here: any date serves the corte the layout caches.
  const layout = spec.monitoringSheet
    ? scaffoldWithMonitoring(template, { lang: spec.lang, names, monitoring: { sheet: spec.monitoringSheet, today: { year: 2000, month: 1 } } })
    : scaffoldLayout(template, { lang: spec.lang, names });
  const sheet = layout.sheets.find((s) => s.name === spec.matrixSheet);
  const table = sheet?.tables[0];
  if (!sheet || !table) throw new Error("the layout has no matrix table");
  const place = parseRange(table.range);
  const formulas = new Map<number, string>();
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    block.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (anchor.row + r === place.top + 1 && cell !== null && typeof cell === "object") formulas.set(anchor.col + c - place.left, cell.formula);
      }),
    );
  }
  return { sheet, top: place.top, left: place.left, width: place.right - place.left + 1, formulas };
}

/**
 * Where a rule or format of the layout's body row goes for rows first…last of a table at `place`: its
 * range, and its formula (written for the range's top-left) moved as the table was (every reference
 * into the matrix sheet, absolute or not) and then filled down to `first` (relative references only).
 * Null when it misses the body row.
 */
function moved(range: string, m: OneRowMatrix, place: TablePlace, first: number, last: number): { range: string; formula: (f: string) => string } | null {
  const r = parseRange(range);
  const bodyRow = m.top + 1;
  if (r.top > bodyRow || r.bottom < bodyRow || r.right < m.left || r.left > m.left + m.width - 1) return null;
  const dCol = place.left - m.left;
  return { range: rangeAddress(first, r.left + dCol, last, r.right + dCol), formula: placed(m, place, first - (place.top + 1)) };
}

/** A formula of the layout's body row, for the table at `place` and `rows` rows below its first body row. */
function placed(m: OneRowMatrix, place: TablePlace, rows: number): (f: string) => string {
  return (f) => shiftFormula(translateFormula(f, place.top - m.top, place.left - m.left), rows, 0);
}

export function matrixBodyRows(spec: MatrixBodySpec, place: TablePlace, first: number, last: number): MatrixBodyRows {
  const m = oneRowMatrix(spec);
  const out: MatrixBodyRows = { formulas: [], numberFormats: [], styles: [], validations: [], conditionalFormats: [] };
  for (let row = first; row <= last; row++) {
    const place1 = placed(m, place, row - (place.top + 1));
    out.formulas.push(new Map([...m.formulas].map(([c, f]) => [c, place1(f)])));
  }
  for (const nf of m.sheet.numberFormats) {
    const at = moved(nf.range, m, place, first, last);
    if (at) out.numberFormats.push({ range: at.range, format: nf.format });
  }
  for (const style of m.sheet.styles) {
    const at = moved(style.range, m, place, first, last);
    if (at) out.styles.push({ ...style, range: at.range });
  }
  for (const v of m.sheet.validations) {
    const at = moved(v.range, m, place, first, last);
    if (!at) continue;
    out.validations.push(v.kind === "list" ? { ...v, range: at.range, source: at.formula(v.source) } : { ...v, range: at.range, formula: at.formula(v.formula) });
  }
  for (const cf of m.sheet.conditionalFormats) {
    const at = moved(cf.range, m, place, first, last);
    if (!at) continue;
    out.conditionalFormats.push(cf.kind === "expression" ? { ...cf, range: at.range, formula: at.formula(cf.formula) } : { ...cf, range: at.range });
  }
  return out;
}

/** Formula text as Excel may give it back: case and spaces outside string literals do not matter. */
function canonical(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase()))
    .join("");
}

/**
 * Which spec the table's first data row was written from: the first candidate whose formulas, placed on
 * that row, are the ones the row holds (`formulas` as read, one entry per table column). Null when none
 * is: the table was made by another version of the add-in or its formulas were edited, and rows it gains
 * then get only what can be copied from its first row.
 */
export function identifyMatrixBody(firstRow: unknown[], place: TablePlace, candidates: MatrixBodySpec[]): MatrixBodySpec | null {
  for (const spec of candidates) {
    const expected = matrixBodyRows(spec, place, place.top + 1, place.top + 1).formulas[0];
    if (expected.size === 0) continue;
    const same = [...expected].every(([c, f]) => typeof firstRow[c] === "string" && canonical(firstRow[c] as string) === canonical(f));
    if (same) return spec;
  }
  return null;
}

/** Whether a table's header is the layout's catalog (`ID`, `Objetivo estratégico`). */
export function isCatalogHeader(header: unknown[]): boolean {
  return header.length === CATALOG_HEADERS.length && CATALOG_HEADERS.every((h, i) => String(header[i] ?? "").trim().toUpperCase() === h.toUpperCase());
}

/**
 * Every spec a matrix could have been scaffolded with, given the workbook's catalog tables and, for a
 * matrix with seguimiento, the sheet its cumplimiento reads the corte from (`monitoringSheetIn`).
 */
export function bodySpecCandidates(matrixSheet: string, catalogs: { sheet: string; rows: number }[], monitoringSheet: string | null = null): MatrixBodySpec[] {
  const langs: Lang[] = ["es", "en"];
  const monitoring = monitoringSheet === null ? {} : { monitoringSheet };
  return catalogs.flatMap((c) => langs.map((lang) => ({ objectivesSheet: c.sheet, catalogRows: c.rows, matrixSheet, lang, ...monitoring })));
}
