import type { CellValue } from "../../../src/core/grid";
import type { ExecutedValue } from "../../../src/core/monitoring/executed";
import type { MonitoredRow } from "../../../src/core/monitoring/executionChecks";
import { columnLetter } from "../../../src/core/address";

/** Twelve months from the first few given; the rest not scheduled (0). */
export function plan(...firstMonths: number[]): number[] {
  return Array.from({ length: 12 }, (_, m) => firstMonths[m] ?? 0);
}

/** A number is reported, null is blank, a string is an invalid raw value. */
export type Reported = number | null | string;

export function executedOf(value: Reported): ExecutedValue {
  if (value === null) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value };
  return { kind: "invalid", raw: value as CellValue };
}

/** Twelve Realizado values from the first few given; the rest blank. */
export function done(...firstMonths: Reported[]): ExecutedValue[] {
  return Array.from({ length: 12 }, (_, m) => executedOf(firstMonths[m] ?? null));
}

/**
 * A row on sheet row `row`, its label in D and the Realizado of month m in the column after its plan,
 * as in a Programado/Realizado pair per month starting at E (E/F for Jan, G/H for Feb…).
 */
export function monitoredRow(
  row: number,
  objective: string | null,
  planned: number[],
  executed: ExecutedValue[],
  text = `Resultado de la fila ${row}`,
): MonitoredRow {
  return {
    row,
    cell: `D${row}`,
    text,
    objective,
    planned,
    executed,
    executedCells: Array.from({ length: 12 }, (_, m) => `${columnLetter(5 + 2 * m)}${row}`),
  };
}
