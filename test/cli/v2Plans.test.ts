/**
 * Contract v2's reading rules (§3, §8) through `poa validate` on real .xlsx files written with ExcelJS
 * (hidden sheets as the file marks them, merged cells, values as a planner types them), each with
 * the report a planner would expect (test/fixtures/v2Plans.ts); and the files the reader refuses with
 * what to do: an old .xls, an OpenDocument .ods, a .csv.
 */
import { writeFileSync } from "fs";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/model";
import { reportSummary, V2_PLANS, type PlanCase } from "../fixtures/v2Plans";
import { runCli, STACK_FRAME, tempDir } from "./cliHarness";
import { buildZip, deflated } from "./zipFixtures";

async function writePlan(plan: PlanCase, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of plan.sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: "hidden" } : {});
    s.rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}

describe("contract v2 reading rules, through poa validate on .xlsx files", () => {
  const tmp = tempDir("poa-v2-");
  afterAll(() => tmp.cleanup());

  it.each(V2_PLANS.map((p, i) => [p.rule, p, i] as const))("%s", async (_, plan, i) => {
    const file = tmp.file(`plan-${i}.xlsx`);
    await writePlan(plan, file);
    const run = await runCli(["validate", file, "--format", "json"]);
    if ("refused" in plan.expected) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(plan.expected.message);
      return;
    }
    const report = JSON.parse(run.stdout) as Report;
    expect(reportSummary(report)).toEqual(plan.expected);
    expect(run.code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it("says in the text report that the sheet read is hidden", async () => {
    const plan = V2_PLANS.find((p) => p.sheets.some((s) => s.hidden) && !("refused" in p.expected) && p.expected.hidden)!;
    const file = tmp.file("hidden.xlsx");
    await writePlan(plan, file);
    for (const [lang, line] of [
      ["es", "La hoja «Programación» está oculta: se leyó porque ninguna hoja visible tiene una matriz."],
      ["en", 'Sheet "Programación" is hidden: it was read because no visible sheet holds a matrix.'],
    ] as const) {
      const run = await runCli(["validate", file, "--lang", lang]);
      expect(run.stdout.split("\n")[1]).toBe(line);
    }
  });
});

describe("poa validate refuses what it does not read, saying what to do (§8 v2)", () => {
  const tmp = tempDir("poa-refused-");
  afterAll(() => tmp.cleanup());
  const ods = buildZip([
    // ODF 1.2 part 3 §3.3: the first entry, stored, is `mimetype`.
    { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), method: 0, declaredSize: 46 },
    deflated("content.xml", "<office:document-content/>"),
  ]);
  const cases: [string, Buffer | string, RegExp, RegExp][] = [
    ["plan.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /libro \.xls antiguo.*guárdelo como \.xlsx/, /old \.xls workbook.*save it as \.xlsx/],
    ["plan.ods", ods, /OpenDocument \(\.ods\).*guárdela como libro \.xlsx/, /OpenDocument spreadsheet \(\.ods\).*save it as an \.xlsx/],
    ["plan.csv", "Actividad;Ene;Feb;Mar\nTaller;X;;X\n", /archivo de texto \(\.csv\).*guárdelo como libro \.xlsx/, /text file \(\.csv\).*save it as an \.xlsx/],
  ];
  it.each(cases)("%s: exit 2, one line in the planner's language", async (name, bytes, es, en) => {
    writeFileSync(tmp.file(name), bytes);
    for (const [lang, message] of [["es", es], ["en", en]] as const) {
      const run = await runCli(["validate", tmp.file(name), "--lang", lang]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });
});
