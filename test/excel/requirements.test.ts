import fc from "fast-check";
import { detectCapabilities, detectCellEditDelay, FEATURE_API, MIN_EXCEL_API, missingFeatures } from "../../src/excel/requirements";

/** A host that has every ExcelApi set up to `max` (as Excel does: sets are cumulative). */
function upTo(max: string) {
  const [maxMajor, maxMinor] = max.split(".").map(Number);
  return (version: string) => {
    const [major, minor] = version.split(".").map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  };
}

describe("detectCapabilities: what each Excel can do", () => {
  it("asks for no more than volume-licensed Office 2019 has (ExcelApi 1.7)", () => {
    expect(MIN_EXCEL_API).toBe("1.7");
    expect(detectCapabilities(upTo("1.7")).core).toBe(true);
    expect(detectCapabilities(upTo("1.6")).core).toBe(false);
  });

  it.each([
    ["1.6", { core: false, dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false }, []],
    ["1.7", { core: true, dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false }, ["dataValidation", "colourMarks", "pageLayout", "mergedAreas", "changeSource"]],
    ["1.8", { core: true, dataValidation: true, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false }, ["colourMarks", "pageLayout", "mergedAreas", "changeSource"]],
    ["1.9", { core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: false, changeSource: false }, ["mergedAreas", "changeSource"]],
    ["1.13", { core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: true, changeSource: false }, ["changeSource"]],
    ["1.14", { core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: true, changeSource: true }, []],
  ])("ExcelApi up to %s", (max, capabilities, missing) => {
    const caps = detectCapabilities(upTo(max));
    expect(caps).toEqual(capabilities);
    expect(missingFeatures(caps)).toEqual(missing);
  });

  it.each([
    ["1.6", false],
    ["1.7", false],
    ["1.10", false],
    ["1.11", true],
    ["1.14", true],
  ])("the watcher waits for a cell edit (delayForCellEdit) with ExcelApi up to %s: %s", (max, delay) => {
    expect(FEATURE_API.delayForCellEdit).toBe("1.11");
    expect(detectCellEditDelay(upTo(max))).toBe(delay);
  });

  it("never claims a feature above the minimum on an Excel below it, whatever the host answers", () => {
    fc.assert(
      fc.property(fc.func(fc.boolean()), (answer) => {
        const caps = detectCapabilities((v) => answer(v));
        if (!caps.core) expect(Object.values(caps).every((on) => on === false)).toBe(true);
        // Every feature is on exactly when the host has its set (and the minimum).
        expect(caps.dataValidation).toBe(caps.core && answer(FEATURE_API.dataValidation));
        expect(caps.changeSource).toBe(caps.core && answer(FEATURE_API.eventTriggerSource));
      }),
    );
  });
});
