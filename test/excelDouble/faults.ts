import { OfficeErrorDouble } from "./errors";

/**
 * Failures a test can ask of the double, beyond a whole sync failing (`ExcelDouble.failSync`):
 * - one operation failing inside its sync (`failOperation`): Excel runs a batch's operations in order
 *   and stops at the first that fails, so what came before it in that sync is applied and nothing after
 *   (the sync rejects with that operation's error) — e.g. a freeze that throws (office-js #2196);
 * - the planner editing a cell (`enterCellEdit`): while a cell is in edit mode every request fails at
 *   once with `InvalidOperationInCellEditMode` (office-js #625, #856, #3388), unless the batch was
 *   started with `Excel.run({ delayForCellEdit: true }, …)`, which Excel then holds until the planner
 *   leaves the cell (learn.microsoft.com/javascript/api/excel/excel.runoptions; ExcelApi 1.11).
 */

export interface OperationFault {
  /** Which queued operation fails: by its payload's `call` or `set` name, or by a predicate over the payload. */
  match: string | ((payload: unknown) => boolean);
  code: string;
  message?: string;
  /** How many matching operations fail (default 1; `Infinity`: every one, as a build that always refuses it). */
  times?: number;
}

export const CELL_EDIT_MODE_MESSAGE = "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.";

function matches(match: OperationFault["match"], payload: unknown): boolean {
  if (typeof match === "function") return match(payload);
  const p = payload as { call?: unknown; set?: unknown } | null;
  return !!p && (p.call === match || p.set === match);
}

export class Faults {
  private operations: (OperationFault & { left: number })[] = [];
  private editing = false;
  private waiting: (() => void)[] = [];

  failOperation(fault: OperationFault): void {
    this.operations.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Throws the fault an operation with this payload is due to meet, if any. */
  checkOperation(payload: unknown): void {
    const fault = this.operations.find((f) => f.left > 0 && matches(f.match, payload));
    if (!fault) return;
    fault.left--;
    throw new OfficeErrorDouble(fault.code, fault.message ?? `Simulated failure of ${JSON.stringify(payload).slice(0, 80)}`);
  }

  get inCellEdit(): boolean {
    return this.editing;
  }

  enterCellEdit(): void {
    this.editing = true;
  }

  /** The planner pressed Enter: requests Excel held for the edit run now. */
  exitCellEdit(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  /** Before a request runs: fails at once in edit mode, or (with delayForCellEdit) waits for the planner to leave the cell. */
  async beforeRequest(delayForCellEdit: boolean): Promise<void> {
    if (!this.editing) return;
    if (!delayForCellEdit) throw new OfficeErrorDouble("InvalidOperationInCellEditMode", CELL_EDIT_MODE_MESSAGE);
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
