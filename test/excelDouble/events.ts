import { fullAddress, type ChangedHandler, type Rect, type SheetModel } from "./model";

/**
 * How Excel delivers `Worksheet.onChanged`, as far as Microsoft's pages and OfficeDev/office-js issues
 * say (docs/excel-double.md lists each fact and guess with its source):
 * - after the change, on a later task, never inside the `context.sync()` that made it: handlers lag
 *   behind the edit (office-js #1502, #521), so a write's echo reaches the add-in after its sync resolved;
 * - for format changes as well as values ("fires when either the format or value of the data changes",
 *   learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables#detect-data-changes, from
 *   OfficeDev/office-js-docs-pr#873);
 * - not always one per edit: fast edits can lose events (office-js #1760); `dropNextEvents` models that,
 *   and `coalesce` models several edits arriving as one event over their bounding range (a guess, said so);
 * - a drop-down pick on the web fires none (office-js #4066, #3888): see `ExcelDouble.simulateDropdownPick`;
 * - rows a fill-down adds to a table come as one `RowInserted` whose address is the table's old last rows,
 *   not the new ones (office-js #728): see `ExcelDouble.simulateFillDown`.
 * A handler gets the events of changes made while it was registered.
 */

export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted";

export interface Change {
  sheet: SheetModel;
  rect: Rect;
  source: "Local" | "Remote";
  trigger: "ThisLocalAddin" | "Unknown";
  changeType: ChangeType;
}

interface Queued extends Change {
  handlers: ChangedHandler[];
}

function bounding(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

export class EventQueue {
  /** Several edits queued before delivery reach handlers as one event over their bounding range. */
  coalesce = false;
  readonly handlerErrors: unknown[] = [];
  private queued: Queued[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending = new Set<Promise<unknown>>();
  private dropping = 0;

  constructor(private readonly withTriggerSource: () => boolean) {}

  /** The next `count` changes made by the planner (not by the add-in) fire no event at all. */
  dropNextEvents(count: number): void {
    this.dropping += count;
  }

  push(change: Change): void {
    if (change.trigger === "Unknown" && change.source === "Local" && this.dropping > 0) {
      this.dropping--;
      return;
    }
    this.queued.push({ ...change, handlers: [...change.sheet.changedHandlers] });
    this.timer ??= setTimeout(() => this.deliver(), 0);
  }

  private deliver(): void {
    this.timer = null;
    const batch = this.coalesce ? merged(this.queued) : this.queued;
    this.queued = [];
    for (const change of batch) {
      const args: Record<string, unknown> = {
        type: "WorksheetChanged",
        address: fullAddress(change.sheet, change.rect).replace(/^.*!/, ""),
        changeType: change.changeType,
        source: change.source,
        worksheetId: change.sheet.id,
      };
      if (this.withTriggerSource()) args.triggerSource = change.trigger;
      for (const handler of change.handlers) {
        // Removed since the change: Excel stops calling it.
        if (!change.sheet.changedHandlers.has(handler)) continue;
        let p: Promise<unknown>;
        try {
          p = Promise.resolve(handler(args));
        } catch (e) {
          p = Promise.reject(e);
        }
        const tracked = p.catch((e) => this.handlerErrors.push(e)).finally(() => this.pending.delete(tracked));
        this.pending.add(tracked);
      }
    }
  }

  /** Waits until every event queued so far has been delivered and what its handlers started has settled. */
  async idle(): Promise<void> {
    for (let i = 0; i < 10_000 && (this.timer !== null || this.queued.length > 0 || this.pending.size > 0); i++) {
      if (this.pending.size > 0) await Promise.allSettled([...this.pending]);
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

function merged(changes: Queued[]): Queued[] {
  const out: Queued[] = [];
  for (const c of changes) {
    const same = out.find((o) => o.sheet === c.sheet && o.source === c.source && o.trigger === c.trigger && o.changeType === c.changeType && c.changeType === "RangeEdited");
    if (same) {
      same.rect = bounding(same.rect, c.rect);
      for (const h of c.handlers) if (!same.handlers.includes(h)) same.handlers.push(h);
    } else out.push({ ...c, handlers: [...c.handlers] });
  }
  return out;
}

