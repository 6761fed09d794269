import { spawnSync } from "child_process";
import * as path from "path";
import { escoTemplate } from "../../src/core/escoTemplate";
import { MATRIX_HEADERS, scaffoldLayout } from "../../src/core/layout";
import { MONITORING_HEADERS, MONITORING_SHEET_HEADERS, scaffoldWithMonitoring } from "../../src/core/layoutMonitoring";
import type { PlanTemplate } from "../../src/core/model";
import { layoutToWorkbook } from "../../src/cli/writeLayout";
import { runCli, tempDir } from "./cliHarness";
import { convertWithLibreOffice, libreOfficeMissing, libreOfficeUsable } from "./libreOffice";

/**
 * The scaffolded workbook on paper (contract §2, issue 10): printed to PDF by LibreOffice Calc,
 * recalculating on load, then read back page by page with poppler's pdfinfo and pdftotext.
 */

function hasPoppler(): boolean {
  return ["pdfinfo", "pdftotext"].every((tool) => !spawnSync(tool, ["-v"], { encoding: "utf8" }).error);
}

const poppler = hasPoppler();
const skip = !libreOfficeUsable ? libreOfficeMissing : !poppler ? "pdfinfo/pdftotext (poppler-utils) are not on PATH" : null;
if (skip) console.log(`Print test skipped: ${skip}.`);
const describePrint = skip ? describe.skip : describe;

interface Page {
  number: number;
  width: number;
  height: number;
  text: string;
  /** From the footer: the sheet's name, this page's number, the number of pages. */
  footer: { sheet: string; page: number; of: number } | null;
}

function pages(pdf: string): Page[] {
  const info = spawnSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" }).stdout;
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ number: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  return sizes.map((s) => {
    const text = spawnSync("pdftotext", ["-layout", "-f", String(s.number), "-l", String(s.number), pdf, "-"], { encoding: "utf8" }).stdout;
    const f = /^\s*(.+?)\s{2,}Página (\d+) de (\d+)\s*$/m.exec(text);
    return { ...s, text, footer: f ? { sheet: f[1], page: Number(f[2]), of: Number(f[3]) } : null };
  });
}

function withResults(n: number): PlanTemplate {
  const template = escoTemplate(2024);
  const base = template.results;
  template.results = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], text: `${base[i % base.length].text} (resultado ${i + 1})` }));
  return template;
}

describePrint("the scaffolded workbook printed by LibreOffice", () => {
  const tmp = tempDir("poa-print-");
  let fresh: Page[] = [];
  let grown: Page[] = [];

  beforeAll(async () => {
    const freshFile = tmp.file("fresh.xlsx");
    const grownFile = tmp.file("grown.xlsx");
    expect((await runCli(["scaffold", "--out", freshFile])).code).toBe(0);
    await layoutToWorkbook(scaffoldLayout(withResults(200), { lang: "es" })).xlsx.writeFile(grownFile);
    const out = tmp.file("pdf");
    convertWithLibreOffice([freshFile, grownFile], out, "pdf", tmp.dir);
    fresh = pages(path.join(out, "fresh.pdf"));
    grown = pages(path.join(out, "grown.pdf"));
  }, 180_000);

  afterAll(() => tmp.cleanup());

  it("prints every page landscape on Letter, with the sheet's name and 'Página n de m' in the footer", () => {
    for (const page of [...fresh, ...grown]) {
      expect({ page: page.number, size: [page.width, page.height] }).toEqual({ page: page.number, size: [792, 612] });
      expect(page.footer).not.toBeNull();
    }
    expect(fresh.map((p) => p.footer)).toEqual([
      { sheet: "Objetivos", page: 1, of: 3 },
      { sheet: "Matriz POA 2024", page: 2, of: 3 },
      { sheet: "Cobertura", page: 3, of: 3 },
    ]);
  });

  it("prints the fresh workbook on no more pages than it has sheets", () => {
    expect(fresh.length).toBeLessThanOrEqual(3);
  });

  it("prints the matrix one page wide, Ene through Estado, with its header repeated on every page", () => {
    const matrixPages = grown.filter((p) => p.footer?.sheet === "Matriz POA 2024");
    expect(matrixPages.length).toBeGreaterThan(3);
    const header = new RegExp(MATRIX_HEADERS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));
    for (const page of matrixPages) expect({ page: page.number, header: header.test(page.text) }).toEqual({ page: page.number, header: true });
    // Every result is on paper, once, in order (none split off to a page of its own columns).
    const numbers = matrixPages.flatMap((p) => [...p.text.matchAll(/\(resultado (\d+)\)/g)].map((m) => Number(m[1])));
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(grown.map((p) => p.footer?.page)).toEqual(grown.map((_, i) => i + 1));
  });

  it("prints the catalog with its ids beside their texts, and the coverage with every month on one page", () => {
    const catalog = fresh[0].text;
    for (const o of escoTemplate(2024).objectives) expect(catalog).toMatch(new RegExp(`${o.id}\\s+${o.text.slice(0, 20)}`));
    expect(fresh[2].text).toMatch(/ID\s+Objetivo estratégico\s+Ene\s+Feb[\s\S]*Dic\s+Resultados\s+Cubierto/);
  });
});

/** A header row as pdftotext lays it out: the labels in order, separated by spaces. */
function headerPattern(labels: readonly string[]): RegExp {
  return new RegExp(labels.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));
}

/** 200 results over the year, Realizado reported to the corte (March) for some, so every shading shows. */
function monitoredWorkbook(): ReturnType<typeof layoutToWorkbook> {
  const template = withResults(200);
  template.results.forEach((r, i) => (r.months = Array.from({ length: 12 }, (_, m) => (m + i) % 3 === 0)));
  const wb = layoutToWorkbook(scaffoldWithMonitoring(template, { lang: "es", monitoring: { today: { year: 2024, month: 4 } } }));
  const ws = wb.getWorksheet("Matriz POA 2024");
  for (let i = 0; i < 200; i++) for (let m = 0; m < 3; m++) if ((m + i) % 3 === 0 && i % 4 !== 3) ws!.getRow(7 + i).getCell(19 + m).value = i % 5;
  return wb;
}

describePrint("the workbook with seguimiento printed by LibreOffice", () => {
  const tmp = tempDir("poa-print-seg-");
  let printed: Page[] = [];

  beforeAll(async () => {
    const file = tmp.file("seguimiento.xlsx");
    await monitoredWorkbook().xlsx.writeFile(file);
    const out = tmp.file("pdf");
    convertWithLibreOffice([file], out, "pdf", tmp.dir);
    printed = pages(path.join(out, "seguimiento.pdf"));
  }, 180_000);

  afterAll(() => tmp.cleanup());

  it("prints every page landscape on Letter with its footer, the Seguimiento sheet on one page", () => {
    for (const page of printed) expect({ page: page.number, size: [page.width, page.height], footer: page.footer !== null }).toEqual({ page: page.number, size: [792, 612], footer: true });
    const seguimiento = printed.filter((p) => p.footer?.sheet === "Seguimiento");
    expect(seguimiento).toHaveLength(1);
    expect(seguimiento[0].text).toMatch(headerPattern(MONITORING_SHEET_HEADERS));
    expect(seguimiento[0].text).toMatch(/Institución \(todas las filas\)/);
  });

  it("prints the wider matrix one page wide: the plan, Realizado and cumplimiento headers on every page, every result once", () => {
    const matrixPages = printed.filter((p) => p.footer?.sheet === "Matriz POA 2024");
    expect(matrixPages.length).toBeGreaterThan(3);
    const header = headerPattern([...MATRIX_HEADERS, ...MONITORING_HEADERS]);
    for (const page of matrixPages) {
      expect({ page: page.number, header: header.test(page.text), band: /Programado[\s\S]*Realizado[\s\S]*Cumplimiento al corte/.test(page.text) }).toEqual({
        page: page.number,
        header: true,
        band: true,
      });
    }
    const numbers = matrixPages.flatMap((p) => [...p.text.matchAll(/\(resultado (\d+)\)/g)].map((m) => Number(m[1])));
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });
});
