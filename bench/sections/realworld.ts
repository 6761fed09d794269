import ExcelJS from "exceljs";
import type { CellValue, MergedRange, SheetGrid } from "../../src/core/grid";

/**
 * Contract §8 scale: a real POA sheet reaches a few thousand rows and 1 MB. A synthetic 2,500-row × 31-column sheet
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
        // Realizado blank where nothing is planned, as in the real file (its "Actividad no programada" is in the Cumplimiento column).
        if (planned) line[col + 1] = 0;
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

export async function writeRealWorldWorkbook(grid: SheetGrid, file: string): Promise<void> {
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
