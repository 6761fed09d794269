import ExcelJS from "exceljs";
import type { Report } from "../../src/core/model";
import { runCli, tempDir } from "./cliHarness";

/** The report less seguimiento's keys (§9): what the plain scaffold's report holds. */
function withoutMonitoring(report: Report): Report {
  const { reportMonth, corteSource, thresholds, notes, ...plan } = report;
  void [reportMonth, corteSource, thresholds, notes];
  return {
    ...plan,
    results: plan.results.map(({ executed, compliance, ...row }) => (void [executed, compliance], row)),
    objectives: plan.objectives.map(({ compliance, status, ...o }) => (void [compliance, status], o)),
    summary: (({ compliance, status, ...s }) => (void [compliance, status], s))(plan.summary),
  };
}

/**
 * `poa scaffold --seguimiento` (contract §9): the workbook with the Realizado and cumplimiento columns in
 * the matrix table and the Seguimiento sheet, which `poa validate` reads as the same plan as the plain
 * scaffold (the Realizado block is not taken for the plan), with seguimiento's keys besides.
 */
describe("poa scaffold --seguimiento", () => {
  const tmp = tempDir("poa-seg-cli-");
  afterAll(() => tmp.cleanup());

  it("writes four sheets, the matrix table through Año, and validates as the plain scaffold does, with seguimiento besides", async () => {
    const plain = tmp.file("plain.xlsx");
    const monitored = tmp.file("seguimiento.xlsx");
    expect((await runCli(["scaffold", "--out", plain])).code).toBe(0);
    const run = await runCli(["scaffold", "--out", monitored, "--seguimiento"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Seguimiento");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(monitored);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Objetivos", "Matriz POA 2024", "Cobertura", "Seguimiento"]);
    const table = wb.getWorksheet("Matriz POA 2024")!.getTables().map((t) => (t as unknown as { table: { tableRef: string } }).table.tableRef);
    expect(table).toEqual(["A6:AK13"]);
    const a = await runCli(["validate", plain, "--format", "json"]);
    const b = await runCli(["validate", monitored, "--format", "json"]);
    expect(b.code).toBe(a.code);
    const withMonitoring = JSON.parse(b.stdout) as Report;
    expect(withMonitoring.reportMonth).toBe(12); // 2024 is past: the corte cell's formula means the whole year
    expect(withoutMonitoring(withMonitoring)).toEqual(JSON.parse(a.stdout));
  });

  it("is an option of scaffold only, and the help names it in both languages", async () => {
    const misplaced = await runCli(["validate", tmp.file("x.xlsx"), "--seguimiento"]);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain("La opción --seguimiento no se usa con «npx poa validate»");
    expect((await runCli(["--help"])).stdout).toContain("--seguimiento");
    expect((await runCli(["--help", "--lang", "en"])).stdout).toContain("--seguimiento");
  });
});
