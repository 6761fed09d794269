import { MONTH_LABELS } from "./months";
import { columnLetter, sheetRef } from "./address";
import type { FormulaCell, LayoutCell, LayoutSheet, WorkbookLayout } from "./layoutTypes";
import { layoutText, type LayoutText } from "./layoutText";
import { MATRIX_TABLE_PREFIX } from "./matrixTable";
import type { Lang, PlanTemplate } from "./model";

/**
 * The workbook that scaffolding makes (contract §2), as plain data: `Objetivos` (the catalog),
 * `Matriz POA {year}` (title block, then the matrix table from row 6) and `Cobertura` (objectives × months
 * by formula). Writers (ExcelJS in the CLI, the Office JavaScript API in the add-in) render it as is.
 *
 * Formulas stick to what Excel 2016 and LibreOffice 7 compute alike (INDEX/MATCH, IF, IFERROR, COUNTIF(S)),
 * and each carries the `result` it has on the fresh layout, so a reader that does not recalculate
 * (ExcelJS, the core's own checks) sees what Excel would show.
 */

/** Which names the scaffolded sheets get; by default the contract's (`Objetivos`, `Matriz POA Y`, `Cobertura`). */
export interface SheetNames {
  objectives: string;
  matrix: string;
  coverage: string;
}

export function matrixSheetName(year: number): string {
  return `Matriz POA ${year}`;
}

export function defaultSheetNames(year: number): SheetNames {
  return { objectives: "Objetivos", matrix: matrixSheetName(year), coverage: "Cobertura" };
}

/** Month headers: the contract's Spanish labels, in both languages. */
/** Header labels of the month columns: the contract's Spanish abbreviations in both languages. */
const MONTH_HEADERS = MONTH_LABELS.es;

export const MATRIX_HEADERS: readonly string[] = ["N°", "Objetivo", "Objetivo estratégico", "Resultado", ...MONTH_HEADERS, "Meses", "Estado"];

/** 1-based sheet rows of the matrix sheet. */
export const MATRIX_HEADER_ROW = 6;
export const MATRIX_FIRST_DATA_ROW = 7;

/** 0-based columns of the matrix sheet (A = 0). */
export const MATRIX_COLUMNS = {
  number: 0,
  objective: 1,
  objectiveText: 2,
  result: 3,
  firstMonth: 4,
  lastMonth: 15,
  monthCount: 16,
  status: 17,
} as const;

const LAST_MATRIX_COLUMN = columnLetter(MATRIX_COLUMNS.status); // R

export const CATALOG_HEADERS: readonly string[] = ["ID", "Objetivo estratégico"];
export const COVERAGE_HEADERS: readonly string[] = ["ID", "Objetivo estratégico", ...MONTH_HEADERS, "Resultados", "Cubierto"];
/** 1-based rows of the coverage sheet. */
export const COVERAGE_HEADER_ROW = 4;
export const COVERAGE_FIRST_DATA_ROW = 5;

const TABLE_STYLE = "TableStyleMedium2";
const COLORS = {
  title: "1F4E78",
  scheduledFill: "2F75B5",
  scheduledFont: "FFFFFF",
  pendingFill: "FFEB9C",
  pendingFont: "9C5700",
  uncoveredFill: "FFC7CE",
  uncoveredFont: "9C0006",
  heatMin: "FFFFFF",
  heatMax: "63BE7B",
};

/** Where the catalog's ids and texts are, as absolute references usable from any sheet. */
interface CatalogRefs {
  ids: string;
  texts: string;
}

function catalogRefs(objectivesSheet: string, lastRow: number): CatalogRefs {
  const s = sheetRef(objectivesSheet);
  return { ids: `${s}!$A$2:$A$${lastRow}`, texts: `${s}!$B$2:$B$${lastRow}` };
}

/** A workbook-unique table name: the default one for the default sheet name, else `{prefix}_{sheet name}`. */
function tableName(sheet: string, defaultSheet: string, defaultName: string, prefix = "Tabla"): string {
  if (sheet === defaultSheet) return defaultName;
  const cleaned = sheet.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return `${prefix}_${cleaned || "POA"}`.slice(0, 250);
}

/** The formulas of one matrix row (1-based `row`), for the layout and for writers that extend the table later. */
export function matrixRowFormulas(row: number, objectivesSheet: string, catalogLastRow: number, lang: Lang): {
  objectiveText: string;
  monthCount: string;
  status: string;
} {
  const t = layoutText(lang).status;
  const cat = catalogRefs(objectivesSheet, catalogLastRow);
  const months = `E${row}:P${row}`;
  return {
    // IFERROR: an empty or unknown id shows nothing rather than #N/A (contract §2: no error values).
    objectiveText: `=IFERROR(INDEX(${cat.texts},MATCH(B${row},${cat.ids},0)),"")`,
    // Scheduled = X (any case, COUNTIF ignores case) or a planned quantity >= 1 (contract §4).
    monthCount: `=COUNTIF(${months},"X")+COUNTIF(${months},">=1")`,
    status:
      `=IF(AND(LEN(TRIM(B${row}))=0,LEN(TRIM(D${row}))=0,Q${row}=0),"",` +
      `IF(LEN(TRIM(D${row}))=0,"${t.missingResult}",` +
      `IF(LEN(C${row})=0,"${t.missingObjective}",` +
      `IF(Q${row}=0,"${t.noMonths}","${t.complete}"))))`,
  };
}

/** Accepts blank, X in any case, or a whole number >= 0; IF keeps INT away from text so no error leaks into OR. */
export function monthMarkValidationFormula(topLeft: string): string {
  return `=OR(LEN(TRIM(${topLeft}))=0,UPPER(TRIM(${topLeft}))="X",IF(ISNUMBER(${topLeft}),AND(${topLeft}>=0,${topLeft}=INT(${topLeft})),FALSE))`;
}

/** True where a month cell counts as scheduled, as the sheet's own formulas see it. */
export function scheduledMonthFormula(topLeft: string): string {
  return `=OR(UPPER(TRIM(${topLeft}))="X",AND(ISNUMBER(${topLeft}),${topLeft}>=1))`;
}

function sameId(a: string, b: string): boolean {
  // MATCH and COUNTIF compare text without regard to case.
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** A result's 12 months, as the sheet's `X` marks; none when the template gives none. */
function scheduledMonths(result: PlanTemplate["results"][number] | undefined): boolean[] {
  return Array.from({ length: 12 }, (_, m) => result?.months?.[m] === true);
}

function formula(text: string, result: string | number): FormulaCell {
  return { formula: text, result };
}

function emptySheet(name: string): LayoutSheet {
  return { name, blocks: [], numberFormats: [], styles: [], columnWidths: [], merges: [], tables: [], validations: [], conditionalFormats: [] };
}

function objectivesSheet(template: PlanTemplate, names: SheetNames, catalogRows: number): LayoutSheet {
  const sheet = emptySheet(names.objectives);
  const last = 1 + catalogRows;
  const rows: LayoutCell[][] = [];
  for (let i = 0; i < catalogRows; i++) {
    const o = template.objectives[i];
    rows.push(o ? [o.id, o.text] : [null, null]);
  }
  sheet.blocks.push({ anchor: "A1", rows: [[...CATALOG_HEADERS]] }, { anchor: "A2", rows });
  sheet.tables.push({ name: tableName(names.objectives, "Objetivos", "TablaObjetivos"), range: `A1:B${last}`, style: TABLE_STYLE });
  sheet.numberFormats.push({ range: `A2:B${last}`, format: "@" });
  sheet.styles.push(
    { range: "A1:B1", bold: true, vertical: "middle" },
    { range: `A2:A${last}`, vertical: "top", horizontal: "center" },
    { range: `B2:B${last}`, wrap: true, vertical: "top" },
  );
  sheet.columnWidths.push({ column: "A", width: 8 }, { column: "B", width: 100 });
  sheet.freeze = { rows: 1, columns: 0 };
  return sheet;
}

function matrixSheet(template: PlanTemplate, names: SheetNames, text: LayoutText, lang: Lang, catalogRows: number): LayoutSheet {
  const sheet = emptySheet(names.matrix);
  const catalogLast = 1 + catalogRows;
  const catalog = template.objectives;
  const dataRows = Math.max(template.results.length, 1);
  const first = MATRIX_FIRST_DATA_ROW;
  const last = first + dataRows - 1;
  const t = text.status;

  sheet.blocks.push({
    anchor: "A1",
    rows: [[template.institution], [text.planTitle(template.year)], [text.matrixSubtitle], [text.matrixInstruction]],
  });
  sheet.blocks.push({ anchor: `A${MATRIX_HEADER_ROW}`, rows: [[...MATRIX_HEADERS]] });

  const rows: LayoutCell[][] = new Array(dataRows);
  for (let i = 0; i < dataRows; i++) {
    const row = first + i;
    const result = template.results[i];
    // An unmapped result (adopted from a sheet) leaves its objective cell empty for the drop-down.
    const objectiveId = result?.objective?.trim() ? result.objective : null;
    const resultText = result?.text ?? null;
    const objective = objectiveId === null ? undefined : catalog.find((o) => sameId(o.id, objectiveId));
    const objectiveText = objective?.text ?? "";
    const hasResult = resultText !== null && resultText.trim() !== "";
    const scheduled = scheduledMonths(result);
    const count = scheduled.filter(Boolean).length;
    const status =
      !hasResult && objectiveId === null && count === 0 ? ""
      : !hasResult ? t.missingResult
      : objectiveText === "" ? t.missingObjective
      : count === 0 ? t.noMonths
      : t.complete;
    const f = matrixRowFormulas(row, names.objectives, catalogLast, lang);
    const cells: LayoutCell[] = [i + 1, objectiveId, formula(f.objectiveText, objectiveText), resultText];
    for (let m = 0; m < 12; m++) cells.push(scheduled[m] ? "X" : null);
    cells.push(formula(f.monthCount, count), formula(f.status, status));
    rows[i] = cells;
  }
  sheet.blocks.push({ anchor: `A${first}`, rows });

  const months = `E${first}:P${last}`;
  sheet.tables.push({
    // Every matrix table's name starts with the prefix: it is how the watch tells its matrix from a planner's table.
    name: tableName(names.matrix, matrixSheetName(template.year), `${MATRIX_TABLE_PREFIX}${template.year}`, MATRIX_TABLE_PREFIX),
    range: `A${MATRIX_HEADER_ROW}:${LAST_MATRIX_COLUMN}${last}`,
    style: TABLE_STYLE,
  });
  // Typed ids and results stay text (a result such as "2024" or "=SUM(1)" is the planner's words).
  sheet.numberFormats.push({ range: `B${first}:B${last}`, format: "@" }, { range: `D${first}:D${last}`, format: "@" }, { range: `A${first}:A${last}`, format: "0" });
  sheet.styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: COLORS.title },
    { range: "A2", bold: true, fontSize: 12 },
    { range: "A3", italic: true },
    { range: "A4", italic: true },
    { range: `A${MATRIX_HEADER_ROW}:${LAST_MATRIX_COLUMN}${MATRIX_HEADER_ROW}`, bold: true, wrap: true, vertical: "middle", horizontal: "center" },
    { range: `A${first}:B${last}`, vertical: "top", horizontal: "center" },
    { range: `C${first}:D${last}`, wrap: true, vertical: "top" },
    { range: months, horizontal: "center", vertical: "top" },
    { range: `Q${first}:Q${last}`, horizontal: "center", vertical: "top" },
    { range: `R${first}:R${last}`, vertical: "top" },
  );
  sheet.columnWidths.push(
    { column: "A", width: 6 },
    { column: "B", width: 10 },
    { column: "C", width: 36 },
    { column: "D", width: 44 },
    ...MONTH_HEADERS.map((_, m) => ({ column: columnLetter(MATRIX_COLUMNS.firstMonth + m), width: 6 })),
    { column: "Q", width: 8 },
    { column: "R", width: 16 },
  );
  sheet.merges.push(`A1:${LAST_MATRIX_COLUMN}1`, `A2:${LAST_MATRIX_COLUMN}2`, `A3:${LAST_MATRIX_COLUMN}3`, `A4:${LAST_MATRIX_COLUMN}4`);

  const cat = catalogRefs(names.objectives, catalogLast);
  sheet.validations.push(
    {
      range: `B${first}:B${last}`,
      kind: "list",
      source: `=${cat.ids}`,
      allowBlank: true,
      ...text.objectiveList,
    },
    {
      range: months,
      kind: "custom",
      formula: monthMarkValidationFormula(`E${first}`),
      allowBlank: true,
      ...text.monthMark,
    },
  );
  sheet.conditionalFormats.push(
    { range: months, kind: "expression", formula: scheduledMonthFormula(`E${first}`), fill: COLORS.scheduledFill, fontColor: COLORS.scheduledFont },
    {
      range: `R${first}:R${last}`,
      kind: "expression",
      formula: `=AND(LEN(R${first})>0,R${first}<>"${t.complete}")`,
      fill: COLORS.pendingFill,
      fontColor: COLORS.pendingFont,
    },
  );
  sheet.freeze = { rows: MATRIX_HEADER_ROW, columns: MATRIX_COLUMNS.result + 1 };
  return sheet;
}

function coverageSheet(template: PlanTemplate, names: SheetNames, text: LayoutText, catalogRows: number): LayoutSheet {
  const sheet = emptySheet(names.coverage);
  const first = COVERAGE_FIRST_DATA_ROW;
  const last = first + catalogRows - 1;
  const lastCol = columnLetter(COVERAGE_HEADERS.length - 1); // P
  const m = sheetRef(names.matrix);
  const c = sheetRef(names.objectives);
  const ids = `${m}!$B:$B`;

  sheet.blocks.push({ anchor: "A1", rows: [[text.coverageTitle(template.year)], [text.coverageNote(names.matrix)]] });
  sheet.blocks.push({ anchor: `A${COVERAGE_HEADER_ROW}`, rows: [[...COVERAGE_HEADERS]] });

  const rows: LayoutCell[][] = [];
  for (let i = 0; i < catalogRows; i++) {
    const row = first + i;
    const catalogRow = 2 + i;
    const objective = template.objectives[i];
    const id = objective?.id ?? "";
    const served = objective ? template.results.filter((r) => sameId(r.objective, objective.id)) : [];
    const results = objective ? served.length : "";
    const perMonth = Array.from({ length: 12 }, (_, k) => served.filter((r) => r.months?.[k] === true).length);
    // Both columns mirror the catalog row by row, so renaming an objective there shows here.
    const cells: LayoutCell[] = [
      formula(`=IF(${c}!A${catalogRow}="","",${c}!A${catalogRow})`, id),
      formula(`=IF(${c}!B${catalogRow}="","",${c}!B${catalogRow})`, objective?.text ?? ""),
    ];
    for (let k = 0; k < 12; k++) {
      // Whole columns of the matrix, so rows the planner adds later count too; the header and title
      // rows never hold an objective id, so they never match.
      const month = `${m}!${columnLetter(MATRIX_COLUMNS.firstMonth + k)}:${columnLetter(MATRIX_COLUMNS.firstMonth + k)}`;
      cells.push(formula(`=IF($A${row}="","",COUNTIFS(${ids},$A${row},${month},"X")+COUNTIFS(${ids},$A${row},${month},">=1"))`, objective ? perMonth[k] : ""));
    }
    const covered = perMonth.some((n) => n > 0);
    cells.push(
      formula(`=IF($A${row}="","",COUNTIF(${ids},$A${row}))`, results),
      formula(`=IF($A${row}="","",IF(SUM(C${row}:N${row})>0,"${text.yes}","${text.no}"))`, objective ? (covered ? text.yes : text.no) : ""),
    );
    rows.push(cells);
  }
  sheet.blocks.push({ anchor: `A${first}`, rows });

  sheet.styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: COLORS.title },
    { range: "A2", italic: true },
    { range: `A${COVERAGE_HEADER_ROW}:${lastCol}${COVERAGE_HEADER_ROW}`, bold: true, wrap: true, vertical: "middle", horizontal: "center", fill: "DDEBF7" },
    { range: `A${first}:A${last}`, horizontal: "center", vertical: "top" },
    { range: `B${first}:B${last}`, wrap: true, vertical: "top" },
    { range: `C${first}:${lastCol}${last}`, horizontal: "center", vertical: "top" },
  );
  sheet.columnWidths.push(
    { column: "A", width: 8 },
    { column: "B", width: 50 },
    ...MONTH_HEADERS.map((_, k) => ({ column: columnLetter(2 + k), width: 6 })),
    { column: "O", width: 11 },
    { column: "P", width: 10 },
  );
  sheet.merges.push(`A1:${lastCol}1`, `A2:${lastCol}2`);
  sheet.conditionalFormats.push(
    { range: `C${first}:N${last}`, kind: "colorScale", minColor: COLORS.heatMin, maxColor: COLORS.heatMax },
    { range: `P${first}:P${last}`, kind: "expression", formula: `=$P${first}="${text.no}"`, fill: COLORS.uncoveredFill, fontColor: COLORS.uncoveredFont },
  );
  sheet.freeze = { rows: COVERAGE_HEADER_ROW, columns: 2 };
  return sheet;
}

/**
 * The scaffolded workbook for a template. Sheets come in the order they should be added: the catalog,
 * the matrix, then the coverage (which has a month header and a `Resultados` column, so it must come
 * after the matrix for readers that take the first matrix-like sheet).
 */
export function scaffoldLayout(template: PlanTemplate, options: { lang: Lang; names?: Partial<SheetNames> }): WorkbookLayout {
  const names: SheetNames = { ...defaultSheetNames(template.year), ...options.names };
  const text = layoutText(options.lang);
  // An Excel table needs at least one data row, so an empty catalog still gets one (blank) row.
  const catalogRows = Math.max(template.objectives.length, 1);
  return {
    sheets: [
      objectivesSheet(template, names, catalogRows),
      matrixSheet(template, names, text, options.lang, catalogRows),
      coverageSheet(template, names, text, catalogRows),
    ],
  };
}
