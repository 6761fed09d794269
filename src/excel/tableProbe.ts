import { isCatalogHeader } from "../core/matrixBody";
import type { Catalog } from "./watchGrowth";

/** One table's loads that the watcher and *Agregar seguimiento* both queue: readable after the next sync. */
export interface TableProbe {
  name: string;
  table: Excel.Table;
  /** Its sheet's id and name. */
  sheet: Excel.Worksheet;
  /** The header row's values. */
  header: Excel.Range;
  /** The table's place: row and column index, row and column count (header row included). */
  range: Excel.Range;
}

/** Queues each table's sheet, header and place; `tables` has its `items/name` loaded and synced. */
export function queueTableProbes(tables: Excel.TableCollection): TableProbe[] {
  return tables.items.map((table) => ({
    name: table.name,
    table,
    sheet: table.worksheet.load("id, name"),
    header: table.getHeaderRowRange().load("values"),
    range: table.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
  }));
}

/** The header row as read (after the sync). */
export function probedHeader(probe: TableProbe): unknown[] {
  return probe.header.values[0] ?? [];
}

/** The catalog tables (`ID`, `Objetivo estratégico`) among the probed ones: their sheet and body rows (after the sync). */
export function probedCatalogs(probes: readonly TableProbe[]): Catalog[] {
  return probes.filter((p) => isCatalogHeader(probedHeader(p))).map((p) => ({ sheet: p.sheet.name, rows: p.range.rowCount - 1 }));
}
