import type { Report } from "../../core/model";

export interface HeatMapCell {
  /** Rows of the objective scheduled in that month. */
  count: number;
  scheduled: boolean;
}

export interface HeatMapData {
  rows: { id: string; text: string; cells: HeatMapCell[] }[];
  /** Rows scheduled per month, mapped or not. */
  totals: number[];
  /** The largest per-objective count, to scale the shading. */
  max: number;
}

export function heatMapData(report: Report): HeatMapData {
  const months = Array.from({ length: 12 }, (_, m) => m);
  const rows = report.objectives.map((objective) => {
    const mine = report.results.filter((r) => r.objective === objective.id);
    return {
      id: objective.id,
      text: objective.text,
      cells: months.map((m) => ({
        count: mine.filter((r) => r.months[m] === true).length,
        scheduled: objective.months[m] === true,
      })),
    };
  });
  const totals = months.map((m) => report.results.filter((r) => r.months[m] === true).length);
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.count)));
  return { rows, totals, max };
}
