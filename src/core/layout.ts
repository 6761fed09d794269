import { columnLetter, sheetRef } from "./address";
import {
  amountTests,
  catalogRefs,
  catalogRowFormulas,
  COLORS,
  COVERAGE_ROWS,
  emptySheet,
  finish,
  formula,
  MATRIX_COLUMNS,
  MATRIX_FIRST_DATA_ROW,
  MATRIX_HEADER_ROW,
  MONTH_HEADERS,
  printSetup,
  sameId,
  SCHEDULED_WORDS_UPPER,
  TABLE_STYLE,
  upperWords,
  isScheduledWord,
  wordList,
} from "./layoutCommon";
import type { LayoutCell, LayoutSheet, WorkbookLayout } from "./layoutTypes";
import { layoutText, type LayoutText } from "./layoutText";
import { MATRIX_TABLE_PREFIX } from "./matrixTable";
import { NOT_APPLICABLE_MARK_WORDS, SCHEDULED_MARK_WORDS } from "./marks";
import type { Lang, PlanTemplate } from "./model";

export { COVERAGE_ROWS, MATRIX_COLUMNS, MATRIX_FIRST_DATA_ROW, MATRIX_HEADER_ROW };

/**
 * The workbook that scaffolding makes (contract §2), as plain data: `Objetivos` (the catalog),
 * `Matriz POA {year}` (title block, then the matrix table from row 6) and `Cobertura` (objectives × months
 * by formula); seguimiento (contract §9) is added to it by `layoutMonitoring.ts`. Writers (ExcelJS in the
 * CLI, the Office JavaScript API in the add-in) render it as is.
 *
 * Formulas stick to what Excel 2016 and LibreOffice 7 compute alike (INDEX/MATCH, IF, IFERROR, COUNTIF(S),
 * SUMPRODUCT, OFFSET/COUNTA), and each carries the `result` it has on the fresh layout, so a reader that
 * does not recalculate (ExcelJS, the core's own checks) sees what Excel would show.
 *
 * The workbook follows its catalog (contract §2): every reference to the catalog is to whole columns of
 * the `Objetivos` sheet (the drop-down through OFFSET/COUNTA, since a validation list cannot name a
 * table column), never to the rows the template happened to have; `Cobertura` holds a row for each of
 * the first COVERAGE_ROWS catalog rows, blank where the catalog has none.
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

export const MATRIX_HEADERS: readonly string[] = ["N°", "Objetivo", "Objetivo estratégico", "Resultado", ...MONTH_HEADERS, "Meses", "Estado"];

const LAST_MATRIX_COLUMN = columnLetter(MATRIX_COLUMNS.status); // R
const FIRST_MONTH_COLUMN = columnLetter(MATRIX_COLUMNS.firstMonth); // E
const LAST_MONTH_COLUMN = columnLetter(MATRIX_COLUMNS.lastMonth); // P
const MONTH_COUNT_COLUMN = columnLetter(MATRIX_COLUMNS.monthCount); // Q
const STATUS_COLUMN = columnLetter(MATRIX_COLUMNS.status); // R

export const CATALOG_HEADERS: readonly string[] = ["ID", "Objetivo estratégico"];
export const COVERAGE_HEADERS: readonly string[] = ["ID", "Objetivo estratégico", ...MONTH_HEADERS, "Resultados", "Cubierto"];
/** 1-based rows of the coverage sheet. */
export const COVERAGE_HEADER_ROW = 4;
export const COVERAGE_FIRST_DATA_ROW = 5;
/**
 * The `Objetivo` drop-down's source: the catalog's ids from row 2 down, as many as the ID column holds.
 * A validation list cannot use a table's structured reference, and a whole column would offer its
 * header and a million blanks; OFFSET over COUNTA grows and shrinks with the catalog in Excel and
 * LibreOffice alike (a catalog row cleared in the middle, rather than deleted, drops the last id).
 */
export function objectiveListSource(objectivesSheet: string): string {
  const s = sheetRef(objectivesSheet);
  return `=OFFSET(${s}!$A$2,0,0,MAX(1,COUNTA(${s}!$A:$A)-1),1)`;
}

/** A workbook-unique table name: the default one for the default sheet name, else `{prefix}_{sheet name}`. */
function tableName(sheet: string, defaultSheet: string, defaultName: string, prefix = "Tabla"): string {
  if (sheet === defaultSheet) return defaultName;
  const cleaned = sheet.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return `${prefix}_${cleaned || "POA"}`.slice(0, 250);
}

const ACCEPTED_WORDS_UPPER = upperWords([...SCHEDULED_MARK_WORDS, ...NOT_APPLICABLE_MARK_WORDS]);

/**
 * What the sheet's own formulas count as a scheduled month (Meses, Cobertura, the shading): a scheduled
 * mark word in any case, or a positive number. Texts holding an amount (`3 talleres`, `$ 250`) are
 * left to the validation report: counting them takes wildcards, which LibreOffice also matches against
 * numbers and Excel does not, so the two would count differently.
 */
const SCHEDULED_CRITERIA = `{${[...SCHEDULED_WORDS_UPPER, ">0"].map((c) => `"${c}"`).join(";")}}`;

/** Scheduled months in a range, as above: COUNTIF per criterion (text criteria ignore case and match whole cells). */
function scheduledCount(range: string): string {
  return `SUMPRODUCT(COUNTIF(${range},${SCHEDULED_CRITERIA}))`;
}

/**
 * The formulas of one matrix row (1-based `row`), for the layout and for writers that extend the table
 * later. They refer to whole catalog columns, so the catalog's size is not needed.
 */
export function matrixRowFormulas(
  row: number,
  objectivesSheet: string,
  lang: Lang,
): {
  objectiveText: string;
  monthCount: string;
  status: string;
} {
  const t = layoutText(lang).status;
  const cat = catalogRefs(objectivesSheet);
  const months = `${FIRST_MONTH_COLUMN}${row}:${LAST_MONTH_COLUMN}${row}`;
  const id = `${columnLetter(MATRIX_COLUMNS.objective)}${row}`;
  const text = `${columnLetter(MATRIX_COLUMNS.objectiveText)}${row}`;
  const result = `${columnLetter(MATRIX_COLUMNS.result)}${row}`;
  const count = `${MONTH_COUNT_COLUMN}${row}`;
  return {
    // IFERROR: an empty or unknown id shows nothing rather than #N/A (contract §2: no error values).
    objectiveText: `=IFERROR(INDEX(${cat.texts},MATCH(${id},${cat.ids},0)),"")`,
    monthCount: `=${scheduledCount(months)}`,
    status:
      `=IF(AND(LEN(TRIM(${id}))=0,LEN(TRIM(${result}))=0,${count}=0),"",` +
      `IF(LEN(TRIM(${result}))=0,"${t.missingResult}",` +
      `IF(LEN(${text})=0,"${t.missingObjective}",` +
      `IF(${count}=0,"${t.noMonths}","${t.complete}"))))`,
  };
}

/** Excel refuses a data-validation formula longer than this. */
export const VALIDATION_FORMULA_LIMIT = 255;

/**
 * The month cells' validation (contract §2, §4): accepts what the core counts as scheduled or not
 * scheduled, refuses what it calls invalid, in at most 255 characters and without arrays (Excel allows
 * neither arrays nor longer formulas in a validation). Three tests, any of which accepts:
 * - the cell, upper-cased and trimmed (line breaks and no-break spaces as spaces), is a mark word or
 *   blank (`|X|✓|…|` holds `|SÍ|`, and `||` for blank);
 * - its first character can start a number (a typed number is read through TRIM as its text, so a
 *   negative one starts with `-` and is refused; booleans and error values are refused too);
 * - the character after its first space can start a number (`Bs 980,50`, `US$ 250`).
 * COUNT skips the tests that fail (FIND gives an error), in Excel and LibreOffice alike. Where this is
 * wider or narrower than the core, docs/behaviour.md says so.
 */
export function monthMarkValidationFormula(topLeft: string): string {
  const normalized = `UPPER(TRIM(SUBSTITUTE(SUBSTITUTE(${topLeft},CHAR(10)," "),"\u00a0"," ")))`;
  return `=COUNT(FIND("|"&${normalized}&"|",${wordList(ACCEPTED_WORDS_UPPER, true)}),${amountTests(topLeft)})>0`;
}

/** True where a month cell counts as scheduled, as the sheet's own formulas see it (see SCHEDULED_CRITERIA). */
export function scheduledMonthFormula(topLeft: string): string {
  return `=OR(N(${topLeft})>0,${isScheduledWord(topLeft)})`;
}

/** A result's 12 months, as the sheet's `X` marks; none when the template gives none. */
export function scheduledMonths(result: PlanTemplate["results"][number] | undefined): boolean[] {
  return Array.from({ length: 12 }, (_, m) => result?.months?.[m] === true);
}

function objectivesSheet(template: PlanTemplate, names: SheetNames, text: LayoutText, catalogRows: number): LayoutSheet {
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
    { range: `A1:B${last}`, grid: true },
  );
  sheet.columnWidths.push({ column: "A", width: 8 }, { column: "B", width: 100 });
  sheet.freeze = { rows: 1, columns: 1 };
  sheet.print = printSetup(text, 1);
  return finish(sheet);
}

function matrixSheet(template: PlanTemplate, names: SheetNames, text: LayoutText, lang: Lang): LayoutSheet {
  const sheet = emptySheet(names.matrix);
  const catalog = template.objectives;
  const dataRows = Math.max(template.results.length, 1);
  const first = MATRIX_FIRST_DATA_ROW;
  const last = first + dataRows - 1;
  const t = text.status;
  const col = (c: number) => columnLetter(c);

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
    const f = matrixRowFormulas(row, names.objectives, lang);
    const cells: LayoutCell[] = [i + 1, objectiveId, formula(f.objectiveText, objectiveText), resultText];
    for (let m = 0; m < 12; m++) cells.push(scheduled[m] ? "X" : null);
    cells.push(formula(f.monthCount, count), formula(f.status, status));
    rows[i] = cells;
  }
  sheet.blocks.push({ anchor: `A${first}`, rows });
  const span = (from: number, to: number) => `${col(from)}${first}:${col(to)}${last}`;
  const months = span(MATRIX_COLUMNS.firstMonth, MATRIX_COLUMNS.lastMonth);
  const ids = span(MATRIX_COLUMNS.objective, MATRIX_COLUMNS.objective);
  const statuses = span(MATRIX_COLUMNS.status, MATRIX_COLUMNS.status);
  sheet.tables.push({
    // Every matrix table's name starts with the prefix: it is how the watch tells its matrix from a planner's table.
    name: tableName(names.matrix, matrixSheetName(template.year), `${MATRIX_TABLE_PREFIX}${template.year}`, MATRIX_TABLE_PREFIX),
    range: `A${MATRIX_HEADER_ROW}:${LAST_MATRIX_COLUMN}${last}`,
    style: TABLE_STYLE,
  });
  // Typed ids and results stay text (a result such as "2024" or "=SUM(1)" is the planner's words).
  sheet.numberFormats.push(
    { range: ids, format: "@" },
    { range: span(MATRIX_COLUMNS.result, MATRIX_COLUMNS.result), format: "@" },
    { range: span(MATRIX_COLUMNS.number, MATRIX_COLUMNS.number), format: "0" },
  );
  sheet.styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: COLORS.title },
    { range: "A2", bold: true, fontSize: 12 },
    { range: "A3", italic: true },
    { range: "A4", italic: true, wrap: true, vertical: "top" },
    { range: `A${MATRIX_HEADER_ROW}:${LAST_MATRIX_COLUMN}${MATRIX_HEADER_ROW}`, bold: true, wrap: true, vertical: "middle", horizontal: "center" },
    { range: span(MATRIX_COLUMNS.number, MATRIX_COLUMNS.objective), vertical: "top", horizontal: "center" },
    { range: span(MATRIX_COLUMNS.objectiveText, MATRIX_COLUMNS.result), wrap: true, vertical: "top" },
    { range: months, horizontal: "center", vertical: "top" },
    { range: span(MATRIX_COLUMNS.monthCount, MATRIX_COLUMNS.monthCount), horizontal: "center", vertical: "top" },
    { range: statuses, wrap: true, vertical: "top" },
    { range: `A${MATRIX_HEADER_ROW}:${LAST_MATRIX_COLUMN}${last}`, grid: true },
  );
  sheet.columnWidths.push(
    { column: col(MATRIX_COLUMNS.number), width: 5 },
    { column: col(MATRIX_COLUMNS.objective), width: 9 },
    { column: col(MATRIX_COLUMNS.objectiveText), width: 32 },
    { column: col(MATRIX_COLUMNS.result), width: 40 },
    ...MONTH_HEADERS.map((_, m) => ({ column: col(MATRIX_COLUMNS.firstMonth + m), width: 5.5 })),
    { column: MONTH_COUNT_COLUMN, width: 7 },
    { column: STATUS_COLUMN, width: 15 },
  );
  sheet.merges.push(`A1:${LAST_MATRIX_COLUMN}1`, `A2:${LAST_MATRIX_COLUMN}2`, `A3:${LAST_MATRIX_COLUMN}3`, `A4:${LAST_MATRIX_COLUMN}4`);

  sheet.validations.push(
    {
      range: ids,
      kind: "list",
      source: objectiveListSource(names.objectives),
      allowBlank: true,
      ...text.objectiveList,
    },
    {
      range: months,
      kind: "custom",
      formula: monthMarkValidationFormula(`${FIRST_MONTH_COLUMN}${first}`),
      allowBlank: true,
      ...text.monthMark,
    },
  );
  sheet.conditionalFormats.push(
    {
      range: months,
      kind: "expression",
      formula: scheduledMonthFormula(`${FIRST_MONTH_COLUMN}${first}`),
      fill: COLORS.scheduledFill,
      fontColor: COLORS.scheduledFont,
    },
    {
      range: statuses,
      kind: "expression",
      formula: `=AND(LEN(${STATUS_COLUMN}${first})>0,${STATUS_COLUMN}${first}<>"${t.complete}")`,
      fill: COLORS.pendingFill,
      fontColor: COLORS.pendingFont,
    },
  );
  sheet.freeze = { rows: MATRIX_HEADER_ROW, columns: MATRIX_COLUMNS.result + 1 };
  sheet.print = printSetup(text, MATRIX_HEADER_ROW);
  return finish(sheet);
}

function coverageSheet(template: PlanTemplate, names: SheetNames, text: LayoutText, catalogRows: number): LayoutSheet {
  const sheet = emptySheet(names.coverage);
  const count = Math.max(catalogRows, COVERAGE_ROWS);
  const first = COVERAGE_FIRST_DATA_ROW;
  const last = first + count - 1;
  const lastCol = columnLetter(COVERAGE_HEADERS.length - 1); // P
  const m = sheetRef(names.matrix);
  const cat = catalogRefs(names.objectives);
  const ids = `${m}!$${columnLetter(MATRIX_COLUMNS.objective)}:$${columnLetter(MATRIX_COLUMNS.objective)}`;

  sheet.blocks.push({ anchor: "A1", rows: [[text.coverageTitle(template.year)], [text.coverageNote(names.matrix)]] });
  sheet.blocks.push({ anchor: `A${COVERAGE_HEADER_ROW}`, rows: [[...COVERAGE_HEADERS]] });

  const rows: LayoutCell[][] = [];
  for (let i = 0; i < count; i++) {
    const row = first + i;
    const catalogRow = 2 + i;
    const objective = i < catalogRows ? template.objectives[i] : undefined;
    const id = objective?.id ?? "";
    const served = objective ? template.results.filter((r) => sameId(r.objective, objective.id)) : [];
    const results = objective ? served.length : "";
    const perMonth = Array.from({ length: 12 }, (_, k) => served.filter((r) => r.months?.[k] === true).length);
    // Row by row, the catalog's ids and texts by position, blank where the catalog ends.
    const catalogCells = catalogRowFormulas(cat, catalogRow, `$A${row}`);
    const cells: LayoutCell[] = [formula(catalogCells.id, id), formula(catalogCells.text, objective?.text ?? "")];
    for (let k = 0; k < 12; k++) {
      // Whole columns of the matrix, so rows the planner adds later count too; the header and title
      // rows never hold an objective id, so they never match.
      const month = `${m}!${columnLetter(MATRIX_COLUMNS.firstMonth + k)}:${columnLetter(MATRIX_COLUMNS.firstMonth + k)}`;
      cells.push(formula(`=IF($A${row}="","",SUMPRODUCT(COUNTIFS(${ids},$A${row},${month},${SCHEDULED_CRITERIA})))`, objective ? perMonth[k] : ""));
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
    { range: "A2", italic: true, wrap: true, vertical: "top" },
    { range: `A${COVERAGE_HEADER_ROW}:${lastCol}${COVERAGE_HEADER_ROW}`, bold: true, wrap: true, vertical: "middle", horizontal: "center", fill: COLORS.headerFill },
    { range: `A${first}:A${last}`, horizontal: "center", vertical: "top" },
    { range: `B${first}:B${last}`, wrap: true, vertical: "top" },
    { range: `C${first}:${lastCol}${last}`, horizontal: "center", vertical: "top" },
    { range: `A${COVERAGE_HEADER_ROW}:${lastCol}${last}`, grid: true },
  );
  sheet.columnWidths.push(
    { column: "A", width: 8 },
    { column: "B", width: 50 },
    ...MONTH_HEADERS.map((_, k) => ({ column: columnLetter(2 + k), width: 5.5 })),
    { column: "O", width: 11 },
    { column: "P", width: 10 },
  );
  sheet.merges.push(`A1:${lastCol}1`, `A2:${lastCol}2`);
  sheet.conditionalFormats.push(
    { range: `C${first}:N${last}`, kind: "colorScale", minColor: COLORS.heatMin, maxColor: COLORS.heatMax },
    { range: `P${first}:P${last}`, kind: "expression", formula: `=$P${first}="${text.no}"`, fill: COLORS.uncoveredFill, fontColor: COLORS.uncoveredFont },
  );
  sheet.freeze = { rows: COVERAGE_HEADER_ROW, columns: 2 };
  sheet.print = printSetup(text, COVERAGE_HEADER_ROW);
  return finish(sheet);
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
      objectivesSheet(template, names, text, catalogRows),
      matrixSheet(template, names, text, options.lang),
      coverageSheet(template, names, text, catalogRows),
    ],
  };
}
