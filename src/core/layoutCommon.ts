/**
 * What the scaffolded sheets share (contract §2): where the matrix table sits, the catalog's columns,
 * the mark words as the sheet's formulas compare them, the colours, and how every sheet prints. The
 * plan's sheets (`layout.ts`) and seguimiento's (`layoutMonitoring.ts`) are built from these.
 */
import { sheetRef } from "./address";
import type { FormulaCell, LayoutPrint, LayoutSheet } from "./layoutTypes";
import { rowHeightsFor } from "./layoutRowHeights";
import type { LayoutText } from "./layoutText";
import { SCHEDULED_MARK_WORDS } from "./marks";
import { MONTH_LABELS } from "./months";
import { CURRENCY_SIGNS } from "./numberText";

/** Header labels of the month columns: the contract's Spanish abbreviations in both languages. */
export const MONTH_HEADERS: readonly string[] = MONTH_LABELS.es;

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

/**
 * Catalog rows `Cobertura` and `Seguimiento` follow without the add-in: objectives added later show
 * up to this many (blank rows beyond the catalog); a bigger catalog gets a row per objective. Thirty
 * keeps a fresh sheet on one landscape page.
 */
export const COVERAGE_ROWS = 30;

export const TABLE_STYLE = "TableStyleMedium2";

/** Excel's own neutral and bad styles: a month pending or an objective uncovered, and the semáforo's amber and red. */
const NEUTRAL = { fill: "FFEB9C", font: "9C5700" };
const BAD = { fill: "FFC7CE", font: "9C0006" };

export const COLORS = {
  title: "1F4E78",
  headerFill: "DDEBF7",
  scheduledFill: "2F75B5",
  scheduledFont: "FFFFFF",
  pendingFill: NEUTRAL.fill,
  pendingFont: NEUTRAL.font,
  uncoveredFill: BAD.fill,
  uncoveredFont: BAD.font,
  heatMin: "FFFFFF",
  heatMax: "63BE7B",
  /** The semáforo: Excel's own good, neutral and bad styles, and a grey for nothing due. */
  greenFill: "C6EFCE",
  greenFont: "006100",
  amberFill: NEUTRAL.fill,
  amberFont: NEUTRAL.font,
  redFill: BAD.fill,
  redFont: BAD.font,
  greyFill: "EDEDED",
  greyFont: "595959",
};

/** Where the catalog's ids and texts are: whole columns, so objectives added or removed are followed. */
export interface CatalogRefs {
  ids: string;
  texts: string;
}

export function catalogRefs(objectivesSheet: string): CatalogRefs {
  const s = sheetRef(objectivesSheet);
  return { ids: `${s}!$A:$A`, texts: `${s}!$B:$B` };
}

/**
 * A catalog row's id and text by position (INDEX over whole columns, so rows inserted into or deleted
 * from the catalog never turn it into #REF!), blank where the catalog ends; `idCell` is where the
 * sheet shows the id (the text formula reads it back).
 */
export function catalogRowFormulas(cat: CatalogRefs, catalogRow: number, idCell: string): { id: string; text: string } {
  const at = (column: string) => `INDEX(${column},${catalogRow})`;
  return { id: `=IF(${at(cat.ids)}="","",${at(cat.ids)})`, text: `=IF(${idCell}="","",${at(cat.texts)}&"")` };
}

export function sameId(a: string, b: string): boolean {
  // MATCH and COUNTIF compare text without regard to case.
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Words as the sheet's formulas compare them (UPPER in Excel and LibreOffice; COUNTIF ignores case). */
export function upperWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.toUpperCase()))];
}

export const SCHEDULED_WORDS_UPPER = upperWords(SCHEDULED_MARK_WORDS);

/** `|X|✓|…|`: a word is in the list when `"|"&word&"|"` is found in it (no array constant needed). */
export function wordList(words: readonly string[], withEmpty = false): string {
  return `"${withEmpty ? "|" : ""}|${words.join("|")}|"`;
}

/** Whether `ref` (a cell, or a range inside SUMPRODUCT) holds a scheduled mark word, in any case. */
export function isScheduledWord(ref: string): string {
  return `ISNUMBER(FIND("|"&UPPER(${ref})&"|",${wordList(SCHEDULED_WORDS_UPPER)}))`;
}

/** Characters that may start a number stored as text (contract §4 v2; see numberText.ts): digits, separators, currency signs, a no-break space. */
const NUMBER_START = `0123456789.,${CURRENCY_SIGNS.join("")}\u00a0`;
/** Characters that may start the number after a currency written in letters (`Bs 980,50`). */
const NUMBER_AFTER_CURRENCY = "0123456789.,";

/**
 * The tests a cell's rule uses to accept an amount, typed or stored as text, as arguments of COUNT
 * (each is a number when it passes, an error when it fails, in Excel and LibreOffice alike): its first
 * character, trimmed, can start a number; or the character after its first space can (`Bs 980,50`).
 * A typed number reaches them through TRIM as its text, so a negative one (`-…`) fails.
 */
export function amountTests(topLeft: string): string {
  const trimmed = `TRIM(${topLeft})`;
  return `FIND(LEFT(${trimmed}),"${NUMBER_START}"),FIND(MID(${trimmed},FIND(" ",${trimmed})+1,1),"${NUMBER_AFTER_CURRENCY}")`;
}

export function formula(text: string, result?: string | number): FormulaCell {
  return result === undefined ? { formula: text } : { formula: text, result };
}

export function emptySheet(name: string): LayoutSheet {
  return { name, blocks: [], numberFormats: [], styles: [], columnWidths: [], merges: [], tables: [], validations: [], conditionalFormats: [] };
}

/** Excel's "Narrow" margins, in inches. */
const NARROW_MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * How every scaffolded sheet prints (contract §2): landscape Letter, one page wide and as many tall as
 * needed, narrow margins, the rows `first`…`last` (the table's header) on every page, the sheet's name
 * and "Página n de m" in the footer.
 */
export function printSetup(text: LayoutText, first: number, last = first): LayoutPrint {
  return {
    orientation: "landscape",
    paper: "letter",
    fitToPagesWide: 1,
    margins: { ...NARROW_MARGINS },
    titleRows: { first, last },
    footer: { left: "&A", right: text.footerPage },
  };
}

/** The last touches every sheet gets once its cells are laid out: row heights that fit its wrapped text. */
export function finish(sheet: LayoutSheet): LayoutSheet {
  sheet.rowHeights = rowHeightsFor(sheet);
  return sheet;
}
