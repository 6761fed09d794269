import { cellAddress, parseCell } from "../../src/core/address";
import { escoTemplate } from "../../src/core/escoTemplate";
import { scaffoldLayout } from "../../src/core/layout";
import type { PlanTemplate } from "../../src/core/model";
import { createOfficeShell } from "../../src/excel/officeShell";
import { install, type ExcelDouble } from "../../test/excelDouble";
import { performance } from "perf_hooks";
import { resultText } from "../generate";
import { round } from "../timing";
import type { BenchContext, BenchSection } from "../types";

/**
 * The real Office.js shell (createOfficeShell) against the strict Office.js double: how many
 * round trips to Excel scaffolding and validating take, and the largest request and answer, at
 * 7 / 500 / 5,000 results. Round trips are what make an add-in slow in Excel on the web; the
 * double refuses a request or an answer over 5 MB as Excel on the web does.
 * Goals: scaffold in the same number of syncs at every size, at most 3; validate in at most 2.
 */

export const EXCEL_SIZES = [7, 500, 5_000];
export const SCAFFOLD_MAX_SYNCS = 3;
export const VALIDATE_MAX_SYNCS = 2;
const MATRIX = "Matriz POA 2024";

export interface ExcelRow {
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Wall time in the double: the shell's own work, without Excel's. */
  ms: number;
}

export interface ValidateRow extends ExcelRow {
  /** Months marked by colour that the validation found (two are painted: the first and last result). */
  colourMarks: number;
}

function template(rows: number): PlanTemplate {
  const base = escoTemplate(2024);
  return { ...base, results: Array.from({ length: rows }, (_, i) => ({ text: resultText(i), objective: base.objectives[i % base.objectives.length].id })) };
}

function installDouble(): ExcelDouble & { uninstall(): void } {
  return install(globalThis as unknown as Record<string, unknown>, { maxApi: "1.17", displayLanguage: "es-SV" });
}

function figures(double: ExcelDouble, rows: number, ms: number): ExcelRow {
  return {
    rows,
    syncs: double.syncCount,
    maxRequestBytes: Math.max(0, ...double.syncs.map((s) => s.payloadBytes)),
    maxResponseBytes: Math.max(0, ...double.syncs.map((s) => s.responseBytes)),
    ms: round(ms, 1),
  };
}

/** The double stores formulas without computing them; Excel answers with their results, which weigh. */
export function showFormulaResults(double: ExcelDouble, t: PlanTemplate): void {
  for (const sheet of scaffoldLayout(t, { lang: "es" }).sheets) {
    for (const block of sheet.blocks) {
      const { row: top, col: left } = parseCell(block.anchor);
      block.rows.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (cell && typeof cell === "object" && cell.result !== undefined) double.setFormulaResult(sheet.name, cellAddress(top + r, left + c), cell.result);
        }),
      );
    }
  }
}

export async function measureScaffold(rows: number): Promise<ExcelRow> {
  const double = installDouble();
  try {
    const start = performance.now();
    const outcome = await createOfficeShell().scaffold({ template: template(rows), lang: "es" });
    if (!outcome.ok) throw new Error("bench scaffold met a conflict");
    return figures(double, rows, performance.now() - start);
  } finally {
    double.uninstall();
  }
}

export async function measureValidate(rows: number): Promise<ValidateRow> {
  const double = installDouble();
  try {
    const t = template(rows);
    const scaffolded = await createOfficeShell().scaffold({ template: t, lang: "es" });
    if (!scaffolded.ok) throw new Error("bench scaffold met a conflict");
    showFormulaResults(double, t);
    double.seed(MATRIX, [], { fills: { F7: "2F75B5", [`P${6 + rows}`]: "92D050" } });
    double.resetCounters();
    const start = performance.now();
    const outcome = await createOfficeShell().validate({ lang: "es" });
    const ms = performance.now() - start;
    if (!outcome.ok) throw new Error(`bench matrix not recognised: ${outcome.notFound.message}`);
    return { ...figures(double, rows, ms), colourMarks: outcome.report.issues.filter((i) => i.code === "MONTH_MARKED_BY_COLOR").length };
  } finally {
    double.uninstall();
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

function line(r: ExcelRow): string {
  return `  ${String(r.rows).padStart(6)} rows: ${r.syncs} syncs, largest request ${kb(r.maxRequestBytes).padStart(8)}, largest answer ${kb(r.maxResponseBytes).padStart(8)}, ${r.ms.toFixed(0)} ms in the double`;
}

export const scaffoldSection: BenchSection = {
  key: "scaffold",
  title: "Add-in: scaffold through the Office.js shell and the strict double (syncs = round trips to Excel)",
  async run(ctx: BenchContext) {
    const out: ExcelRow[] = [];
    for (const rows of EXCEL_SIZES) {
      const r = await measureScaffold(rows);
      out.push(r);
      ctx.log(line(r));
    }
    const counts = out.map((r) => r.syncs);
    const ok = counts.every((c) => c === counts[0]) && counts[0] <= SCAFFOLD_MAX_SYNCS;
    ctx.log(`  goal: the same number of syncs at every size, at most ${SCAFFOLD_MAX_SYNCS} — ${ok ? "met" : "NOT met"} (${counts.join(" / ")})`);
    return out;
  },
};

export const validateSection: BenchSection = {
  key: "validate",
  title: "Add-in: validate through the Office.js shell and the strict double, fill colours included",
  async run(ctx: BenchContext) {
    const out: ValidateRow[] = [];
    for (const rows of EXCEL_SIZES) {
      const r = await measureValidate(rows);
      out.push(r);
      ctx.log(`${line(r)}, ${r.colourMarks} of 2 colour marks found`);
    }
    const worst = Math.max(...out.map((r) => r.syncs));
    ctx.log(`  goal: at most ${VALIDATE_MAX_SYNCS} syncs — ${worst <= VALIDATE_MAX_SYNCS ? "met" : "NOT met"} (${out.map((r) => r.syncs).join(" / ")})`);
    return out;
  },
};
