import { ExcelDouble, type DoubleOptions } from "./double";
import { OfficeErrorDouble } from "./errors";

/** Enums as the real API has them: camelCase members whose values are the PascalCase strings. */
const ENUMS = {
  EventSource: { local: "Local", remote: "Remote" },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  EventType: { worksheetChanged: "WorksheetChanged" },
  DataChangeType: { unknown: "Unknown", rangeEdited: "RangeEdited", rowInserted: "RowInserted", rowDeleted: "RowDeleted", columnInserted: "ColumnInserted", columnDeleted: "ColumnDeleted", cellInserted: "CellInserted", cellDeleted: "CellDeleted" },
  ConditionalFormatType: { custom: "Custom", colorScale: "ColorScale", dataBar: "DataBar", iconSet: "IconSet", topBottom: "TopBottom", presetCriteria: "PresetCriteria", containsText: "ContainsText", cellValue: "CellValue" },
  ConditionalFormatColorCriterionType: { invalid: "Invalid", lowestValue: "LowestValue", highestValue: "HighestValue", number: "Number", percent: "Percent", formula: "Formula", percentile: "Percentile" },
  DataValidationType: { none: "None", wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom", inconsistent: "Inconsistent", mixedCriteria: "MixedCriteria" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify", centerAcrossSelection: "CenterAcrossSelection", distributed: "Distributed" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" },
  RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
  ErrorCodes: {
    apiNotFound: "ApiNotFound",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

/** The `Excel` namespace backed by a double. */
export function excelNamespace(double: ExcelDouble): Record<string, unknown> {
  return {
    ...ENUMS,
    run: (first: unknown, second?: unknown) => double.run(first, second),
  };
}

/** A minimal `Office`: requirement sets up to the double's `maxApi`, the display language, onReady. */
export function officeNamespace(double: ExcelDouble): Record<string, unknown> {
  return {
    context: {
      get displayLanguage() {
        return double.displayLanguage;
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && double.supports(version ?? "1.1"),
      },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}

/**
 * Puts `Excel`, `Office` and `OfficeExtension` on the global object so production code runs unchanged;
 * returns the double (to inspect, to simulate the planner) and an `uninstall`.
 */
export function install(globalObject: Record<string, unknown> = globalThis as unknown as Record<string, unknown>, options: DoubleOptions = {}): ExcelDouble & { uninstall(): void } {
  const double = new ExcelDouble(options);
  const saved = { Excel: globalObject.Excel, Office: globalObject.Office, OfficeExtension: globalObject.OfficeExtension };
  globalObject.Excel = excelNamespace(double);
  globalObject.Office = officeNamespace(double);
  globalObject.OfficeExtension = { Error: OfficeErrorDouble, ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded", valueNotLoaded: "ValueNotLoaded", apiNotFound: "ApiNotFound" } };
  return Object.assign(double, {
    uninstall(): void {
      Object.assign(globalObject, saved);
    },
  });
}

export { ExcelDouble, FIVE_MB, type DoubleOptions, type SyncRecord } from "./double";
export { OfficeErrorDouble } from "./errors";
