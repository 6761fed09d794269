/** @jest-environment jsdom */
/**
 * Where planners are: the add-in through the strict double with ExcelApi 1.7 (volume-licensed Office
 * 2019, the manifest's minimum), 1.8, 1.9 and 1.14 in turn — what works, what the pane says, and that
 * nothing throws. The double refuses every API above its set as Excel does (apiSets.test.ts).
 */
import "../taskpane/setup";
import { render, screen } from "@testing-library/react";
import { escoTemplate } from "../../src/core/escoTemplate";
import { createOfficeShell } from "../../src/excel/officeShell";
import { App } from "../../src/taskpane/App";
import { dumpWorkbook } from "../e2e/dump";
import { installDouble, MATRIX, type InstalledDouble } from "./helpers";

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

/** A planner's own matrix, the sheet they are on: an activity marked `x` in Enero, one whose Febrero is only coloured. */
function seedPlannersSheet(double: InstalledDouble): void {
  const sheet = double.seed(
    "POA 2025",
    [
      ["Objetivo", "Actividad", ...MONTHS],
      ["OE1", "Barrido de calles", "x", null, null, null, null, null, null, null, null, null, null, null],
      ["OE2", "Poda de árboles", null, null, "X", null, null, null, null, null, null, null, null, null],
    ],
    { fills: { D3: "2F75B5" } },
  );
  double.model.activeSheetId = sheet.id;
}

function cell(double: InstalledDouble, sheet: string, address: string) {
  const dumped = dumpWorkbook(double);
  return { value: dumped.sheets.find((s) => s.name === sheet)?.cells[address]?.value, selected: dumped.activeSheet === sheet ? dumped.sheets.find((s) => s.name === sheet)?.selection : undefined };
}

const CASES = [
  {
    set: "1.7",
    capabilities: { core: true, dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false },
    sentence:
      "Esta versión de Excel no permite crear listas desplegables y validar las marcas de mes, leer los meses marcados con color, preparar la impresión, leer celdas combinadas ni distinguir sus cambios de los de otros coautores; lo demás funciona.",
  },
  {
    set: "1.8",
    capabilities: { core: true, dataValidation: true, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false },
    sentence: "Esta versión de Excel no permite leer los meses marcados con color, preparar la impresión, leer celdas combinadas ni distinguir sus cambios de los de otros coautores; lo demás funciona.",
  },
  {
    set: "1.9",
    capabilities: { core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: false, changeSource: false },
    sentence: "Esta versión de Excel no permite leer celdas combinadas ni distinguir sus cambios de los de otros coautores; lo demás funciona.",
  },
  {
    set: "1.14",
    capabilities: { core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: true, changeSource: true },
    sentence: null,
  },
];

describe.each(CASES)("on ExcelApi $set", ({ set, capabilities, sentence }) => {
  let double: InstalledDouble;
  beforeEach(() => {
    double = installDouble(set);
  });
  afterEach(() => double.uninstall());

  it("detects what this Excel can do", () => {
    expect(createOfficeShell().capabilities()).toEqual(capabilities);
  });

  it("the pane says in one sentence what this Excel lacks, or nothing, and keeps every action on", () => {
    render(<App shell={createOfficeShell()} lang="es" />);
    if (sentence) expect(screen.getByText(sentence)).toBeInTheDocument();
    else expect(screen.queryByText(/Esta versión de Excel/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Generar matriz" })).toBeEnabled();
  });

  it("validates and adopts a planner's sheet, finds colour marks only where it can read fills, and says so where it cannot", async () => {
    seedPlannersSheet(double);
    const shell = createOfficeShell();
    for (const outcome of [await shell.validate({ lang: "es" }), await shell.readActiveSheet({ lang: "es" })]) {
      if (!outcome.ok) throw new Error(outcome.notFound.message);
      expect(outcome.report.results.map((r) => r.text)).toEqual(["Barrido de calles", "Poda de árboles"]);
      const byColour = outcome.report.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR").map((i) => i.cell);
      if (capabilities.cellProperties) {
        expect(byColour).toEqual(["D3"]);
        expect(outcome.notes).toBeUndefined();
      } else {
        expect(byColour).toEqual([]);
        expect(outcome.notes).toEqual([expect.stringContaining("no permite leer los colores de relleno")]);
      }
    }
  });

  it("goes to a cell and repairs a mark", async () => {
    seedPlannersSheet(double);
    const shell = createOfficeShell();
    const outcome = await shell.validate({ lang: "es" });
    if (!outcome.ok) throw new Error(outcome.notFound.message);
    const fix = outcome.report.issues.find((i) => i.code === "NONSTANDARD_MONTH_MARK")!.fix!;
    expect(await shell.applyFixes([fix])).toEqual({ applied: 1, skipped: 0 });
    expect(cell(double, "POA 2025", "C2").value).toBe("X");
    await shell.selectCell("POA 2025", "B3");
    expect(cell(double, "POA 2025", "B3").selected).toBe("B3");
  });

  it("watches a planner's sheet and stops, without throwing", async () => {
    seedPlannersSheet(double);
    const stop = await createOfficeShell().watch({ lang: "es", onError: (message) => { throw new Error(message); } });
    await double.simulateUserEdit("POA 2025", "E2", "X");
    await stop();
  });

  it("scaffolds the matrix (with drop-downs and mark validation only where this Excel has them, and says what it left out)", async () => {
    const shell = createOfficeShell();
    const outcome = await shell.scaffold({ template: escoTemplate(2024), lang: "es" });
    expect(outcome).toMatchObject({ ok: true });
    expect(double.model.sheets.map((s) => s.name)).toContain(MATRIX);
    const notes = outcome.ok ? (outcome.notes ?? []) : [];
    // One sentence exactly where this Excel lacks validation (1.8) or page layout (1.9).
    expect(notes.length).toBe(capabilities.dataValidation && capabilities.pageLayout ? 0 : 1);
  });
});
