import { groupCompliance, rowCompliance } from "../../../src/core/monitoring/compliance";
import { done, plan } from "./rows";

const NONE_AFTER = (from: number) => Array<null>(12 - from).fill(null);

describe("a row's cumplimiento (§9): ΣR / ΣP over its scheduled months up to the corte, not capped", () => {
  it("issue 12's example: planned Jan–Mar (1, 1, 1), Realizado 1, 0, 2, corte March", () => {
    const c = rowCompliance({ planned: plan(1, 1, 1), executed: done(1, 0, 2) }, 3);
    expect(c.months).toEqual([1, 0, 2, ...NONE_AFTER(3)]);
    expect(c.T1).toBe(1); // 3 / 3
    expect(c.S1).toBe(1);
    expect(c.year).toBe(1);
    expect([c.T2, c.T3, c.T4, c.S2]).toEqual([null, null, null, null]);
  });

  it("counts only the months up to the corte: at corte February the same row is 1 / 2 in T1", () => {
    const c = rowCompliance({ planned: plan(1, 1, 1), executed: done(1, 0, 2) }, 2);
    expect(c.months).toEqual([1, 0, ...NONE_AFTER(2)]);
    expect(c.T1).toBe(0.5);
    expect(c.year).toBe(0.5);
  });

  it("nothing is due at corte 0", () => {
    const c = rowCompliance({ planned: plan(1, 1, 1), executed: done(1, 1, 1) }, 0);
    expect(c.months).toEqual(NONE_AFTER(0));
    expect(c.year).toBeNull();
  });

  it("weighs months by their planned quantity, a mark counting 1", () => {
    // Jan an X (P 1), Mar 10 units planned; done 1 and 4: T1 = 5 / 11.
    const c = rowCompliance({ planned: plan(1, 0, 10), executed: done(1, null, 4) }, 12);
    expect(c.months.slice(0, 3)).toEqual([1, null, 0.4]);
    expect(c.T1).toBeCloseTo(5 / 11, 12);
  });

  it("shows over-achievement uncapped", () => {
    const c = rowCompliance({ planned: plan(4), executed: done(5) }, 1);
    expect(c.months[0]).toBe(1.25);
    expect(c.year).toBe(1.25);
  });

  it("counts a not-reported or invalid due month as 0 done", () => {
    expect(rowCompliance({ planned: plan(1, 1), executed: done(1, null) }, 2).T1).toBe(0.5);
    expect(rowCompliance({ planned: plan(1, 1), executed: done(1, "abc") }, 2).T1).toBe(0.5);
  });

  it("leaves out a Realizado in a month not scheduled, and one after the corte", () => {
    // Planned Jan only; 5 done in Feb (unplanned) and 9 in Mar (unplanned): T1 stays 1 / 1.
    expect(rowCompliance({ planned: plan(1), executed: done(1, 5, 9) }, 3).T1).toBe(1);
    // Planned Jan and Feb, corte January: February's report, already in, does not count yet.
    expect(rowCompliance({ planned: plan(2, 2), executed: done(1, 3) }, 1).T1).toBe(0.5);
  });

  it("gives quarters, semesters and the year over their own months: S1 pools T1 and T2", () => {
    // Jan–Mar planned 1 and done 1; Apr planned 1, done 0; corte June.
    const c = rowCompliance({ planned: plan(1, 1, 1, 1), executed: done(1, 1, 1, 0) }, 6);
    expect(c.T1).toBe(1);
    expect(c.T2).toBe(0);
    expect(c.S1).toBe(0.75); // 3 / 4, not the mean of T1 and T2 (0.5)
    expect(c.year).toBe(0.75);
  });

  it("reaches the second half with the corte: Oct–Dec at corte December", () => {
    const planned = plan(0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 2, 2);
    const executed = done(null, null, null, null, null, null, 1, null, null, 2, 1, 0);
    const c = rowCompliance({ planned, executed }, 12);
    expect(c.T3).toBe(1);
    expect(c.T4).toBe(0.5);
    expect(c.S2).toBe(4 / 7);
    expect(c.year).toBe(4 / 7);
    expect([c.T1, c.T2, c.S1]).toEqual([null, null, null]);
  });
});

describe("an objective's (or the institution's) cumplimiento: the mean of its rows' figures capped at 100 %", () => {
  it("never lets one row's excess hide another's shortfall", () => {
    const over = rowCompliance({ planned: plan(1), executed: done(3) }, 1); // 300 %
    const short = rowCompliance({ planned: plan(1), executed: done(0) }, 1); // 0 %
    const group = groupCompliance([over, short]);
    expect(group.year).toBe(0.5); // (100 % + 0 %) / 2, not (300 % + 0 %) / 2 nor 3 / 2
    expect(group.months[0]).toBe(0.5);
  });

  it("caps issue 12's row at 100 % when rolled up with a row at 50 %", () => {
    const example = rowCompliance({ planned: plan(1, 1, 1), executed: done(1, 0, 2) }, 3);
    const half = rowCompliance({ planned: plan(2, 2), executed: done(1, 1) }, 3);
    const group = groupCompliance([example, half]);
    expect(group.T1).toBe(0.75);
    // March: only the example row is due there, at 200 %, capped.
    expect(group.months.slice(0, 3)).toEqual([0.75, 0.25, 1]);
  });

  it("averages only the rows with a due month in the period", () => {
    const due = rowCompliance({ planned: plan(1), executed: done(1) }, 3);
    const later = rowCompliance({ planned: plan(0, 0, 0, 0, 0, 0, 0, 0, 0, 1), executed: done() }, 3);
    const group = groupCompliance([due, later]);
    expect(group.year).toBe(1);
    expect(group.T4).toBeNull();
    expect(groupCompliance([later]).year).toBeNull();
    expect(groupCompliance([]).year).toBeNull();
  });
});
