/** A rectangle of cells, 0-based and inclusive, on one sheet. */
export interface SheetRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** How long an expected echo of our own write is waited for (Excel's events can lag by seconds, office-js #521). */
export const ECHO_WAIT_MS = 5_000;
/**
 * Once the first echo of a write has come, how long more events over the same cells are taken for its
 * echoes too: one write may fire several (a style sets several properties), all delivered together; no
 * planner retypes the same cell that fast.
 */
export const ECHO_BURST_MS = 300;

interface Echo {
  sheetId: string;
  rect: SheetRect;
  until: number;
  /** The first echo came: `until` is now the end of its burst. */
  seen?: boolean;
}

function contains(outer: SheetRect, inner: SheetRect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/**
 * "That event was our own write": below ExcelApi 1.14 change events don't say who made a change, and
 * Excel delivers them later, not while our write is in flight (office-js #1502), so the write guard's
 * "a write is in flight" cannot tell them apart. The watch remembers the cells each of its writes touched
 * (`expect`) and recognises the events Excel fires there (`isEcho`): for a few seconds until the first
 * comes, then for the burst that comes with it. Idempotent passes are the real guarantee against
 * loops; this only spares useless passes. A wrong guess costs little either way: an echo missed costs
 * one read; a planner's edit taken for an echo (same cells, within a moment of our write) is left for
 * Validar to report.
 */
export class OwnWriteEchoes {
  private echoes: Echo[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Our write to these cells will fire events, later. */
  expect(sheetId: string, rects: SheetRect[]): void {
    const until = this.now() + ECHO_WAIT_MS;
    this.echoes.push(...rects.map((rect) => ({ sheetId, rect, until })));
  }

  /** Whether an event over `rect` is an echo of one of our writes. */
  isEcho(sheetId: string, rect: SheetRect): boolean {
    const now = this.now();
    this.echoes = this.echoes.filter((e) => e.until >= now);
    const echo = this.echoes.find((e) => e.sheetId === sheetId && contains(e.rect, rect));
    if (!echo) return false;
    if (!echo.seen) {
      echo.seen = true;
      echo.until = now + ECHO_BURST_MS;
    }
    return true;
  }
}
