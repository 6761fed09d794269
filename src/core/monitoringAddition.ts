/**
 * *Agregar seguimiento* (contract §9): what adding seguimiento to a matrix the add-in made before it
 * existed means, decided here and written by the shell. The matrix gains, as new columns at the end of
 * its table, exactly what a scaffold with seguimiento has there (layoutMonitoring.ts, for the table
 * where it is), and a `Seguimiento` sheet; no cell the planner wrote changes or moves:
 * - only a table the add-in made (`TablaPOA…`) with the plan's columns in the layout's order, and no
 *   Realizado yet, is continued; any other refuses with a message and nothing is written;
 * - the new columns' cells, right of the table from the top of the sheet to the table's last row, must
 *   be empty (the shell says which cell is not): what Excel does with cells right of a table when it
 *   adds a column is not documented, and the sheet's whole-column figures must read only the table;
 * - the band label over the plan's months is written only where those band cells are all empty.
 */
import { columnLetter } from "./address";
import { emptySheet, MATRIX_COLUMNS } from "./layoutCommon";
import { MATRIX_HEADERS } from "./layout";
import { MONITORING_HEADERS, monitoringColumns, monitoringSheet, type MatrixOrigin } from "./layoutMonitoring";
import { monitoringText } from "./layoutMonitoringText";
import type { LayoutSheet } from "./layoutTypes";
import { bodySpecCandidates, identifyMatrixBody } from "./matrixBody";
import { isMatrixTableName } from "./matrixTable";
import type { Lang } from "./model";
import { defaultCorte, type Today } from "./monitoring/corte";
import { yearInText } from "./year";

/** A matrix table as the shell read it. */
export interface SeenTable {
  name: string;
  sheet: string;
  sheetId: string;
  /** 0-based header row and first column; rows with the header, and columns. */
  place: { top: number; left: number; rows: number; width: number };
  header: unknown[];
  /** The sheet's rows from the top to the header, over columns A to the table's last, as `values` reads them. */
  above: unknown[][];
  /** The first body row, as `formulas` reads it. */
  firstRow: unknown[];
}

export interface AdditionRequest {
  /** Every table of the workbook whose name says it is the add-in's matrix. */
  tables: SeenTable[];
  activeSheetId: string | null;
  /** The workbook's catalog tables (`ID`, `Objetivo estratégico`). */
  catalogs: { sheet: string; rows: number }[];
  lang: Lang;
  monitoringSheet: string;
  today: Today;
}

export type AdditionRefusal = "noMatrix" | "severalMatrices" | "alreadyMonitored" | "notLayout" | "occupied" | "noRoom";

/** What the shell writes. */
export interface MonitoringAddition {
  table: string;
  matrixSheet: string;
  monitoringSheet: string;
  /** Table columns to add at the end, in order: their headers (bodies start blank). */
  columns: string[];
  /** The rest of the matrix sheet's part: band labels and cumplimiento formulas (blocks), formats, styles, widths, merges, rule, shading. */
  matrix: LayoutSheet;
  /** The band labels written (their cells, `S5`…), so a failed write can take them back. */
  bandCells: string[];
  /** Rows printed on every page of the matrix (1-based): the band, where written, and the header. */
  printTitleRows: { first: number; last: number };
  monitoring: LayoutSheet;
}

export type AdditionRefused = { ok: false; refusal: AdditionRefusal; message: string };
export type AdditionPlan = { ok: true; addition: MonitoringAddition } | AdditionRefused;

const TEXT: Record<Lang, Record<AdditionRefusal, (p: { table: string; sheet: string; names: string; from: string; to: string; cell: string }) => string>> = {
  es: {
    noMatrix: () => "Este libro no tiene una matriz creada por Matriz POA (una tabla TablaPOA…). Genere la matriz y luego agregue el seguimiento. No se cambió nada.",
    severalMatrices: (p) => `El libro tiene varias matrices (${p.names}). Abra la hoja de la matriz a la que quiere agregar el seguimiento y vuelva a intentarlo. No se cambió nada.`,
    alreadyMonitored: (p) => `La matriz de la hoja «${p.sheet}» ya tiene seguimiento (columnas Realizado). No se cambió nada.`,
    notLayout: (p) =>
      `La tabla ${p.table} de la hoja «${p.sheet}» no tiene las columnas de la matriz en su orden (N°, Objetivo, Objetivo estratégico, Resultado, Ene a Dic, Meses, Estado), así que el seguimiento no puede continuarla. No se cambió nada.`,
    occupied: (p) =>
      `El seguimiento agrega columnas a la derecha de la tabla (${p.from} a ${p.to}), desde la fila 1 hasta la última de la tabla, y en la hoja «${p.sheet}» hay contenido en ${p.cell}. Muévalo o bórrelo y vuelva a intentarlo. No se cambió nada.`,
    noRoom: (p) => `No quedan columnas a la derecha de la tabla ${p.table} para el seguimiento. No se cambió nada.`,
  },
  en: {
    noMatrix: () => "This workbook has no matrix made by Matriz POA (a TablaPOA… table). Generate the matrix, then add monitoring. Nothing was changed.",
    severalMatrices: (p) => `The workbook has several matrices (${p.names}). Open the sheet of the matrix to add monitoring to and try again. Nothing was changed.`,
    alreadyMonitored: (p) => `The matrix on sheet "${p.sheet}" already has monitoring (Realizado columns). Nothing was changed.`,
    notLayout: (p) =>
      `Table ${p.table} on sheet "${p.sheet}" does not have the matrix's columns in their order (N°, Objetivo, Objetivo estratégico, Resultado, Ene to Dic, Meses, Estado), so monitoring cannot continue it. Nothing was changed.`,
    occupied: (p) =>
      `Monitoring adds columns right of the table (${p.from} to ${p.to}), from row 1 to the table's last, and sheet "${p.sheet}" has content in ${p.cell}. Move or clear it and try again. Nothing was changed.`,
    noRoom: (p) => `There are no columns left right of table ${p.table} for monitoring. Nothing was changed.`,
  },
};

function same(value: unknown, label: string): boolean {
  return typeof value === "string" && value.trim().toUpperCase() === label.toUpperCase();
}

function startsWith(header: unknown[], labels: readonly string[], at = 0): boolean {
  return labels.every((label, i) => same(header[at + i], label));
}

/** The columns a table's seguimiento takes: from right after its plan to its last cumplimiento column (0-based). */
export function additionColumns(table: SeenTable): { from: number; to: number } {
  const from = table.place.left + table.place.width;
  return { from, to: from + MONITORING_HEADERS.length - 1 };
}

function refuse(lang: Lang, refusal: AdditionRefusal, table: SeenTable | null, extra: Partial<{ names: string; cell: string }> = {}): AdditionRefused {
  const cols = table ? additionColumns(table) : { from: 0, to: 0 };
  const params = {
    table: table?.name ?? "",
    sheet: table?.sheet ?? "",
    names: extra.names ?? "",
    cell: extra.cell ?? "",
    from: columnLetter(cols.from),
    to: columnLetter(Math.min(cols.to, 16383)),
  };
  return { ok: false, refusal, message: TEXT[lang][refusal](params) };
}

/**
 * The matrix to add seguimiento to: the add-in's table (by its `TablaPOA…` name) on the active sheet, else
 * the only one. Its header is `planAddition`'s to judge: a table of ours whose columns a planner changed is
 * refused by name (`notLayout`), never passed over for another sheet's matrix nor called missing.
 */
export function chooseMatrix(request: AdditionRequest): { ok: true; table: SeenTable } | { ok: false; plan: AdditionRefused } {
  const ours = request.tables.filter((t) => isMatrixTableName(t.name));
  if (ours.length === 0) return { ok: false, plan: refuse(request.lang, "noMatrix", null) };
  const active = ours.filter((t) => t.sheetId === request.activeSheetId);
  const pick = active.length === 1 ? active[0] : ours.length === 1 ? ours[0] : null;
  if (!pick) return { ok: false, plan: refuse(request.lang, "severalMatrices", null, { names: ours.map((t) => `«${t.sheet}»`).join(", ") }) };
  return { ok: true, table: pick };
}

/** The plan's year: from the title rows, else the sheet's or the table's name, else this year. */
function planYear(table: SeenTable, today: Today): number {
  for (const line of table.above.slice(0, table.place.top)) {
    for (const v of line) {
      const year = typeof v === "string" ? yearInText(v) : null;
      if (year !== null) return year;
    }
  }
  return yearInText(table.sheet) ?? yearInText(table.name.replace(/_/g, " ")) ?? today.year;
}

function blank(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/**
 * What adding seguimiento to `table` writes, or why it can't: `occupied` is where cells hold something
 * right of the table, from the sheet's top to the table's last row (an address; null when nothing does).
 */
export function planAddition(table: SeenTable, request: AdditionRequest, occupied: string | null): AdditionPlan {
  const { lang } = request;
  if (startsWith(table.header, MONITORING_HEADERS, MATRIX_HEADERS.length)) return refuse(lang, "alreadyMonitored", table);
  if (table.place.width !== MATRIX_HEADERS.length || !startsWith(table.header, MATRIX_HEADERS)) return refuse(lang, "notLayout", table);
  if (additionColumns(table).to > 16383) return refuse(lang, "noRoom", table);
  if (occupied !== null) return refuse(lang, "occupied", table, { cell: occupied });

  const origin: MatrixOrigin = { headerRow: table.place.top, left: table.place.left };
  const dataRows = table.place.rows - 1;
  const text = monitoringText(lang);
  const year = planYear(table, request.today);
  const corte = defaultCorte(year, request.today);
  const spec = identifyMatrixBody(table.firstRow, { top: table.place.top, left: table.place.left }, bodySpecCandidates(table.sheet, request.catalogs));
  const catalog = spec ? { sheet: spec.objectivesSheet, rows: spec.catalogRows } : (request.catalogs[0] ?? { sheet: "Objetivos", rows: 0 });

  const c = monitoringColumns({ origin, dataRows, monitoringSheet: request.monitoringSheet, text, planned: [], corte });
  // The band over the plan's months only where its cells are empty; the new columns' band cells were checked empty.
  const bandLine = table.place.top > 0 ? (table.above[table.place.top - 1] ?? []) : null;
  const planBandFree =
    bandLine !== null &&
    Array.from({ length: 12 }, (_, m) => bandLine[table.place.left + MATRIX_COLUMNS.firstMonth + m]).every(blank);
  const bands = table.place.top > 0 ? [c.band.executed, c.band.compliance, ...(planBandFree ? [c.band.planned] : [])] : [];
  const matrix = emptySheet(table.sheet);
  matrix.blocks.push(...bands.map((b) => ({ anchor: b.anchor, rows: [[b.label]] })));
  matrix.blocks.push({ anchor: c.complianceAnchor, rows: c.body.map((line) => line.slice(12)) });
  matrix.numberFormats.push(...c.numberFormats);
  const dropped = new Set(Object.values(c.band).filter((b) => !bands.includes(b)).map((b) => b.range));
  matrix.styles.push(...c.styles.filter((s) => !dropped.has(s.range)));
  matrix.columnWidths.push(...c.columnWidths);
  matrix.merges.push(...bands.map((b) => b.range));
  matrix.validations.push(...c.validations);
  matrix.conditionalFormats.push(...c.conditionalFormats);

  const monitoring = monitoringSheet(
    { institution: "", year, objectives: [], results: [] },
    { objectives: catalog.sheet, matrix: table.sheet, monitoring: request.monitoringSheet },
    lang,
    Math.max(catalog.rows, 1),
    origin,
    corte,
  );
  return {
    ok: true,
    addition: {
      table: table.name,
      matrixSheet: table.sheet,
      monitoringSheet: request.monitoringSheet,
      columns: [...c.headers],
      matrix,
      bandCells: bands.map((b) => b.anchor),
      printTitleRows: { first: bands.length > 0 ? table.place.top : table.place.top + 1, last: table.place.top + 1 },
      monitoring,
    },
  };
}
