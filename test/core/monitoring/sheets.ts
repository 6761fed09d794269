/** Synthetic workbooks with seguimiento, in the shapes the reader meets (not a test file itself). */
import type { CellValue, MergedRange, SheetGrid } from "../../../src/core/grid";
import { MONTHS_ES } from "../grids";

export interface PlanRow {
  objective?: CellValue;
  text: string;
  /** Plan marks by month (the first few; the rest blank). */
  plan: CellValue[];
  /** Realizado by month (the first few; the rest blank). */
  done?: CellValue[];
}

const month = (values: CellValue[] | undefined, m: number): CellValue => values?.[m] ?? null;

/**
 * The scaffold with seguimiento: title rows, the band on row 5 (`Programado` over E:P, `Realizado` over
 * S:AD, merged), the header on row 6 (`N°`, `Objetivo`, `Objetivo estratégico`, `Resultado`, Ene…Dic,
 * `Meses`, `Estado`, Ene.…Dic., T1…Año), data from row 7. Realizado of month m in column S+m.
 */
export function scaffoldMonitoredSheet(rows: PlanRow[], name = "Matriz POA 2024"): SheetGrid {
  const band: CellValue[] = new Array<CellValue>(37).fill(null);
  band[4] = "Programado";
  band[18] = "Realizado";
  band[30] = "Cumplimiento al corte";
  const values: CellValue[][] = [
    ["Agencia de El Salvador para la Cooperación Internacional (ESCO)"],
    ["Plan Operativo Anual 2024"],
    [],
    [],
    band,
    ["N°", "Objetivo", "Objetivo estratégico", "Resultado", ...MONTHS_ES, "Meses", "Estado", ...MONTHS_ES.map((m) => `${m}.`), "T1", "T2", "T3", "T4", "S1", "S2", "Año"],
  ];
  rows.forEach((r, i) => {
    const line: CellValue[] = [i + 1, r.objective ?? null, null, r.text];
    for (let m = 0; m < 12; m++) line.push(month(r.plan, m));
    line.push(null, null);
    for (let m = 0; m < 12; m++) line.push(month(r.done, m));
    values.push(line);
  });
  const merges: MergedRange[] = [
    { top: 4, left: 4, bottom: 4, right: 15 },
    { top: 4, left: 18, bottom: 4, right: 29 },
    { top: 4, left: 30, bottom: 4, right: 36 },
  ];
  return { name, values, merges };
}

/** Column (0-based) of month m's Realizado in `scaffoldMonitoredSheet`. */
export const scaffoldExecutedColumn = (m: number) => 18 + m;

/**
 * Santa Ana's shape: title rows, header on row 12 (`N°`, `4.PROYECTOS`, `5. METAS`, `6.  ACTIVIDAD`,
 * `7. UNIDAD DE MEDIDA`, then each month merged over four sub-columns), row 13 the sub-columns
 * `Programado`, `Realizado`, `Cumplimiento`, `Medio de verificación`; data from row 14. Month m's
 * Programado in column F+4m, its Realizado one right.
 */
export function santaAnaSheet(rows: PlanRow[], name = "7 POA 2022"): SheetGrid {
  const values: CellValue[][] = [[], [null, "ALCALDÍA MUNICIPAL DE SANTA ANA CENTRO"], [null, "PLAN OPERATIVO ANUAL 2025"]];
  while (values.length < 11) values.push([]);
  const head: CellValue[] = ["N°", "4.PROYECTOS", "5. METAS", "6.  ACTIVIDAD", "7. UNIDAD DE MEDIDA"];
  const sub: CellValue[] = [null, null, null, null, null];
  const merges: MergedRange[] = [];
  ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"].forEach((m, k) => {
    head.push(m, null, null, null);
    sub.push("Programado", "Realizado", "Cumplimiento", "Medio de verificación (Evidencia)");
    merges.push({ top: 11, left: 5 + 4 * k, bottom: 11, right: 8 + 4 * k });
  });
  values.push(head, sub);
  rows.forEach((r, i) => {
    const line: CellValue[] = [i + 1, "Proyecto", "Meta", r.text, "Actividad"];
    for (let m = 0; m < 12; m++) line.push(month(r.plan, m), month(r.done, m), null, null);
    values.push(line);
  });
  return { name, values, merges };
}

/** Column (0-based) of month m's Realizado in `santaAnaSheet`. */
export const santaAnaExecutedColumn = (m: number) => 6 + 4 * m;

/**
 * The Ecuadorian Red Cross's shape: a band row with `planned` over the first twelve months and
 * `advanced` over the second (merged), the header below (`Activity`, `Objective`, Jan…Dec, Jan…Dec), data
 * after. Month m's plan in column C+m, its execution in column O+m.
 */
export function cruzRojaSheet(rows: PlanRow[], name = "POA 2024"): SheetGrid {
  const EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const band: CellValue[] = [null, null, "planned", ...new Array<CellValue>(11).fill(null), "advanced"];
  const values: CellValue[][] = [["Cruz Roja Ecuatoriana — POA 2024"], band, ["Activity", "Objective", ...EN, ...EN]];
  rows.forEach((r) => {
    const line: CellValue[] = [r.text, r.objective ?? null];
    for (let m = 0; m < 12; m++) line.push(month(r.plan, m));
    for (let m = 0; m < 12; m++) line.push(month(r.done, m));
    values.push(line);
  });
  const merges: MergedRange[] = [
    { top: 1, left: 2, bottom: 1, right: 13 },
    { top: 1, left: 14, bottom: 1, right: 25 },
  ];
  return { name, values, merges };
}

/**
 * Our `Seguimiento` sheet's settings block: labels in A (merged over A:B), values in C, from row `top`
 * (1-based). Thresholds not given are the defaults (100 %, 80 %); a `null` one is a blank cell.
 */
export function settingsSheet(
  values: { corte?: CellValue; cumplido?: CellValue; enRiesgo?: CellValue },
  options: { name?: string; top?: number; lang?: "es" | "en"; todayFormula?: boolean } = {},
): SheetGrid {
  const top = (options.top ?? 3) - 1;
  const labels = options.lang === "en" ? ["Cut-off month (0 to 12)", "Achieved from", "At risk from"] : ["Mes de corte (0 a 12)", "Cumplido desde", "En riesgo desde"];
  const grid: CellValue[][] = [["Seguimiento del Plan Operativo Anual 2024"]];
  while (grid.length < top) grid.push([]);
  grid.push([labels[0], null, values.corte ?? null, "Se evalúan los meses de enero a marzo."]);
  grid.push([labels[1], null, values.cumplido === undefined ? 1 : values.cumplido, "Debajo de «En riesgo desde»: Crítico."]);
  grid.push([labels[2], null, values.enRiesgo === undefined ? 0.8 : values.enRiesgo]);
  const merges: MergedRange[] = [0, 1, 2].map((k) => ({ top: top + k, left: 0, bottom: top + k, right: 1 }));
  const sheet: SheetGrid = { name: options.name ?? "Seguimiento", values: grid, merges };
  if (options.todayFormula) sheet.todayFormulas = [[top, 2]];
  return sheet;
}
