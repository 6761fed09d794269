/**
 * A Realizado cell (contract §9) as the reader classifies it with §4's number rules: blank (not
 * reported), a number ≥ 0, or anything else (`INVALID_EXECUTED_VALUE`). The classifier from a raw cell
 * value lives with the reader, so the number-as-text rules have one owner.
 */
import type { CellValue } from "../grid";

export type ExecutedValue = { kind: "blank" } | { kind: "number"; value: number } | { kind: "invalid"; raw: CellValue };

/** The quantity reported, or null where none is (blank or invalid). */
export function executedQuantity(value: ExecutedValue): number | null {
  return value.kind === "number" ? value.value : null;
}
