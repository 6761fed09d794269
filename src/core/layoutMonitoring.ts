/**
 * Seguimiento in the scaffolded workbook (contract §9), as layout data: the Realizado of each month and
 * the row's cumplimiento as columns of the matrix table itself, and a `Seguimiento` sheet of objectives ×
 * periods with the corte and the semáforo's thresholds in cells the planner can change.
 *
 * Where the columns go. The twelve Realizado columns and the seven cumplimiento columns continue the
 * matrix table to the right of `Estado`, so a plan and its execution share a table row (sorting,
 * inserting or deleting rows never separates them) and no column of the plan moves: the months keep
 * reading as one timeline, `Cobertura` and every formula of the plan stay as they are, and *Agregar
 * seguimiento* grows an existing matrix by adding table columns at its end, with no planner cell moved.
 * The Realizado headers are the months again, with a period (`Ene.`, since a table's headers must
 * differ), under a band row labelled `Programado` over the plan's months and `Realizado` over these,
 * so a reader that follows contract §8 (the planned block is the one under `Programado`, else the
 * first) reads the plan, and §9's reader finds the Realizado block as the second twelve months under
 * `Realizado`.
 *
 * The figures are §9's (docs/behaviour.md, Seguimiento): a row's cumplimiento over a period is ΣR / ΣP
 * over its scheduled months of the period up to the corte, uncapped, none where nothing is due; an
 * objective's and the institution's, the mean over their rows with a due month of each row capped at
 * 100 %. A month's P is its positive number, or 1 for a scheduled mark word (the words the sheet's
 * `Meses` counts); a due month with no Realizado adds 0 done; a Realizado in a month not scheduled
 * counts nowhere. Only INDEX, IF, IFERROR, N, ISNUMBER, FIND, UPPER, COLUMN, SUMPRODUCT, SUMIFS and
 * COUNTIF(S) are used: they compute the same in Excel 2016 and LibreOffice 7.
 */
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
  isScheduledWord,
  MATRIX_COLUMNS,
  MATRIX_HEADER_ROW,
  MONTH_HEADERS,
  printSetup,
  sameId,
} from "./layoutCommon";
import { defaultSheetNames, scaffoldLayout, scheduledMonths, type SheetNames } from "./layout";
import { rowHeightsFor } from "./layoutRowHeights";
import type { LayoutCell, LayoutConditionalFormat, LayoutSheet, WorkbookLayout } from "./layoutTypes";
import { monitoringText, type MonitoringText } from "./layoutMonitoringText";
import { layoutText } from "./layoutText";
import { statusWord } from "./messages";
import type { Compliance, CompliancePeriod, Lang, PlanTemplate } from "./model";
import { groupCompliance, rowCompliance } from "./monitoring/compliance";
import { defaultCorte, type Today } from "./monitoring/corte";
import { PERIODS, PERIOD_MONTHS } from "./monitoring/periods";
import { DEFAULT_THRESHOLDS, FLOAT_NOISE as SEMAFORO_FLOAT_NOISE, semaforo } from "./monitoring/semaforo";
import { MAX_THRESHOLD } from "./monitoring/settings";

/** The sheet's default name: the contract's Spanish word in both languages, like the other sheets. */
export const MONITORING_SHEET = "Seguimiento";

/** What a scaffold with seguimiento needs: the sheet's name, and today's date for the cached corte. */
export interface MonitoringOptions {
  sheet?: string;
  /** The planner's local date: the corte cell's formula computes §9's default from it, and writers cache that. */
  today: Today;
}

/** Where a matrix table sits: 0-based sheet row of its header and column of its first column. */
export interface MatrixOrigin {
  headerRow: number;
  left: number;
}

/** The scaffold's own place for the matrix table: header on row 6, from column A. */
export const DEFAULT_ORIGIN: MatrixOrigin = { headerRow: MATRIX_HEADER_ROW - 1, left: 0 };

/** The Realizado headers: the months again, with a period, since a table's headers must differ. */
export const EXECUTED_HEADERS: readonly string[] = MONTH_HEADERS.map((m) => `${m}.`);
/** A row's cumplimiento per period, to the corte (Spanish in both languages, like every header). */
export const COMPLIANCE_HEADERS: readonly string[] = ["T1", "T2", "T3", "T4", "S1", "S2", "Año"];
export const MONITORING_HEADERS: readonly string[] = [...EXECUTED_HEADERS, ...COMPLIANCE_HEADERS];

/** 0-based columns within the matrix table, after the plan's `Estado`. */
export const MONITORING_COLUMNS = {
  firstExecuted: MATRIX_COLUMNS.status + 1,
  lastExecuted: MATRIX_COLUMNS.status + 12,
  firstCompliance: MATRIX_COLUMNS.status + 13,
  lastCompliance: MATRIX_COLUMNS.status + 12 + COMPLIANCE_HEADERS.length,
} as const;

/** The band row above the header: the words §8's and §9's readers look for over each block. */
export const BAND_LABELS = { planned: "Programado", executed: "Realizado", compliance: "Cumplimiento al corte" } as const;

/** Cells of the `Seguimiento` sheet that the formulas read. */
export const CORTE_CELL = "C3";
export const CUMPLIDO_CELL = "C4";
export const EN_RIESGO_CELL = "C5";
/** 1-based rows of the `Seguimiento` sheet. */
export const MONITORING_HEADER_ROW = 7;
export const INSTITUTION_ROW = 8;
export const FIRST_OBJECTIVE_ROW = 9;
export const MONITORING_SHEET_HEADERS: readonly string[] = ["ID", "Objetivo estratégico", ...COMPLIANCE_HEADERS, "Estado"];

/** Float noise forgiven at a threshold, the core's semáforo's own (a figure shown as 100 % is green), as a formula writes it: `1E-9`. */
const FLOAT_NOISE = String(SEMAFORO_FLOAT_NOISE).toUpperCase();

function absolute(cell: string): string {
  return cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** The corte as the formulas use it: the number in the corte cell, 0 for anything else. */
function corteRef(monitoringSheet: string): string {
  return `N(${sheetRef(monitoringSheet)}!${absolute(CORTE_CELL)})`;
}

/**
 * The sheet a matrix row's cumplimiento reads its corte from, found in the row's formulas (as
 * `formulas` reads them); null when none refers to a corte cell (a plan without seguimiento).
 */
export function monitoringSheetIn(formulas: readonly unknown[]): string | null {
  const corte = new RegExp(`(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!${absolute(CORTE_CELL).replace(/\$/g, "\\$")}(?![0-9])`);
  for (const f of formulas) {
    if (typeof f !== "string" || !f.startsWith("=")) continue;
    const m = corte.exec(f);
    if (m) return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  }
  return null;
}

function threshold(monitoringSheet: string | null, cell: string): string {
  return monitoringSheet === null ? absolute(cell) : `${sheetRef(monitoringSheet)}!${absolute(cell)}`;
}

/**
 * A row's cumplimiento over a period, for the row's cells on 0-based sheet row `row` of a table at
 * `origin`: ΣR / ΣP over the period's scheduled months up to the corte, blank where nothing is due.
 * The months due are a row constant (`{4,5,6}<=corte`), so the formula has no reference that is not
 * relative to its own row. SUMPRODUCT takes text in a range argument as 0, so text Realizado adds
 * nothing, and text months add only as mark words.
 */
export function complianceFormula(origin: MatrixOrigin, row: number, period: CompliancePeriod, monitoringSheet: string): string {
  const [from, to] = PERIOD_MONTHS[period];
  const cell = (offset: number) => `${columnLetter(origin.left + offset)}${row + 1}`;
  const plan = `${cell(MATRIX_COLUMNS.firstMonth + from)}:${cell(MATRIX_COLUMNS.firstMonth + to)}`;
  const done = `${cell(MONITORING_COLUMNS.firstExecuted + from)}:${cell(MONITORING_COLUMNS.firstExecuted + to)}`;
  const months = Array.from({ length: to - from + 1 }, (_, i) => from + i + 1).join(",");
  const due = `({${months}}<=${corteRef(monitoringSheet)})`;
  const number = `ISNUMBER(${plan})*(${plan}>0)`;
  const word = isScheduledWord(plan);
  const planned = `SUMPRODUCT(${due}*${number},${plan})+SUMPRODUCT(${due}*${word})`;
  const executed = `SUMPRODUCT(${due}*(${number}+${word})*(${done}>=0),${done})`;
  return `=IFERROR(${executed}/(${planned}),"")`;
}

/**
 * The Realizado cells' validation: accepts blank, a typed number ≥ 0, and text that may hold an amount
 * (§4's numbers stored as text: its first character can start a number, or the one after its first
 * space can), so the sheet never refuses what the core reads as a number ≥ 0. A typed negative number
 * reaches the rule as its text `-…`, and is refused.
 */
export function executedValidationFormula(topLeft: string): string {
  return `=COUNT(${amountTests(topLeft)})>0`;
}

/** The corte cell's rule: a whole month 0…12. */
function corteValidationFormula(cell: string): string {
  return `=AND(ISNUMBER(${cell}),${cell}=INT(${cell}),${cell}>=0,${cell}<=12)`;
}

/** §9's default corte, computed by the sheet from today's date: a past year 12, a future year 0, else last month. */
function defaultCorteFormula(year: number): string {
  return `=IF(${year}<YEAR(TODAY()),12,IF(${year}>YEAR(TODAY()),0,MONTH(TODAY())-1))`;
}

/** Green, amber and red for the figures of `range`, read at `figure` (written for the range's top-left). */
function semaforoFormats(range: string, figure: string, monitoringSheet: string | null): LayoutConditionalFormat[] {
  const cumplido = `${threshold(monitoringSheet, CUMPLIDO_CELL)}-${FLOAT_NOISE}`;
  const enRiesgo = `${threshold(monitoringSheet, EN_RIESGO_CELL)}-${FLOAT_NOISE}`;
  return [
    { range, kind: "expression", formula: `=AND(ISNUMBER(${figure}),${figure}>=${cumplido})`, fill: COLORS.greenFill, fontColor: COLORS.greenFont },
    { range, kind: "expression", formula: `=AND(ISNUMBER(${figure}),${figure}<${cumplido},${figure}>=${enRiesgo})`, fill: COLORS.amberFill, fontColor: COLORS.amberFont },
    { range, kind: "expression", formula: `=AND(ISNUMBER(${figure}),${figure}<${enRiesgo})`, fill: COLORS.redFill, fontColor: COLORS.redFont },
  ];
}

/** A figure as the sheet shows it before recalculating: a ratio, or blank for none. */
function cached(figure: number | null): string | number {
  return figure === null ? "" : figure;
}

/** A row's plan as §9 reads it from the fresh layout, and no Realizado yet: its cumplimiento at the corte. */
function freshCompliance(planned: readonly number[], corte: number): Compliance {
  return rowCompliance({ planned, executed: planned.map(() => ({ kind: "blank" as const })) }, corte);
}

export interface MonitoringColumnsInput {
  origin: MatrixOrigin;
  /** Body rows of the table. */
  dataRows: number;
  monitoringSheet: string;
  text: MonitoringText;
  /** Each body row's P per month, for the cached results (a writer that recalculates ignores them). */
  planned: readonly (readonly number[])[];
  corte: number;
}

/** One label of the band row above the header, over its block's columns (merged). */
export interface BandLabel {
  anchor: string;
  label: string;
  /** The merged band cells, `E5:P5`. */
  range: string;
}

/** Seguimiento's columns of a matrix table, laid out: the parts a writer adds to the matrix sheet. */
export interface MonitoringColumnsLayout {
  band: { planned: BandLabel; executed: BandLabel; compliance: BandLabel };
  /** The nineteen headers, from `headerAnchor`. */
  headerAnchor: string;
  headers: readonly string[];
  /** Body rows from `bodyAnchor`: twelve blank Realizado cells, then the seven cumplimiento formulas. */
  bodyAnchor: string;
  body: LayoutCell[][];
  /** The cumplimiento cells alone, from `complianceAnchor` (what a writer that adds blank columns fills in). */
  complianceAnchor: string;
  /** Formats, styles, widths, the Realizado rule and the shading, on the sheet's cells (the band's own style included). */
  numberFormats: LayoutSheet["numberFormats"];
  styles: LayoutSheet["styles"];
  columnWidths: LayoutSheet["columnWidths"];
  validations: LayoutSheet["validations"];
  conditionalFormats: LayoutSheet["conditionalFormats"];
  /** The table's new last column. */
  lastColumn: string;
}

/**
 * Seguimiento's columns for a matrix table at `origin` with `dataRows` body rows: the band row's
 * labels, the nineteen headers, the body (blank Realizado, cumplimiento formulas), formats, widths,
 * the Realizado rule and the shading. The table itself (its range) is the writer's: scaffolding widens
 * it, *Agregar seguimiento* adds columns.
 */
export function monitoringColumns(input: MonitoringColumnsInput): MonitoringColumnsLayout {
  const { origin, dataRows, monitoringSheet, text } = input;
  const col = (offset: number) => columnLetter(origin.left + offset);
  const bandRow = origin.headerRow; // 1-based row of the band: the row above the header
  const header = origin.headerRow + 1;
  const first = header + 1;
  const last = header + dataRows;
  const span = (from: number, to: number, top = first, bottom = last) => `${col(from)}${top}:${col(to)}${bottom}`;
  const { firstExecuted, lastExecuted, firstCompliance, lastCompliance } = MONITORING_COLUMNS;
  const bandLabel = (from: number, to: number, label: string): BandLabel => ({ anchor: `${col(from)}${bandRow}`, label, range: span(from, to, bandRow, bandRow) });
  const band = {
    planned: bandLabel(MATRIX_COLUMNS.firstMonth, MATRIX_COLUMNS.lastMonth, BAND_LABELS.planned),
    executed: bandLabel(firstExecuted, lastExecuted, BAND_LABELS.executed),
    compliance: bandLabel(firstCompliance, lastCompliance, BAND_LABELS.compliance),
  };

  const body: LayoutCell[][] = [];
  for (let i = 0; i < dataRows; i++) {
    const row = first + i - 1;
    const figures = freshCompliance(input.planned[i] ?? new Array(12).fill(0), input.corte);
    body.push([...new Array<LayoutCell>(12).fill(null), ...PERIODS.map((p) => formula(complianceFormula(origin, row, p, monitoringSheet), cached(figures[p])))]);
  }

  const executed = span(firstExecuted, lastExecuted);
  const compliance = span(firstCompliance, lastCompliance);
  const topLeft = `${col(firstExecuted)}${first}`;
  // A due month planned and not reported: the cell to fill in. The month is the cell's place in the block.
  const plan = `${col(MATRIX_COLUMNS.firstMonth)}${first}`;
  const month = `COLUMN(${topLeft})-COLUMN($${col(firstExecuted)}${first})+1`;
  return {
    band,
    headerAnchor: `${col(firstExecuted)}${header}`,
    headers: MONITORING_HEADERS,
    bodyAnchor: `${col(firstExecuted)}${first}`,
    body,
    complianceAnchor: `${col(firstCompliance)}${first}`,
    numberFormats: [{ range: compliance, format: "0%" }],
    styles: [
      ...Object.values(band).map((b) => ({ range: b.range, bold: true, horizontal: "center" as const, vertical: "middle" as const, fill: COLORS.headerFill, grid: true })),
      { range: span(firstExecuted, lastCompliance, header, header), bold: true, wrap: true, vertical: "middle", horizontal: "center" },
      { range: executed, horizontal: "center", vertical: "top" },
      { range: compliance, horizontal: "center", vertical: "top" },
      { range: span(firstExecuted, lastCompliance, header, last), grid: true },
    ],
    columnWidths: [
      ...EXECUTED_HEADERS.map((_, m) => ({ column: col(firstExecuted + m), width: 5.5 })),
      ...COMPLIANCE_HEADERS.map((_, k) => ({ column: col(firstCompliance + k), width: 6 })),
    ],
    validations: [{ range: executed, kind: "custom", formula: executedValidationFormula(topLeft), allowBlank: true, ...text.executed }],
    conditionalFormats: [
      {
        range: executed,
        kind: "expression",
        formula: `=AND(LEN(${topLeft})=0,${month}<=${corteRef(monitoringSheet)},OR(N(${plan})>0,${isScheduledWord(plan)}))`,
        fill: COLORS.pendingFill,
        fontColor: COLORS.pendingFont,
      },
      ...semaforoFormats(compliance, `${col(firstCompliance)}${first}`, monitoringSheet),
    ],
    lastColumn: col(lastCompliance),
  };
}

/** Adds seguimiento's columns (`monitoringColumns`) to a matrix sheet's layout, band merged. Returns the table's new last column. */
export function addMonitoringColumns(sheet: LayoutSheet, input: MonitoringColumnsInput): string {
  const c = monitoringColumns(input);
  const bands = Object.values(c.band);
  sheet.blocks.push(...bands.map((b) => ({ anchor: b.anchor, rows: [[b.label]] })));
  sheet.blocks.push({ anchor: c.headerAnchor, rows: [[...c.headers]] }, { anchor: c.bodyAnchor, rows: c.body });
  sheet.numberFormats.push(...c.numberFormats);
  sheet.styles.push(...c.styles);
  sheet.columnWidths.push(...c.columnWidths);
  sheet.merges.push(...bands.map((b) => b.range));
  sheet.validations.push(...c.validations);
  sheet.conditionalFormats.push(...c.conditionalFormats);
  return c.lastColumn;
}

/** The sheets a scaffold with seguimiento names. */
export interface MonitoringNames {
  objectives: string;
  matrix: string;
  monitoring: string;
}

/**
 * The `Seguimiento` sheet: the corte (a formula giving §9's default until the planner types a month)
 * and the two thresholds; then the institution and each catalog objective × `T1`…`T4`, `S1`, `S2`,
 * year, shaded by semáforo, with the year's status word. Objectives follow the catalog as `Cobertura`
 * does (the first COVERAGE_ROWS catalog rows, by position); figures read whole columns of the matrix
 * table at `origin`, so rows added to the matrix count.
 */
export function monitoringSheet(
  template: PlanTemplate,
  names: MonitoringNames,
  lang: Lang,
  catalogRows: number,
  origin: MatrixOrigin,
  corte: number,
): LayoutSheet {
  const text = layoutText(lang);
  const t = monitoringText(lang);
  const sheet = emptySheet(names.monitoring);
  const count = Math.max(catalogRows, COVERAGE_ROWS);
  const last = FIRST_OBJECTIVE_ROW + count - 1;
  const lastCol = columnLetter(MONITORING_SHEET_HEADERS.length - 1); // J
  const figureCols = COMPLIANCE_HEADERS.map((_, k) => columnLetter(2 + k)); // C…I
  const yearCol = figureCols[figureCols.length - 1];
  const statusCol = lastCol;
  const m = sheetRef(names.matrix);
  const whole = (offset: number) => {
    const letter = columnLetter(origin.left + offset);
    return `${m}!$${letter}:$${letter}`;
  };
  const ids = whole(MATRIX_COLUMNS.objective);
  const cat = catalogRefs(names.objectives);
  const cumplido = absolute(CUMPLIDO_CELL);
  const enRiesgo = absolute(EN_RIESGO_CELL);
  const corteCell = absolute(CORTE_CELL);

  // Cached results: the template's plan with nothing reported yet, judged by the core itself.
  const rowFigures = template.results.map((r) => freshCompliance(Array.from({ length: 12 }, (_, k) => (r.months?.[k] ? 1 : 0)), corte));
  const judged = (c: Compliance) => statusWord(lang, semaforo(c.year, DEFAULT_THRESHOLDS));

  const statusFormula = (row: number, guard: string | null) => {
    const figure = `${yearCol}${row}`;
    const word =
      `IF(${figure}="","${statusWord(lang, "sin_programacion")}",IF(${figure}>=${cumplido}-${FLOAT_NOISE},"${statusWord(lang, "cumplido")}",` +
      `IF(${figure}>=${enRiesgo}-${FLOAT_NOISE},"${statusWord(lang, "en_riesgo")}","${statusWord(lang, "critico")}")))`;
    return guard === null ? `=${word}` : `=IF(${guard}="","",${word})`;
  };
  /** Mean of the rows' figures with a due month (numbers in the column), each capped at 1; `match` narrows to an objective. */
  const meanFormula = (offset: number, match: string | null) => {
    const c = whole(offset);
    const by = match === null ? "" : `${ids},${match},`;
    const mean = `IFERROR((SUMIFS(${c},${by}${c},"<=1")+COUNTIFS(${by}${c},">1"))/COUNTIFS(${by}${c},">=0"),"")`;
    return match === null ? `=${mean}` : `=IF(${match}="","",${mean})`;
  };

  const corteMeaning =
    `=IFERROR(IF(${corteRef(names.monitoring)}<1,"${t.corteMeaning.none}",` +
    `"${t.corteMeaning.upTo}"&INDEX({${t.monthNames.map((n) => `"${n}"`).join(",")}},${corteCell})&"."),"")`;
  sheet.blocks.push(
    { anchor: "A1", rows: [[t.title(template.year)], [t.note(names.matrix)]] },
    {
      anchor: "A3",
      rows: [
        [t.corteLabel, null, formula(defaultCorteFormula(template.year), corte), formula(corteMeaning, corte < 1 ? t.corteMeaning.none : `${t.corteMeaning.upTo}${t.monthNames[corte - 1]}.`)],
        [t.cumplidoLabel, null, DEFAULT_THRESHOLDS.cumplido, t.thresholdHint],
        [t.enRiesgoLabel, null, DEFAULT_THRESHOLDS.enRiesgo],
      ],
    },
    { anchor: `A${MONITORING_HEADER_ROW}`, rows: [[...MONITORING_SHEET_HEADERS]] },
  );

  const institution = groupCompliance(rowFigures);
  const institutionRow: LayoutCell[] = [null, t.institution];
  PERIODS.forEach((p, k) => institutionRow.push(formula(meanFormula(MONITORING_COLUMNS.firstCompliance + k, null), cached(institution[p]))));
  institutionRow.push(formula(statusFormula(INSTITUTION_ROW, null), judged(institution)));
  const rows: LayoutCell[][] = [institutionRow];
  for (let i = 0; i < count; i++) {
    const row = FIRST_OBJECTIVE_ROW + i;
    const objective = i < catalogRows ? template.objectives[i] : undefined;
    const catalogCells = catalogRowFormulas(cat, 2 + i, `$A${row}`);
    const figures = objective ? groupCompliance(rowFigures.filter((_, r) => sameId(template.results[r].objective, objective.id))) : null;
    const line: LayoutCell[] = [formula(catalogCells.id, objective?.id ?? ""), formula(catalogCells.text, objective?.text ?? "")];
    PERIODS.forEach((p, k) => line.push(formula(meanFormula(MONITORING_COLUMNS.firstCompliance + k, `$A${row}`), figures ? cached(figures[p]) : "")));
    line.push(formula(statusFormula(row, `$A${row}`), figures ? judged(figures) : ""));
    rows.push(line);
  }
  sheet.blocks.push({ anchor: `A${INSTITUTION_ROW}`, rows });

  const figures = `C${INSTITUTION_ROW}:${yearCol}${last}`;
  const statuses = `${statusCol}${INSTITUTION_ROW}:${statusCol}${last}`;
  sheet.numberFormats.push({ range: corteCell.replace(/\$/g, ""), format: "0" }, { range: `${CUMPLIDO_CELL}:${EN_RIESGO_CELL}`, format: "0%" }, { range: figures, format: "0%" });
  sheet.styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: COLORS.title },
    { range: "A2", italic: true, wrap: true, vertical: "top" },
    { range: "A3:B5", bold: true, horizontal: "right", vertical: "middle" },
    { range: `${CORTE_CELL}:${EN_RIESGO_CELL}`, bold: true, horizontal: "center", vertical: "middle", fill: "FFF2CC", grid: true },
    { range: "D3:D4", italic: true, vertical: "middle" },
    { range: `A${MONITORING_HEADER_ROW}:${lastCol}${MONITORING_HEADER_ROW}`, bold: true, wrap: true, vertical: "middle", horizontal: "center", fill: COLORS.headerFill },
    { range: `A${INSTITUTION_ROW}:${lastCol}${INSTITUTION_ROW}`, bold: true },
    { range: `A${FIRST_OBJECTIVE_ROW}:A${last}`, horizontal: "center", vertical: "top" },
    { range: `B${INSTITUTION_ROW}:B${last}`, wrap: true, vertical: "top" },
    { range: figures, horizontal: "center", vertical: "top" },
    { range: statuses, wrap: true, vertical: "top" },
    { range: `A${MONITORING_HEADER_ROW}:${lastCol}${last}`, grid: true },
  );
  sheet.columnWidths.push(
    { column: "A", width: 8 },
    // Wider than Cobertura's: the page then scales to about Cobertura's size, and 30 catalog rows fit on it.
    { column: "B", width: 60 },
    ...figureCols.map((column) => ({ column, width: 8 })),
    { column: statusCol, width: 24 },
  );
  sheet.merges.push(`A1:${lastCol}1`, `A2:${lastCol}2`, "A3:B3", "A4:B4", "A5:B5", `D3:${lastCol}3`, `D4:${lastCol}4`);
  sheet.validations.push(
    { range: CORTE_CELL, kind: "custom", formula: corteValidationFormula(CORTE_CELL), allowBlank: true, ...t.corte },
    {
      range: `${CUMPLIDO_CELL}:${EN_RIESGO_CELL}`,
      kind: "custom",
      formula: `=AND(ISNUMBER(${CUMPLIDO_CELL}),${CUMPLIDO_CELL}>=0,${CUMPLIDO_CELL}<=${MAX_THRESHOLD})`,
      allowBlank: false,
      ...t.threshold,
    },
  );
  sheet.conditionalFormats.push(
    ...semaforoFormats(figures, `C${INSTITUTION_ROW}`, null),
    // The status word takes its year's colour; grey where nothing is due yet.
    ...semaforoFormats(statuses, `$${yearCol}${INSTITUTION_ROW}`, null),
    {
      range: statuses,
      kind: "expression",
      formula: `=AND(LEN(${statusCol}${INSTITUTION_ROW})>0,NOT(ISNUMBER($${yearCol}${INSTITUTION_ROW})))`,
      fill: COLORS.greyFill,
      fontColor: COLORS.greyFont,
    },
  );
  sheet.freeze = { rows: MONITORING_HEADER_ROW, columns: 2 };
  sheet.print = printSetup(text, MONITORING_HEADER_ROW);
  return finish(sheet);
}

/**
 * The scaffold with seguimiento: the plan's workbook (`scaffoldLayout`) with seguimiento's columns
 * continuing the matrix table, the band row printed with the header, and the `Seguimiento` sheet last.
 * Kept apart from the plan's layout so that what only seguimiento needs loads only when asked for.
 */
export function scaffoldWithMonitoring(
  template: PlanTemplate,
  options: { lang: Lang; names?: Partial<SheetNames>; monitoring: MonitoringOptions },
): WorkbookLayout {
  const names: SheetNames = { ...defaultSheetNames(template.year), ...options.names };
  const layout = scaffoldLayout(template, { lang: options.lang, names });
  const matrix = layout.sheets.find((s) => s.name === names.matrix);
  const table = matrix?.tables[0];
  if (!matrix || !table) throw new Error("the plan's layout has no matrix table");
  const sheet = options.monitoring.sheet ?? MONITORING_SHEET;
  const corte = defaultCorte(template.year, options.monitoring.today);
  const dataRows = Math.max(template.results.length, 1);
  const text = monitoringText(options.lang);
  const lastColumn = addMonitoringColumns(matrix, {
    origin: DEFAULT_ORIGIN,
    dataRows,
    monitoringSheet: sheet,
    text,
    planned: Array.from({ length: dataRows }, (_, i) => scheduledMonths(template.results[i]).map((s) => (s ? 1 : 0))),
    corte,
  });
  table.range = table.range.replace(/:[A-Z]+(\d+)$/, `:${lastColumn}$1`);
  // The band row above the header (Programado / Realizado) prints on every page too.
  if (matrix.print) matrix.print.titleRows = { first: DEFAULT_ORIGIN.headerRow, last: DEFAULT_ORIGIN.headerRow + 1 };
  matrix.rowHeights = rowHeightsFor(matrix);
  const catalogRows = Math.max(template.objectives.length, 1);
  layout.sheets.push(monitoringSheet(template, { ...names, monitoring: sheet }, options.lang, catalogRows, DEFAULT_ORIGIN, corte));
  return layout;
}
