/**
 * The oldest Excel API the add-in runs on: tables, data validation and conditional formats. ExcelApi 1.8 means
 * Excel for Microsoft 365, Excel 2019 and later, and Excel on the web (not volume-licensed Excel 2016).
 * manifest.xml's `<Set Name="ExcelApi" MinVersion>` must say the same — test/manifest checks it — so change
 * both together (and docs/deploy.md).
 */
export const EXCEL_API_MIN_VERSION = "1.8";
