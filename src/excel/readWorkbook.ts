import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { locateMatrix, type LocateOptions } from "../core/locate";
import type { Lang } from "../core/model";
import { fillBatches, notCovered } from "./fillPlan";
import { shellText } from "./messages";
import { hiddenSheets, readApart, readByRows, readFillBatches, SHEET_LIST, trySync } from "./readInParts";
import { fillsToRead, readPlanOf, sheetsToRead } from "./readPlan";
import {
  applyNumberFormats,
  gridOf,
  putFills,
  queueFills,
  queueNumberFormats,
  queueSheet,
  rawOf,
  type MergeReading,
  type QueuedFormats,
  type QueuedSheet,
  type RawSheet,
} from "./sheetRead";
import { applySettingsRegions, queueMonitoringFormulas, readSettingsElsewhere, type QueuedSettings } from "./settingsRead";
import { runExcel, type SyncOptions } from "./syncWithTimeout";

export interface ReadWorkbookOptions {
  lang: Lang;
  timeoutMs: number;
  /** Read only this sheet (and the catalog sheet); the others appear with no cells. */
  sheet?: string;
  /** Read only the sheet the planner is on (and the catalog sheet), in the same two syncs; overrides `sheet`. */
  activeSheet?: boolean;
  /** ExcelApi 1.9: read fill colours (contract §8, months marked by colour). */
  fills: boolean;
  /** ExcelApi 1.13: read merged areas. */
  merges: boolean;
}

export interface ReadWorkbookResult {
  /** The sheets, each marked `hidden` where the workbook hides it. */
  book: WorkbookGrid;
  /** Planner-facing notes on what could not be read (fills), in the planner's language. */
  notes: string[];
  /** Where the core looks for the matrix, as this read located it: the sheet asked for, else the sheet the planner is on first. */
  locate: LocateOptions;
}

/**
 * The workbook as a `WorkbookGrid` in two syncs, fills included, also at 5,000 rows:
 * 1. the sheet names, and — needing no name — the active sheet's values (usually the matrix: the
 *    scaffold activates it and planners validate what they look at), with the number formats of the
 *    rows where a header can be;
 * 2. the other sheets the core reads (readPlan.ts), the active sheet's number formats where it holds
 *    numbers, the seguimiento sheet's settings formulas (settingsRead.ts), and fill colours only where the core reads them (label and month columns of the matrix's
 *    data rows, found by the core's own choice of matrix on what sync 1 brought).
 * A third sync reads fills only when the matrix is not the active sheet (or a sheet before it also
 * holds one), or when the fills alone are too large for one answer. The core gets the same grid as
 * from reading everything: fills elsewhere are never looked at.
 * What does not fit one answer (Excel on the web's 5 MB) or one merged-area read (512 areas) is read
 * in parts (readInParts.ts), by the workbooks that need it only.
 */
export async function readWorkbook(options: ReadWorkbookOptions): Promise<ReadWorkbookResult> {
  const t = shellText(options.lang);
  const sync: SyncOptions = { lang: options.lang, timeoutMs: options.timeoutMs };
  const merges: MergeReading = options.merges ? "whole" : "none";
  return runExcel(options.lang, async (context) => {
    const worksheets = context.workbook.worksheets;

    // Sync 1: the names (and which are hidden) and the active sheet.
    worksheets.load(SHEET_LIST);
    const activeSheet = worksheets.getActiveWorksheet();
    activeSheet.load("name");
    const queued = queueSheet(activeSheet, "", merges, "header");
    let names: string[];
    let hidden: string[];
    let active: RawSheet;
    const first = await trySync(context, sync, merges === "whole");
    if (first === "answered") {
      names = worksheets.items.map((s) => s.name);
      hidden = hiddenSheets(worksheets);
      // Loaded above and synced by trySync (context.sync() with a time limit), which the rules cannot see.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      active = { ...rawOf(queued), name: activeSheet.name };
    } else {
      // The active sheet alone is over a limit (e.g. 5,000 results of 1,000 characters): read it in parts.
      const wanted = (name: string, all: string[]) => options.activeSheet === true || sheetsToRead(all, options.sheet).includes(name);
      ({ names, hidden, raw: active } = await readByRows(context, sync, null, first === "tooManyMerges" ? "banded" : merges, wanted));
    }

    const sheet = options.activeSheet ? active.name : options.sheet;
    const read = sheetsToRead(names, sheet);
    const grids = new Map<string, SheetGrid>();
    const activeRaw = read.includes(active.name) ? active : null;
    if (activeRaw) grids.set(active.name, gridOf(activeRaw, "header"));

    const notes: string[] = [];
    if (!options.fills) notes.push(t.fillsUnsupported);
    // Where fills are wanted, judged from the active sheet alone (the core's own lookup answers whether it is the sheet asked for); checked again once all is read.
    const guessed = options.fills && activeRaw ? fillsToRead([grids.get(active.name)!], { sheet }) : null;
    const batches = guessed ? fillBatches(guessed.rects) : [];

    // Sync 2: the other sheets, the active sheet's number formats, the first batch of fills.
    const others = read.filter((n) => n !== active.name);
    let activeFormats: QueuedFormats[] = [];
    // The formulas of a seguimiento sheet's settings (§9) ride along with the first sync that answers (settingsRead.ts).
    let settings: QueuedSettings[] = [];
    const queueActiveFormatsAndSettings = () => {
      if (activeRaw) activeFormats = queueNumberFormats(activeSheet, grids.get(active.name)!);
      settings = queueMonitoringFormulas(worksheets, read);
    };
    const queueOthers = () => others.map((n) => queueSheet(worksheets.getItem(n), n, merges, "all"));
    queueActiveFormatsAndSettings();
    let queuedOthers: QueuedSheet[] = queueOthers();
    let readFills = batches.length > 0 ? queueFills(activeSheet, batches[0]) : [];
    let laterBatches = batches.slice(1);
    let otherRaws: RawSheet[] | null = null;
    let second = await trySync(context, sync, merges === "whole" && others.length > 0);
    if (second === "tooLarge" && batches.length > 0) {
      // The other sheets and the fills together are too large for one answer: the sheets now, the fills after.
      readFills = [];
      laterBatches = batches;
      queueActiveFormatsAndSettings();
      queuedOthers = queueOthers();
      second = await trySync(context, sync, merges === "whole" && others.length > 0);
    }
    if (second !== "answered") {
      readFills = [];
      laterBatches = batches;
      // The other sheets alone are too large (a big matrix while the planner is on another sheet), or past the merged-area limit: one at a time.
      otherRaws = await readApart(context, sync, second === "tooManyMerges" ? "banded" : merges, others, queueActiveFormatsAndSettings);
    }
    for (const raw of otherRaws ?? queuedOthers.map(rawOf)) grids.set(raw.name, gridOf(raw, "all"));
    if (activeRaw) applyNumberFormats(grids.get(active.name)!, activeRaw, activeFormats);

    const book: WorkbookGrid = { sheets: names.map((name) => grids.get(name) ?? { name, values: [] }) };
    for (const grid of book.sheets) if (hidden.includes(grid.name)) grid.hidden = true;
    const formulasKnown = applySettingsRegions(book, settings);
    // The core's own choice, now that every sheet is read (the sheet the planner is on first, as the
    // report's own choice is made). Reading settings elsewhere below fills in only sheets the location
    // does not look at (or formulas), so this one location answers both questions.
    const locate: LocateOptions = { sheet, prefer: active.name };
    const plan = readPlanOf(locateMatrix(book.sheets, locate));
    // Seguimiento's settings matter only to a matrix with Realizado; adopting (the active sheet alone) copies a plan, so the sheets it left out are not looked at.
    if (plan.monitoring) {
      const unread = options.activeSheet ? [] : names.filter((n) => !read.includes(n));
      await readSettingsElsewhere(context, sync, book, { unread, formulasKnown });
    }
    // Fills of any region the guess left out are read now.
    const wantedFills = options.fills ? plan.fills : null;
    if (wantedFills) {
      const fillsGrid: (string | null)[][] = [];
      const sameSheet = guessed?.sheet.name === wantedFills.sheet.name;
      const missing = notCovered(wantedFills.rects, sameSheet ? guessed.rects : []);
      const pending = sameSheet ? [...laterBatches, ...fillBatches(missing)] : fillBatches(missing);
      const more = await readFillBatches(context, sync, worksheets.getItem(wantedFills.sheet.name), pending);
      if (more === null) notes.push(t.fillsTooLarge);
      else {
        for (const q of sameSheet ? readFills : []) putFills(fillsGrid, q);
        for (const q of more) putFills(fillsGrid, q);
        wantedFills.sheet.fills = fillsGrid;
      }
    }
    return { book, notes, locate };
  });
}
