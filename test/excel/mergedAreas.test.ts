/**
 * More than 512 merged areas: Excel fails `getMergedAreasOrNullObject` past 512 areas (Range docs), and
 * real POA sheets merge a project over its activities and each month over its sub-columns, row after row.
 * The double refuses as Excel does; the read asks again in bands and gives the core the same grid.
 */
import { recordSeenValues } from "../../src/core/fixSeen";
import type { CellValue, MergedRange, SheetGrid } from "../../src/core/grid";
import type { ValidationOutcome } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate";
import { createOfficeShell } from "../../src/excel/officeShell";
import { MAX_MERGED_AREAS } from "../excelDouble/ranges";
import { installDouble, type InstalledDouble } from "./helpers";

const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];
const SHEET = "POA 2025";
const FIRST_MONTH = 3;

/** N°, Proyecto (merged over each pair of rows), Actividad, then Programado/Realizado under each (merged) month. */
function mergeHeavySheet(activities: number): SheetGrid {
  const head: CellValue[] = ["N°", "Proyecto", "Actividad"];
  const sub: CellValue[] = [null, null, null];
  const merges: MergedRange[] = [];
  MONTHS.forEach((m, k) => {
    head.push(m, null);
    sub.push("Programado", "Realizado");
    merges.push({ top: 2, left: FIRST_MONTH + 2 * k, bottom: 2, right: FIRST_MONTH + 2 * k + 1 });
  });
  const values: CellValue[][] = [["ALCALDÍA MUNICIPAL"], ["PLAN OPERATIVO ANUAL 2025"], head, sub];
  for (let i = 0; i < activities; i++) {
    const r = values.length;
    const line: CellValue[] = [i + 1, i % 2 === 0 ? `Proyecto ${i / 2 + 1}` : null, `Actividad ${i + 1} del servicio municipal`];
    for (let k = 0; k < 12; k++) line.push((i + k) % 3 === 0 ? "X" : k === 5 && i % 7 === 0 ? "x" : null, null);
    if (i % 2 === 0) merges.push({ top: r, left: 1, bottom: r + 1, right: 1 });
    values.push(line);
  }
  return { name: SHEET, values, merges };
}

function seed(double: InstalledDouble, grid: SheetGrid): void {
  const sheet = double.seed(grid.name, grid.values as (string | number | null)[][]);
  sheet.merges.push(...(grid.merges ?? []));
}

describe("a sheet with more than 512 merged areas", () => {
  let double: InstalledDouble;
  afterEach(() => double.uninstall());

  it("is refused by the double as Excel refuses it, past 512 areas only", async () => {
    double = installDouble();
    const grid = mergeHeavySheet(2 * (MAX_MERGED_AREAS - 12));
    seed(double, grid);
    const areasOf = async (rows: number) => {
      await Excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(0, 0, rows, 30).getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
        return areas.areaCount;
      });
    };
    await expect(areasOf(grid.values.length)).resolves.toBeUndefined();
    double.sheet(SHEET).merges.push({ top: grid.values.length, left: 1, bottom: grid.values.length + 1, right: 1 });
    await expect(areasOf(grid.values.length + 2)).rejects.toMatchObject({ code: "GeneralException" });
  });

  // The planner on the sheet (sync 1 refused), on another sheet (sync 2 refused), and both with Excel on
  // the web's answer cap low enough that the sheet is also read by rows.
  it.each([
    ["the active sheet", true, undefined],
    ["another sheet", false, undefined],
    ["the active sheet, read by rows under a small answer cap", true, 60_000],
    ["another sheet, read by rows under a small answer cap", false, 60_000],
  ])("validates %s as the core reads the same grid, merges and all", async (_, active, cap) => {
    double = installDouble();
    const grid = mergeHeavySheet(1_400);
    expect(grid.merges!.length).toBeGreaterThan(MAX_MERGED_AREAS);
    double.seed("Notas", [["Notas del plan"]]);
    seed(double, grid);
    double.model.activeSheetId = double.sheet(active ? SHEET : "Notas").id;
    if (cap !== undefined) double.responseLimitBytes = cap;

    const outcome = await createOfficeShell().validate({ lang: "es" });

    const book = { sheets: [{ name: "Notas", values: [["Notas del plan"]] }, grid] };
    const expected: ValidationOutcome = validateWorkbook(book, { lang: "es" });
    expect(outcome.ok && expected.ok).toBe(true);
    if (!outcome.ok || !expected.ok) return;
    // The shell notes what each fix's cell held (src/core/fixSeen.ts).
    recordSeenValues(book, expected.report.issues);
    expect(outcome.report).toEqual(expected.report);
    // The merges reached the core: the second activity of a project is read under it.
    expect(outcome.report.results[1].context?.[0]).toMatchObject({ text: "Proyecto 1", cell: "B5" });
  });
});
