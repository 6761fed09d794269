/**
 * The double refuses an API above its configured ExcelApi set exactly where Excel does, for every API
 * above 1.1 the shell uses. Source for each set: the `[Api set: ExcelApi x]` line on the member in
 * Microsoft's typings (@types/office-js/index.d.ts), which the reference pages on
 * learn.microsoft.com/javascript/api/excel repeat. Excel answers an unknown API with `ApiNotFound`
 * ("The API you are trying to use could not be found. It may be available in a newer version of
 * Excel", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling); the double throws
 * it as soon as the API is touched, never later than Excel would.
 */
import { installDouble, type InstalledDouble } from "./helpers";

type Use = (context: Excel.RequestContext) => void;

const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Hoja1");

/** Each API the shell uses above ExcelApi 1.1, with the set Microsoft gives for it. */
const APIS: [api: string, set: string, use: Use][] = [
  ["Worksheet.getUsedRange(valuesOnly)", "1.2", (c) => void sheet(c).getUsedRange(true)],
  ["Range.merge", "1.2", (c) => sheet(c).getRange("A1:B1").merge()],
  ["RangeFormat.columnWidth", "1.2", (c) => void (sheet(c).getRange("A:A").format.columnWidth = 40)],
  ["Range.getResizedRange", "1.2", (c) => void sheet(c).getRange("A1").getResizedRange(1, 1)],
  ["WorksheetCollection.getItemOrNullObject", "1.4", (c) => void c.workbook.worksheets.getItemOrNullObject("Hoja1")],
  ["Worksheet.getUsedRangeOrNullObject", "1.4", (c) => void sheet(c).getUsedRangeOrNullObject()],
  ["Range.getIntersectionOrNullObject", "1.4", (c) => void sheet(c).getRange("A1:B2").getIntersectionOrNullObject("B2:C3")],
  ["TableCollection.getItemOrNullObject", "1.4", (c) => void sheet(c).tables.getItemOrNullObject("Tabla1")],
  ["Range.conditionalFormats", "1.6", (c) => void sheet(c).getRange("A1").conditionalFormats],
  ["Worksheet.freezePanes", "1.7", (c) => void sheet(c).freezePanes],
  ["Worksheet.onChanged", "1.7", (c) => void sheet(c).onChanged],
  ["Worksheet.getRangeByIndexes", "1.7", (c) => void sheet(c).getRangeByIndexes(0, 0, 1, 1)],
  ["Range.dataValidation", "1.8", (c) => void sheet(c).getRange("A1").dataValidation],
  ["Range.getCellProperties", "1.9", (c) => void sheet(c).getRange("A1").getCellProperties({ format: { fill: { color: true } } })],
  ["Range.copyFrom", "1.9", (c) => sheet(c).getRange("A2").copyFrom(sheet(c).getRange("A1"), "Formats")],
  ["Range.getMergedAreasOrNullObject", "1.13", (c) => void sheet(c).getRange("A1:B2").getMergedAreasOrNullObject()],
];

/** The set just below: 1.7 → 1.6, 1.13 → 1.12. */
function below(set: string): string {
  const [major, minor] = set.split(".").map(Number);
  return `${major}.${minor - 1}`;
}

async function attempt(use: Use): Promise<string | null> {
  try {
    await Excel.run(async (context) => {
      use(context);
      await context.sync();
    });
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("the double's requirement sets, as Excel's", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it.each(APIS)("%s needs ExcelApi %s", async (_, set, use) => {
    double = installDouble(set);
    double.seed("Hoja1", [["a", "b"], ["c", "d"]]);
    expect(await attempt(use)).not.toBe("ApiNotFound");
    double.uninstall();
    double = installDouble(below(set));
    double.seed("Hoja1", [["a", "b"], ["c", "d"]]);
    expect(await attempt(use)).toBe("ApiNotFound");
  });

  it("says which sets it has, cumulatively, through Office.context.requirements", () => {
    double = installDouble("1.9");
    const has = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
    expect(["1.1", "1.7", "1.8", "1.9"].every(has)).toBe(true);
    expect(["1.10", "1.13", "1.14"].some(has)).toBe(false);
  });
});
