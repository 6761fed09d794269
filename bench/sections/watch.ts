import { escoTemplate } from "../../src/core/escoTemplate";
import type { PlanTemplate } from "../../src/core/model";
import { createOfficeShell } from "../../src/excel/officeShell";
import { FIVE_MB, install } from "../../test/excelDouble";
import { EXCEL_SIZES, showFormulaResults } from "./excel";
import type { BenchContext, BenchSection } from "../types";

/**
 * The consistency watch through the real Office.js shell and the strict double: what one planner edit
 * costs in round trips and bytes, on plans of 7 / 500 / 5,000 results of 1,000 characters each (Excel on
 * the web refuses a request or an answer over 5 MB). Three edits: a mark typed in a row that has a result
 * (the common case), a result cleared (N° of every row below changes), and a result typed below the
 * table (the table grows: formulas, formats and validation for the new row).
 * Goals: at most 3 syncs per edit, every answer under 1 MB (a fifth of the web's cap; an edit that renumbers
 * reads about 115 bytes a row, whatever the results' length), and a typed mark costing the same at every size.
 */

export const WATCH_MAX_SYNCS = 3;
const MATRIX = "Matriz POA 2024";
const RESULT_LENGTH = 1000;

export interface WatchEditRow {
  rows: number;
  edit: string;
  syncs: number;
  requestBytes: number;
  answerBytes: number;
  maxAnswerBytes: number;
}

function template(rows: number): PlanTemplate {
  const base = escoTemplate(2024);
  const filler = " Gestión de cooperación internacional con seguimiento mensual ñ".repeat(20);
  return {
    ...base,
    results: Array.from({ length: rows }, (_, i) => ({ text: `Resultado ${i + 1}.${filler}`.slice(0, RESULT_LENGTH), objective: base.objectives[i % base.objectives.length].id })),
  };
}

export async function measureWatch(rows: number): Promise<WatchEditRow[]> {
  const double = install(globalThis as unknown as Record<string, unknown>, { maxApi: "1.17", displayLanguage: "es-SV" });
  try {
    const t = template(rows);
    const shell = createOfficeShell();
    const scaffolded = await shell.scaffold({ template: t, lang: "es" });
    if (!scaffolded.ok) throw new Error("bench scaffold met a conflict");
    showFormulaResults(double, t);
    const errors: string[] = [];
    const stop = await shell.watch({ lang: "es", onError: (m) => errors.push(m) });
    const last = 6 + rows;
    const edits: [string, string, string | null][] = [
      ["mark typed", `E${Math.min(last, 7 + Math.floor(rows / 2))}`, "x"],
      ["result cleared", "D7", null],
      ["row added below", `D${last + 1}`, "Resultado nuevo"],
    ];
    const out: WatchEditRow[] = [];
    for (const [edit, address, value] of edits) {
      double.resetCounters();
      await double.simulateUserEdit(MATRIX, address, value);
      out.push({
        rows,
        edit,
        syncs: double.syncCount,
        requestBytes: double.syncs.reduce((n, s) => n + s.payloadBytes, 0),
        answerBytes: double.syncs.reduce((n, s) => n + s.responseBytes, 0),
        maxAnswerBytes: Math.max(0, ...double.syncs.map((s) => s.responseBytes)),
      });
    }
    await stop();
    if (errors.length > 0) throw new Error(`the watch reported: ${errors.join(" / ")}`);
    return out;
  } finally {
    double.uninstall();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const watchSection: BenchSection = {
  key: "watch",
  title: `Add-in: the consistency watch, per planner edit, results of ${RESULT_LENGTH} characters (syncs = round trips to Excel)`,
  async run(ctx: BenchContext) {
    const out: WatchEditRow[] = [];
    for (const rows of ctx.quick ? EXCEL_SIZES.slice(0, 2) : EXCEL_SIZES) {
      for (const r of await measureWatch(rows)) {
        out.push(r);
        ctx.log(`  ${String(r.rows).padStart(6)} rows, ${r.edit.padEnd(16)}: ${r.syncs} syncs, sent ${kb(r.requestBytes).padStart(9)}, answered ${kb(r.answerBytes).padStart(9)} (largest ${kb(r.maxAnswerBytes)})`);
      }
    }
    const worst = Math.max(...out.map((r) => r.syncs));
    const largest = Math.max(...out.map((r) => r.maxAnswerBytes));
    const marks = out.filter((r) => r.edit === "mark typed").map((r) => r.answerBytes);
    ctx.log(`  goal: at most ${WATCH_MAX_SYNCS} syncs per edit — ${worst <= WATCH_MAX_SYNCS ? "met" : "NOT met"} (worst ${worst})`);
    ctx.log(`  goal: every answer under 1 MB, a fifth of Excel on the web's 5 MB — ${largest < FIVE_MB / 5 ? "met" : "NOT met"} (largest ${kb(largest)})`);
    ctx.log(`  goal: a typed mark costs the same at every size — ${marks.every((b) => Math.abs(b - marks[0]) < 64) ? "met" : "NOT met"} (${marks.map(kb).join(" / ")})`);
    return out;
  },
};
