import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { workbookToGrid } from "../../src/cli/xlsxToGrid";
import { validateWorkbook } from "../../src/core/validate";
import { layoutToWorkbook } from "../../src/cli/writeLayout";
import { scaffoldLayout } from "../../src/core/layout";
import type { FormulaCell, LayoutCell } from "../../src/core/layoutTypes";
import { bigTemplate, monthMark } from "../generate";
import { medianMs, round } from "../timing";
import type { BenchContext, BenchSection } from "../types";

/**
 * `poa validate` end to end (in-process: read the .xlsx, build the grid, check, print JSON) against a
 * plain ExcelJS readFile of the same file: the ratio is what the tool adds on top of opening the file.
 */

export interface CliRow {
  rows: number;
  fileKB: number;
  readMs: number;
  validateMs: number;
  ratio: number;
  /** The tool's own work once ExcelJS has parsed the file: grid, checks and the JSON text. */
  ownMs: number;
}

/** A scaffolded workbook of `rows` results with months marked as in the core bench. */
export async function writeBigWorkbook(rows: number, file: string): Promise<void> {
  const layout = scaffoldLayout(bigTemplate(rows), { lang: "es" });
  const data = layout.sheets[1].blocks[2].rows as LayoutCell[][];
  data.forEach((cells, i) => {
    let count = 0;
    for (let m = 0; m < 12; m++) {
      const mark = monthMark(i, m);
      cells[4 + m] = mark as LayoutCell;
      if (mark === "X" || mark === "x" || (typeof mark === "number" && mark >= 1)) count++;
    }
    (cells[16] as FormulaCell).result = count;
  });
  await layoutToWorkbook(layout).xlsx.writeFile(file);
}

const silent = { stdout: () => undefined, stderr: () => undefined };

export async function measureCli(rows: number, dir: string): Promise<CliRow> {
  const file = path.join(dir, `bench-${rows}.xlsx`);
  await writeBigWorkbook(rows, file);
  const { size } = await import("fs").then((fs) => fs.promises.stat(file));
  const runs = rows <= 1_000 ? 7 : 3;
  const readMs = await medianMs(async () => {
    await new ExcelJS.Workbook().xlsx.readFile(file);
  }, runs);
  const validateMs = await medianMs(async () => {
    const code = await main(["validate", file, "--format", "json"], silent);
    if (code === 2) throw new Error("bench workbook not readable");
  }, runs);
  const parsed = await readWorkbookFile(file);
  if (!parsed.ok) throw new Error("bench workbook not readable");
  const ownMs = await medianMs(() => {
    const outcome = validateWorkbook(workbookToGrid(parsed.workbook), { lang: "es" });
    return outcome.ok ? JSON.stringify(outcome.report, null, 2).length : 0;
  }, runs);
  return {
    rows,
    fileKB: Math.round(size / 1024),
    readMs: round(readMs, 1),
    validateMs: round(validateMs, 1),
    ratio: round(validateMs / readMs, 2),
    ownMs: round(ownMs, 1),
  };
}

export const cliSection: BenchSection = {
  key: "cli",
  title: "CLI: poa validate (in-process) vs a plain ExcelJS readFile of the same .xlsx",
  async run(ctx: BenchContext) {
    const sizes = ctx.quick ? [1_000] : [1_000, 10_000, 30_000];
    const out: CliRow[] = [];
    for (const rows of sizes) {
      const r = await measureCli(rows, ctx.tmpDir);
      out.push(r);
      ctx.log(
        `  ${String(rows).padStart(6)} rows (${r.fileKB} KB): ExcelJS readFile ${r.readMs.toFixed(0).padStart(6)} ms, poa validate ${r.validateMs.toFixed(0).padStart(6)} ms, ratio ${r.ratio}x; own work after parsing ${r.ownMs.toFixed(0)} ms`,
      );
    }
    return out;
  },
};
