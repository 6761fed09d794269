export { install, excelNamespace, officeNamespace, ExcelDouble, FIVE_MB, OfficeErrorDouble } from "./install";
export type { DoubleOptions, SyncRecord } from "./install";
