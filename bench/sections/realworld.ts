import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { workbookToGrid } from "../../src/cli/xlsxToGrid";
import type { CellValue, MergedRange, SheetGrid } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate";
import { medianMs, round } from "../timing";
import type { BenchContext, BenchSection } from "../types";

/**
 * Contract §8 scale: a real POA sheet reaches a few thousand rows and 1 MB, and reading and checking
 * it stays well under a second of the tool's own work. A synthetic 2,500-row × 31-column sheet
 * shaped like the Santa Ana POA: title with a year the sheet name contradicts, N°, Proyecto (merged
 * over 5 rows), Meta, Actividad, Unidad, the twelve months each over `Programado`/`Realizado`
 * (merged month labels), Total, Observaciones; quantities, N/A slots, colour marks, section rows.
 */

export const RW_ROWS = 2_500;
export const RW_COLUMNS = 31;
const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];
const FIRST_MONTH = 5;
const HEADER = 5; // 0-based month row; sub-columns on the next
const ORANGE = "FFC000";

export function realWorldGrid(rows = RW_ROWS): SheetGrid {
  const values: CellValue[][] = [[], [null, "ALCALDÍA MUNICIPAL"], [null, "PLAN OPERATIVO ANUAL 2025"], [], []];
  const fills: (string | null)[][] = values.map(() => []);
  const merges: MergedRange[] = [];
  const head: CellValue[] = ["N°", "4. PROYECTOS", "5. METAS", "6. ACTIVIDAD", "7. UNIDAD DE MEDIDA"];
  const sub: CellValue[] = [null, null, null, null, null];
  MONTHS.forEach((m, k) => {
    head.push(m, null);
    sub.push("Programado", "Realizado");
    merges.push({ top: HEADER, left: FIRST_MONTH + 2 * k, bottom: HEADER, right: FIRST_MONTH + 2 * k + 1 });
  });
  head.push("Total", "Observaciones");
  sub.push(null, null);
  values.push(head, sub);
  fills.push(new Array(RW_COLUMNS).fill("17375E"), new Array(RW_COLUMNS).fill("17375E"));
  let n = 0;
  for (let i = 0; i < rows; i++) {
    const r = values.length;
    const line: CellValue[] = new Array<CellValue>(RW_COLUMNS).fill(null);
    const lineFills: (string | null)[] = new Array<string | null>(RW_COLUMNS).fill(null);
    if (i % 100 === 99) {
      line[1] = "Actividades no planificadas"; // a section row
      lineFills.fill("17375E");
    } else if (i % 50 === 49) {
      line[0] = null; // an empty N/A slot
      for (let k = 0; k < 12; k++) line[FIRST_MONTH + 2 * k] = "N/A";
    } else {
      line[0] = ++n;
      if (i % 5 === 0) {
        line[1] = `Proyecto ${Math.floor(i / 5) + 1}`;
        merges.push({ top: r, left: 1, bottom: r + 4, right: 1 });
      }
      line[2] = i % 3 === 0 ? `Meta ${i}: mejorar el servicio municipal número ${i}` : null;
      line[3] = `Realizar la actividad ${i} de mantenimiento y supervisión del servicio`;
      line[4] = "Bitácora";
      let total = 0;
      for (let k = 0; k < 12; k++) {
        const col = FIRST_MONTH + 2 * k;
        if (i % 7 === 3 && k % 4 === 1) {
          lineFills[col] = ORANGE; // scheduled by colour alone
          continue;
        }
        const planned = (i + k) % 3 === 0 ? 1 : i % 13 === 0 && k === 6 ? 0.5 : null;
        line[col] = planned;
        line[col + 1] = planned ? 0 : "Actividad no programada";
        if (planned) total++;
      }
      line[29] = total;
      line[30] = i % 11 === 0 ? "Depende de fondos externos" : null;
    }
    values.push(line);
    fills.push(lineFills);
  }
  return { name: "7 POA 2022", values, merges, fills };
}

async function writeRealWorldWorkbook(grid: SheetGrid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name);
  grid.values.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
    (grid.fills?.[r] ?? []).forEach((f, c) => {
      if (f) row.getCell(c + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${f}` } };
    });
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

export interface RealWorldRow {
  rows: number;
  columns: number;
  results: number;
  issues: number;
  coreMs: number;
  fileKB: number;
  validateMs: number;
  ownMs: number;
}

const silent = { stdout: () => undefined, stderr: () => undefined };

export const realWorldSection: BenchSection = {
  key: "realworld",
  title: `Contract §8 scale: a Santa-Ana-shaped sheet of ${RW_ROWS.toLocaleString("en")} rows × ${RW_COLUMNS} columns (sub-columns, merges, fills)`,
  async run(ctx: BenchContext): Promise<RealWorldRow> {
    const grid = realWorldGrid();
    const book = { sheets: [grid] };
    let results = 0;
    let issues = 0;
    const coreMs = await medianMs(() => {
      const o = validateWorkbook(book, { lang: "es" });
      if (!o.ok) throw new Error(`bench sheet not recognised: ${o.notFound.message}`);
      results = o.report.results.length;
      issues = o.report.issues.length;
    }, 11);

    const file = path.join(ctx.tmpDir, "realworld-2500.xlsx");
    await writeRealWorldWorkbook(grid, file);
    const { size } = await import("fs").then((fs) => fs.promises.stat(file));
    const validateMs = await medianMs(async () => {
      const code = await main(["validate", file, "--format", "json"], silent);
      if (code === 2) throw new Error("bench workbook not readable");
    }, 3);
    // The tool's own work once ExcelJS has parsed the file: grid (values, merges, fills), checks, JSON.
    const parsed = await readWorkbookFile(file);
    if (!parsed.ok) throw new Error("bench workbook not readable");
    const ownMs = await medianMs(() => {
      const o = validateWorkbook(workbookToGrid(parsed.workbook), { lang: "es" });
      return o.ok ? JSON.stringify(o.report, null, 2).length : 0;
    }, 5);

    const out: RealWorldRow = {
      rows: RW_ROWS,
      columns: RW_COLUMNS,
      results,
      issues,
      coreMs: round(coreMs, 1),
      fileKB: Math.round(size / 1024),
      validateMs: round(validateMs, 1),
      ownMs: round(ownMs, 1),
    };
    ctx.log(`  core validateWorkbook on the grid: ${out.coreMs} ms (${results} activities, ${issues} issues)`);
    ctx.log(
      `  poa validate --format json on the .xlsx (${out.fileKB} KB): ${out.validateMs} ms in all; own work after ExcelJS parsing ${out.ownMs} ms`,
    );
    return out;
  },
};
