import { classifyMark } from "../../src/core/marks";

describe("classifyMark (contract §4)", () => {
  it.each([[null], [""], ["   "], ["\u00a0"]])("%p is empty, not scheduled", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "empty", scheduled: false });
  });

  it("X is the canonical mark", () => {
    expect(classifyMark("X")).toEqual({ kind: "canonical", scheduled: true });
  });

  it.each([["x"], ["✓"], ["✔"], ["Sí"], ["Si"], ["sí"], ["si"], ["Yes"], ["•"], [" X "], ["X "], [" X"], ["SI"], ["yes"], ["X/X"], ["XX"]])(
    "%p is scheduled but non-standard",
    (v) => {
      expect(classifyMark(v)).toEqual({ kind: "nonstandard", scheduled: true });
    },
  );

  it.each([[1], [2], [15], [1000], ["2"], [" 3 "]])("whole number %p ≥ 1 is a quantity, scheduled", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "quantity", scheduled: true });
  });

  it.each([[0], [-0], ["0"], ["00"]])("%p is zero, not scheduled", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "zero", scheduled: false });
  });

  it.each([["N/A"], ["NA"], ["n/a"], ["-"], ["—"]])("%p does not apply (§8), not scheduled, no issue", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "notApplicable", scheduled: false });
  });

  it.each([
    ["other text", "Enero"],
    ["other text", "pendiente"],
    ["other text", "No"],
    ["a date", new Date(Date.UTC(2024, 0, 1))],
    ["a negative number", -1],
    ["a boolean", true],
    ["a boolean", false],
    ["an error value", { error: "#N/A" }],
    ["an error value", { error: "#REF!" }],
    ["NaN", Number.NaN],
    ["infinity", Number.POSITIVE_INFINITY],
    ["negative text", "-2"],
  ])("%s (%p) is invalid, not scheduled", (_label, v) => {
    expect(classifyMark(v as never)).toEqual({ kind: "invalid", scheduled: false });
  });
});
