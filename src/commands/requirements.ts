/**
 * The oldest Excel API the add-in runs on: tables, data validation and conditional formats (ExcelApi 1.8,
 * Excel 2019 / Microsoft 365; Excel 2016 with updates). manifest.xml's `<Set Name="ExcelApi" MinVersion>`
 * must say the same — test/manifest checks it — so change both together.
 */
export const EXCEL_API_MIN_VERSION = "1.8";
