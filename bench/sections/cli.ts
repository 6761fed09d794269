import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { IGNORED_NODES, workbookToGrid } from "../../src/cli/xlsxToGrid";
import { validateWorkbook } from "../../src/core/validate";
import { layoutToWorkbook } from "../../src/cli/writeLayout";
import { scaffoldLayout } from "../../src/core/layout";
import type { FormulaCell, LayoutCell } from "../../src/core/layoutTypes";
import { bigTemplate, monthMark } from "../generate";
import { pairedTimes, round } from "../timing";
import type { BenchContext, BenchSection } from "../types";
import { realWorldGrid, RW_COLUMNS, RW_ROWS, writeRealWorldWorkbook } from "./realworld";

/**
 * What a planner feels of `poa validate`: its whole run (in process: read the .xlsx, build the grid,
 * check, print JSON) against a bare ExcelJS load of the same file (its bytes read and parsed with the
 * options poa itself uses), which any tool reading the file with ExcelJS pays. The ratio is what poa
 * adds on top of opening the file; the core's share is the part of the run spent checking.
 * The three are timed in turns, and each figure is its fastest run (pairedTimes): on a busy machine that
 * is the run least disturbed by other work, so the ratios hold where single timings swing.
 */

/** `poa validate` ÷ the bare load: at most 1.2 (the tool adds at most a fifth to opening the file). */
export const CLI_RATIO_GOAL = 1.2;
/** The core's checks ÷ `poa validate`: at most 5 % (checking is never what a planner waits for). */
export const CORE_SHARE_GOAL = 0.05;

export interface CliRow {
  file: string;
  rows: number;
  fileKB: number;
  /** Bare ExcelJS load of the file (fastest run). */
  loadMs: number;
  /** `poa validate FILE --format json`, in process (fastest run). */
  validateMs: number;
  /** validateMs ÷ loadMs. */
  ratio: number;
  /** validateWorkbook on the file's grid (fastest run). */
  coreMs: number;
  /** coreMs ÷ validateMs. */
  coreShare: number;
  met: { ratio: boolean; coreShare: boolean };
}

/** A scaffolded workbook of `rows` results with months marked as in the generated grids. */
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

export async function measureFile(label: string, rows: number, file: string, runs: number): Promise<CliRow> {
  const { size } = await fs.stat(file);
  const parsed = await readWorkbookFile(file);
  if (!parsed.ok) throw new Error(`bench workbook not readable: ${label}`);
  const grid = workbookToGrid(parsed.workbook);
  const [load, validate, core] = await pairedTimes(
    [
      async () => new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES }),
      async () => {
        if ((await main(["validate", file, "--format", "json"], silent)) === 2) throw new Error(`bench workbook not validated: ${label}`);
      },
      () => validateWorkbook(grid, { lang: "es" }),
    ],
    runs,
  );
  const [loadMs, validateMs, coreMs] = [load.min, validate.min, core.min];
  const ratio = round(validateMs / loadMs, 2);
  const coreShare = round(coreMs / validateMs, 3);
  return {
    file: label,
    rows,
    fileKB: Math.round(size / 1024),
    loadMs: round(loadMs, 1),
    validateMs: round(validateMs, 1),
    ratio,
    coreMs: round(coreMs, 1),
    coreShare,
    met: { ratio: ratio <= CLI_RATIO_GOAL, coreShare: coreShare <= CORE_SHARE_GOAL },
  };
}

export const cliSection: BenchSection = {
  key: "cli",
  title: `poa validate ÷ a bare ExcelJS load of the same .xlsx (goal ≤ ${CLI_RATIO_GOAL}), and the core's share of poa validate (goal ≤ ${CORE_SHARE_GOAL * 100} %)`,
  async run(ctx: BenchContext) {
    const files: { label: string; rows: number; file: string; runs: number }[] = [];
    for (const rows of ctx.quick ? [1_000] : [1_000, 10_000, 30_000]) {
      const file = path.join(ctx.tmpDir, `bench-${rows}.xlsx`);
      await writeBigWorkbook(rows, file);
      files.push({ label: `scaffolded, ${rows.toLocaleString("en")} rows`, rows, file, runs: rows <= 1_000 ? 9 : rows <= 10_000 ? 5 : 3 });
    }
    const realWorld = path.join(ctx.tmpDir, "realworld.xlsx");
    await writeRealWorldWorkbook(realWorldGrid(), realWorld);
    files.push({ label: `Santa-Ana-shaped, ${RW_ROWS.toLocaleString("en")} × ${RW_COLUMNS} with colour marks`, rows: RW_ROWS, file: realWorld, runs: 5 });

    const out: CliRow[] = [];
    for (const f of files) {
      const r = await measureFile(f.label, f.rows, f.file, f.runs);
      out.push(r);
      ctx.log(
        `  ${r.file} (${r.fileKB} KB): load ${r.loadMs.toFixed(0)} ms, poa validate ${r.validateMs.toFixed(0)} ms, ratio ${r.ratio} ${r.met.ratio ? "met" : "NOT met"}; ` +
          `core ${r.coreMs.toFixed(1)} ms, ${round(r.coreShare * 100, 1)} % of poa validate ${r.met.coreShare ? "met" : "NOT met"}`,
      );
    }
    return { goals: { ratio: CLI_RATIO_GOAL, coreShare: CORE_SHARE_GOAL }, files: out };
  },
};
