import fc from "fast-check";
import { groupCompliance, rowCompliance, type Execution } from "../../../src/core/monitoring/compliance";
import type { ExecutedValue } from "../../../src/core/monitoring/executed";
import { checkExecution } from "../../../src/core/monitoring/executionChecks";
import type { Compliance } from "../../../src/core/model";
import { monitoredRow } from "./rows";

/** Programado per §4: mostly unscheduled, marks (1), quantities, a few shares. */
const programado = fc.oneof(
  { arbitrary: fc.constant(0), weight: 4 },
  { arbitrary: fc.constant(1), weight: 4 },
  { arbitrary: fc.integer({ min: 2, max: 500 }), weight: 2 },
  { arbitrary: fc.double({ min: 0.01, max: 1, noNaN: true }), weight: 1 },
);
const quantity = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true }));
const realizado: fc.Arbitrary<ExecutedValue> = fc.oneof(
  fc.constant<ExecutedValue>({ kind: "blank" }),
  quantity.map((value): ExecutedValue => ({ kind: "number", value })),
  fc.constantFrom<ExecutedValue>({ kind: "invalid", raw: "abc" }, { kind: "invalid", raw: -2 }),
);
const execution: fc.Arbitrary<Execution> = fc.record({
  planned: fc.array(programado, { minLength: 12, maxLength: 12 }),
  executed: fc.array(realizado, { minLength: 12, maxLength: 12 }),
});
const corte = fc.integer({ min: 0, max: 12 });

const figures = (c: Compliance): (number | null)[] => [...c.months, c.T1, c.T2, c.T3, c.T4, c.S1, c.S2, c.year];

describe("seguimiento properties (§9)", () => {
  it("an objective's cumplimiento lies in [0, 1] in every month and period, however far rows overshoot", () => {
    fc.assert(
      fc.property(fc.array(execution, { maxLength: 8 }), corte, (rows, m) => {
        for (const figure of figures(groupCompliance(rows.map((row) => rowCompliance(row, m))))) {
          if (figure !== null) {
            expect(figure).toBeGreaterThanOrEqual(0);
            expect(figure).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it("adding a Realizado never lowers a row's figure, in any month or period", () => {
    fc.assert(
      fc.property(execution, corte, fc.integer({ min: 0, max: 11 }), quantity, (row, m, month, more) => {
        const before = rowCompliance(row, m);
        const was = row.executed[month];
        const value = was.kind === "number" ? was.value + more : more;
        const executed = row.executed.map((v, i): ExecutedValue => (i === month ? { kind: "number", value } : v));
        const after = rowCompliance({ planned: row.planned, executed }, m);
        figures(after).forEach((figure, i) => {
          const old = figures(before)[i];
          if (old === null) expect(figure).toBeNull();
          else expect(figure).toBeGreaterThanOrEqual(old); // float addition and division are monotone
        });
      }),
    );
  });

  it("moving the corte forward never removes a REPORT_MISSING for an earlier month", () => {
    fc.assert(
      fc.property(fc.array(execution, { minLength: 1, maxLength: 5 }), corte, corte, (executions, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const rows = executions.map((e, i) => monitoredRow(7 + i, "OE1", [...e.planned], [...e.executed]));
        const missing = (m: number) =>
          checkExecution({ sheet: "S", lang: "es", corte: m, rows })
            .filter((issue) => issue.code === "REPORT_MISSING")
            .map((issue) => issue.cell);
        const later = new Set(missing(late));
        for (const cell of missing(early)) expect(later.has(cell)).toBe(true);
      }),
    );
  });
});
