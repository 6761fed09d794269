import { joinList } from "../../src/core/text";

describe("joinList: one way to name several things in a sentence", () => {
  it.each([
    [[], "y", ""],
    [["a"], "y", "a"],
    [["a", "b"], "and", "a and b"],
    [["a", "b", "c"], "y", "a, b y c"],
    [["a", "b", "c"], "ni", "a, b ni c"],
  ])("%j with %s", (items, last, text) => {
    expect(joinList(items, last)).toBe(text);
  });
});
