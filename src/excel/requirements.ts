import type { ExcelCapabilities } from "./shell";

/**
 * Which ExcelApi requirement set each feature the shell uses needs, and the minimum the add-in asks
 * for in its manifest (`<Requirements><Sets><Set Name="ExcelApi" MinVersion="1.7"/>`). Features above
 * the minimum are used only when `isSetSupported` says so, and degrade with a sentence in the pane.
 * Versions: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * (each API's reference page names its set).
 */
export const FEATURE_API = {
  tablesValuesFormulasFormats: "1.1",
  mergeAndColumnWidth: "1.2",
  getItemOrNullObjectAndUsedRangeOrNullObject: "1.4",
  conditionalFormats: "1.6",
  freezePanesOnChangedAndRangeByIndexes: "1.7",
  dataValidation: "1.8",
  getCellPropertiesCopyFromAndPageLayout: "1.9",
  delayForCellEdit: "1.11",
  getMergedAreas: "1.13",
  eventTriggerSource: "1.14",
} as const;

/**
 * The manifest's minimum. Everything the add-in cannot work without (tables, formulas, conditional
 * formats, frozen panes, change events, `getRangeByIndexes`) is in 1.7, the last set volume-licensed
 * Office 2019 has; what needs more degrades (`ExcelCapabilities`).
 */
export const MIN_EXCEL_API = FEATURE_API.freezePanesOnChangedAndRangeByIndexes;

/** Asks the host whether it has an ExcelApi requirement set; injected so the rule is tested without Office. */
export type ApiCheck = (version: string) => boolean;

export function isExcelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    // Office not initialised (or not Excel): treat as unsupported rather than guessing.
    return false;
  }
}

/** What this Excel can do, asked once per feature; each feature above the minimum also needs the minimum. */
export function detectCapabilities(supports: ApiCheck = isExcelApiSupported): ExcelCapabilities {
  const core = supports(MIN_EXCEL_API);
  const has = (version: string) => core && supports(version);
  const cellProperties = has(FEATURE_API.getCellPropertiesCopyFromAndPageLayout);
  return {
    core,
    dataValidation: has(FEATURE_API.dataValidation),
    cellProperties,
    pageLayout: cellProperties,
    mergedAreas: has(FEATURE_API.getMergedAreas),
    changeSource: has(FEATURE_API.eventTriggerSource),
  };
}

/**
 * Whether `Excel.run({ delayForCellEdit: true })` holds the watcher's pass until the planner leaves the
 * cell they edit. The watcher's own need, outside `ExcelCapabilities`: the pane names nothing for it
 * (without it, a pass refused while the planner edits is tried again a little later).
 */
export function detectCellEditDelay(supports: ApiCheck = isExcelApiSupported): boolean {
  return supports(MIN_EXCEL_API) && supports(FEATURE_API.delayForCellEdit);
}

/** A feature this Excel lacks, in the order the pane names them (what a planner misses most first). */
export type MissingFeature = "dataValidation" | "colourMarks" | "pageLayout" | "mergedAreas" | "changeSource";

/** What a working Excel (core true) still lacks; empty when it has everything the add-in uses. */
export function missingFeatures(caps: ExcelCapabilities): MissingFeature[] {
  if (!caps.core) return [];
  const missing: MissingFeature[] = [];
  if (!caps.dataValidation) missing.push("dataValidation");
  if (!caps.cellProperties) missing.push("colourMarks");
  if (!caps.pageLayout) missing.push("pageLayout");
  if (!caps.mergedAreas) missing.push("mergedAreas");
  if (!caps.changeSource) missing.push("changeSource");
  return missing;
}
