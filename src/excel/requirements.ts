/**
 * Which ExcelApi requirement set each feature the shell uses needs, and the minimum the add-in asks
 * for in its manifest (`<Requirements><Sets><Set Name="ExcelApi" MinVersion="1.8"/>`). Features above
 * the minimum are used only when `isSetSupported` says so, and degrade with a message.
 */
export const FEATURE_API = {
  tablesValuesFormulasFormats: "1.1",
  mergeAndColumnWidth: "1.2",
  getItemOrNullObjectAndUsedRangeOrNullObject: "1.4",
  conditionalFormats: "1.6",
  freezePanesAndOnChanged: "1.7",
  dataValidation: "1.8",
  getCellPropertiesAndCopyFrom: "1.9",
  getMergedAreas: "1.13",
  eventTriggerSource: "1.14",
} as const;

/** The manifest's minimum: data validation (1.8) is the newest API scaffolding cannot do without. */
export const MIN_EXCEL_API = "1.8";

export function isExcelApiSupported(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    // Office not initialised (or not Excel): treat as unsupported rather than guessing.
    return false;
  }
}
