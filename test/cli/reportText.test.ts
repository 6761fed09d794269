import type { CellValue, SheetGrid } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";
import { reportText } from "../../src/cli/reportText";
import type { Lang, Report } from "../../src/core/model";
import { book, catalogSheet, MONTHS_ES, scaffoldLikeSheet } from "../core/grids";

/** A matrix whose label column is headed `Actividad` (contract §8): every row is an activity. */
function activitySheet(rows: { objective: string; text: string; marks: CellValue[] }[]): SheetGrid {
  const sheet = scaffoldLikeSheet(rows);
  sheet.values[5][3] = "Actividad";
  return sheet;
}

function reportOf(sheet: SheetGrid): Report {
  const outcome = validateWorkbook(book(sheet, catalogSheet()), {});
  if (!outcome.ok) throw new Error(outcome.notFound.message);
  return outcome.report;
}

const text = (report: Report, lang: Lang) => reportText(report, lang);

describe("the text report names rows by the matrix's level", () => {
  const x = MONTHS_ES.map(() => "X");
  const activities = activitySheet([
    { objective: "OE1", text: "Coordinar reuniones con el equipo", marks: x },
    { objective: "OE1", text: "Coordinar reuniones con el equipo", marks: x },
    { objective: "OE2", text: "Realizar monitoreo de la línea ciudadana", marks: [] },
  ]);

  it("counts activities, not results, in the objectives' lines and the titles (es and en)", () => {
    const report = reportOf(activities);
    expect(report.results.every((r) => r.level === "activity")).toBe(true);
    const es = text(report, "es");
    expect(es).toMatch(/^ {2}OE1 +cubierto +2 actividades; Ene/m);
    expect(es).toMatch(/^ {2}OE3 +sin cubrir +0 actividades; ningún mes$/m);
    expect(es).toMatch(/^ {2}Actividades sin meses programados — RESULT_WITHOUT_MONTHS \(1\)$/m);
    expect(es).toMatch(/^ {2}Actividades repetidas — DUPLICATE_RESULT/m);
    expect(es).not.toMatch(/resultado/i);
    const en = text(report, "en");
    // Listed, but not covered: an objective counts as covered only by scheduled rows.
    expect(en).toMatch(/^ {2}OE2 +not covered +1 activity; no month$/m);
    expect(en).toMatch(/^ {2}Activities with no month scheduled — RESULT_WITHOUT_MONTHS \(1\)$/m);
    expect(en).toMatch(/^ {2}Repeated activities — DUPLICATE_RESULT/m);
  });

  it("keeps results for the scaffold's own matrix, in the masculine", () => {
    const report = reportOf(
      scaffoldLikeSheet([
        { objective: "OE1", text: "Recursos gestionados", marks: x },
        { objective: "OE1", text: "Recursos gestionados", marks: x },
      ]),
    );
    const es = text(report, "es");
    expect(es).toMatch(/^ {2}OE1 +cubierto +2 resultados; Ene/m);
    expect(es).toMatch(/^ {2}Resultados repetidos — DUPLICATE_RESULT/m);
  });
});
