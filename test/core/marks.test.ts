import { classifyMark, isShareMark } from "../../src/core/marks";

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

describe("classifyMark, contract §4 v2", () => {
  it.each([["10,000.00 "], ["1.500"], ["$ 250"], ["USD 1,000"], ["1 500"], ["Bs 980,50"], ["1,5"], ["17,121.75"]])("the number stored as text %p is a quantity, scheduled, no issue", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "quantity", scheduled: true });
  });

  it.each([["0.00"], ["$ 0"], ["0,00 Bs"], ["0 talleres"]])("%p is a zero, not scheduled", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "zero", scheduled: false });
  });

  it.each([["0,5"], ["25% de la obra"], ["2,000 libros producidos"], ["3 talleres"]])(
    "%p is scheduled, non-standard (a share, or a quantity with its unit)",
    (v) => {
      expect(classifyMark(v)).toEqual({ kind: "nonstandard", scheduled: true });
    },
  );

  it.each([["-250"], ["-0"], ["-2 libros"], ["Bs980"], ["sì"], ["ẍ"], ["Enero 2024"], ["15/03/2024"]])("%p is invalid", (v) => {
    expect(classifyMark(v)).toEqual({ kind: "invalid", scheduled: false });
  });

  it("keeps Sí typed with a combining accent", () => {
    expect(classifyMark("si\u0301")).toEqual({ kind: "nonstandard", scheduled: true });
    expect(classifyMark("SÍ")).toEqual({ kind: "nonstandard", scheduled: true });
  });

  it("asks before turning an amount into X, not before turning a word into X", () => {
    expect(["25% de la obra", "0,5", 0.5, "2 libros"].map(isShareMark)).toEqual([true, true, true, true]);
    // Amounts raise no issue, so there is no fix to ask about.
    expect(["x", "Sí", "$ 250", "Bs 980,50", 2.5, 3, "X"].map(isShareMark)).toEqual([false, false, false, false, false, false, false]);
  });
});
