/** @jest-environment jsdom */
import "./setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Fix, Report } from "../../src/core/model";
import { App } from "../../src/taskpane/App";
import { dialogButton, dialogGone, findDialog } from "./dialogs";
import { deferred, fakeShell, sampleReport } from "./fakeShell";

function setup(initialView: "generate" | "validate" = "validate") {
  const { shell, stop } = fakeShell();
  const user = userEvent.setup();
  const view = render(<App shell={shell} lang="es" initialView={initialView} />);
  return { shell, stop, user, view };
}

/** Waits for the run the pane starts by itself when opened on the report. */
async function opened(initialView: "generate" | "validate" = "validate") {
  const ctx = setup(initialView);
  if (initialView === "validate") await screen.findByRole("heading", { name: "Resultado de la validación" });
  return ctx;
}

const repairButton = () => screen.getByRole("button", { name: /^Reparar/ });

describe("Validar", () => {
  it("opened from the ribbon, validates at once and moves focus to the results", async () => {
    const { shell } = await opened();
    expect(shell.validate).toHaveBeenCalledTimes(1);
    expect(shell.validate).toHaveBeenCalledWith({ lang: "es" });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Resultado de la validación" })).toHaveFocus());
  });

  it("opened on generation, waits for the button", async () => {
    const { shell, user } = setup("generate");
    await user.click(screen.getByRole("tab", { name: "Validar" }));
    // The view's code loads when it is first opened.
    await user.click(await screen.findByRole("button", { name: "Validar plan" }));
    expect(shell.validate).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("heading", { name: "Resultado de la validación" })).toBeInTheDocument();
  });

  it("summarises the report: sheet, year, objectives covered, errors and warnings", async () => {
    await opened();
    const summary = screen.getByText("Objetivos cubiertos").closest("dl") as HTMLElement;
    const valueOf = (term: string) => within(summary).getByText(term).nextElementSibling?.textContent;
    expect(valueOf("Hoja")).toBe("Matriz POA 2024");
    expect(valueOf("Año")).toBe("2024");
    expect(valueOf("Objetivos cubiertos")).toBe("1/3");
    expect(valueOf("Catálogo")).toBe("hoja Objetivos del libro");
    expect(valueOf("Errores")).toBe("4");
    expect(valueOf("Advertencias")).toBe("1");
    expect(screen.queryByRole("form", { name: "Objetivos de la institución" })).toBeNull();
  });

  describe("a workbook with no catalog (contract §3 v2)", () => {
    /** Another institution's plan: read from a hidden sheet, no catalog, so no objective and no coverage. */
    function noCatalog(): Report {
      const base = sampleReport();
      return {
        ...base,
        sheet: "Programación",
        hidden: true,
        catalog: "none",
        objectives: [],
        results: base.results.map((r) => ({ ...r, objective: null })),
        issues: [{ code: "CATALOG_MISSING", severity: "warning", sheet: "Programación", cell: null, message: "El libro no tiene un catálogo de objetivos…" }],
        summary: { errors: 0, warnings: 1, objectivesCovered: 0, objectivesTotal: 0 },
      };
    }

    it("says which sheet it read and that it is hidden, that there is no catalog, and states no coverage", async () => {
      const { shell } = fakeShell();
      shell.validate.mockResolvedValue({ ok: true, report: noCatalog() });
      render(<App shell={shell} lang="es" initialView="validate" />);
      await screen.findByRole("heading", { name: "Resultado de la validación" });
      const summary = screen.getByText("Catálogo").closest("dl") as HTMLElement;
      const valueOf = (term: string) => within(summary).getByText(term).nextElementSibling?.textContent;
      expect(valueOf("Hoja")).toBe("Programación (hoja oculta)");
      expect(valueOf("Catálogo")).toBe("ninguno: no se revisan los objetivos");
      expect(within(summary).queryByText("Objetivos cubiertos")).toBeNull();
    });

    it("takes the institution's objectives typed one a line, and checks with them now and on every later check", async () => {
      const { shell } = fakeShell();
      shell.validate.mockResolvedValue({ ok: true, report: noCatalog() });
      const user = userEvent.setup();
      render(<App shell={shell} lang="es" initialView="validate" />);
      const form = await screen.findByRole("form", { name: "Objetivos de la institución" });
      const box = within(form).getByLabelText("Objetivos, uno por línea");
      expect(box).toHaveValue("");
      const use = within(form).getByRole("button", { name: "Revisar con estos objetivos" });
      expect(use).toBeDisabled();
      await user.type(box, "OE1 Ciudad limpia{Enter}Finanzas sanas");
      expect(within(form).getByText("Se leen 2 objetivos: OE1, OE2.")).toBeInTheDocument();
      await user.click(use);
      const objectives = [
        { id: "OE1", text: "Ciudad limpia" },
        { id: "OE2", text: "Finanzas sanas" },
      ];
      await waitFor(() => expect(shell.validate).toHaveBeenLastCalledWith({ lang: "es", objectives }));
      await user.click(screen.getByRole("button", { name: "Validar plan" }));
      await waitFor(() => expect(shell.validate).toHaveBeenCalledTimes(3));
      expect(shell.validate).toHaveBeenLastCalledWith({ lang: "es", objectives });
    });
  });

  it("groups the issues by cause, errors first, each cause's advice once, and can group them by objective", async () => {
    const { user } = await opened();
    const section = screen.getByRole("region", { name: "Problemas" });
    const headings = () => within(section).getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(headings()).toEqual([
      "Error: Faltan meses en el encabezado (1 celda)",
      "Error: Resultados sin ningún mes programado (1 celda)",
      "Error: Marcas de mes que no se entienden (1 celda)",
      "Error: Objetivos sin resultados (1 celda)",
      "Advertencia: Marcas de mes distintas de X (1 celda)",
    ]);
    expect(within(section).getByText("Marque con X los meses en que se trabajará cada uno.")).toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Causa" })).toHaveAttribute("aria-pressed", "true");

    await user.click(within(section).getByRole("button", { name: "Objetivo" }));
    expect(headings()).toEqual([
      "OE1 — Gestionar cooperación internacional (0 errores, 1 advertencia)",
      "OE2 — Gestionar apoyos técnicos (2 errores, 0 advertencias)",
      "OE3 — Posicionar a la ESCO (1 error, 0 advertencias)",
      "General (1 error, 0 advertencias)",
    ]);
    const oe2 = within(section).getByRole("region", { name: /^OE2/ });
    expect(within(oe2).getAllByRole("listitem")).toHaveLength(2);
    expect(within(oe2).getByText(/no tiene ningún mes programado/)).toBeInTheDocument();
  });

  it("by cause, names each cell by its sheet and row, a button that selects it; one without a cell is plain text", async () => {
    const { shell, user } = await opened();
    await user.click(screen.getByRole("button", { name: "Hoja Objetivos, celda A4: OE3 — Posicionar a la ESCO" }));
    expect(shell.selectCell).toHaveBeenCalledWith("Objetivos", "A4");
    await user.click(screen.getByRole("button", { name: "Celda D9: Apoyos gestionados" }));
    expect(shell.selectCell).toHaveBeenLastCalledWith("Matriz POA 2024", "D9");
    const general = screen.getByText(/Falta la columna del mes Dic/);
    expect(general.closest("button")).toBeNull();
  });

  it("by objective, each issue keeps its full message and says where it goes", async () => {
    const { shell, user } = await opened();
    await user.click(screen.getByRole("button", { name: "Objetivo" }));
    await user.click(screen.getByRole("button", { name: /no tiene ningún mes programado.*\(ir a celda D9\)/ }));
    expect(shell.selectCell).toHaveBeenLastCalledWith("Matriz POA 2024", "D9");
    await user.click(screen.getByRole("button", { name: /El objetivo OE3 .*\(ir a hoja Objetivos, celda A4\)/ }));
    expect(shell.selectCell).toHaveBeenLastCalledWith("Objetivos", "A4");
  });

  it("on a real municipal plan, the cause that repeats comes first, said once, its cells past five behind a button", async () => {
    const { shell } = fakeShell();
    const base = sampleReport();
    const activities = Array.from({ length: 11 }, (_, i) => ({
      row: 20 + i,
      cell: `C${20 + i}`,
      text: `Actividad ${i + 1}`,
      objective: null,
      months: Array<boolean>(12).fill(true),
      level: "activity" as const,
    }));
    const unmapped = activities.map((a) => ({
      code: "RESULT_UNMAPPED" as const,
      severity: "error" as const,
      sheet: base.sheet,
      cell: a.cell,
      message: `No se pudo saber a qué objetivo estratégico corresponde la actividad «${a.text}» (${a.cell}): agregue una columna «Objetivo» con el ID del objetivo (por ejemplo OE1).`,
    }));
    const report = { ...base, results: activities, issues: [...base.issues.filter((i) => i.code === "NONSTANDARD_MONTH_MARK"), ...unmapped] };
    shell.validate.mockResolvedValueOnce({ ok: true, report });
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" initialView="validate" />);
    const section = await screen.findByRole("region", { name: "Problemas" });
    const first = within(section).getAllByRole("region")[0];
    expect(within(first).getByRole("heading", { level: 4 })).toHaveTextContent("Error: Actividades sin objetivo: la matriz no tiene columna «Objetivo» (11 celdas)");
    expect(within(section).getAllByText(/agregue una columna «Objetivo»/i)).toHaveLength(1);
    expect(within(first).getAllByRole("button", { name: /^Celda C\d+: Actividad \d+$/ })).toHaveLength(5);
    await user.click(within(first).getByRole("button", { name: "Mostrar las 11 celdas" }));
    expect(within(first).getAllByRole("button", { name: /^Celda C\d+: Actividad \d+$/ })).toHaveLength(11);
    expect(screen.getByRole("table", { name: "Actividades programadas por objetivo y mes" })).toBeInTheDocument();
  });

  it("draws the heat map as a table with headers and a label on every cell", async () => {
    await opened();
    const table = screen.getByRole("table", { name: "Resultados programados por objetivo y mes" });
    const months = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"];
    expect(within(table).getAllByRole("columnheader")).toHaveLength(13);
    expect(within(table).getByRole("columnheader", { name: "Objetivo" })).toBeInTheDocument();
    for (const month of months) expect(within(table).getByRole("columnheader", { name: month })).toHaveAttribute("title", month);
    expect(within(table).getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["OE1", "OE2", "OE3", "Total"]);
    expect(within(table).getByRole("cell", { name: "OE1, Enero: 1 resultado programado" })).toHaveTextContent("1");
    expect(within(table).getByRole("cell", { name: "OE1, Febrero: 2 resultados programados" })).toHaveTextContent("2");
    expect(within(table).getByRole("cell", { name: "OE2, Febrero: 0 resultados programados" })).toHaveTextContent("0");
    const totals = within(table).getAllByRole("row").at(-1) as HTMLElement;
    expect(within(totals).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "1", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
    ]);
  });

  it("says so when no matrix is found", async () => {
    const { shell } = fakeShell();
    shell.validate.mockResolvedValueOnce({
      ok: false,
      notFound: { reason: "NO_MATRIX", message: "Ninguna hoja tiene una fila con los doce meses." },
    });
    render(<App shell={shell} lang="es" initialView="validate" />);
    expect(await screen.findByText("No se encontró la matriz")).toBeInTheDocument();
    expect(screen.getByText(/Ninguna hoja tiene una fila con los doce meses/)).toBeInTheDocument();
    expect(shell.watch).not.toHaveBeenCalled();
  });

  it("a report without issues says the plan is complete", async () => {
    const { shell } = fakeShell();
    const clean = { ...sampleReport(), issues: [], summary: { errors: 0, warnings: 0, objectivesCovered: 3, objectivesTotal: 3 } };
    shell.validate.mockResolvedValueOnce({ ok: true, report: clean });
    render(<App shell={shell} lang="es" initialView="validate" />);
    expect(await screen.findByText("Sin problemas: el plan está completo.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reparar" })).toBeDisabled();
  });

  it("starts the consistency watch once, and stops it on unmount", async () => {
    const { shell, stop, user, view } = await opened();
    await user.click(screen.getByRole("button", { name: "Validar plan" }));
    await waitFor(() => expect(shell.validate).toHaveBeenCalledTimes(2));
    expect(shell.watch).toHaveBeenCalledTimes(1);
    expect(stop).not.toHaveBeenCalled();
    view.unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it("stops a watch that finishes starting after the pane is gone", async () => {
    const { shell, stop } = fakeShell();
    const pending = deferred<() => Promise<void>>();
    shell.watch.mockReturnValueOnce(pending.promise);
    const view = render(<App shell={shell} lang="es" initialView="validate" />);
    await screen.findByRole("heading", { name: "Resultado de la validación" });
    view.unmount();
    await act(async () => pending.resolve(stop));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  describe("Reparar", () => {
    it("applies the safe fixes without asking and only asks for the others", async () => {
      const { shell, user } = await opened();
      const report = sampleReport();
      shell.validate.mockResolvedValueOnce({ ok: true, report: { ...report, issues: [] } });
      await user.click(repairButton());

      expect(shell.applyFixes).toHaveBeenCalledTimes(1);
      expect(shell.applyFixes.mock.calls[0][0]).toEqual([{ sheet: "Matriz POA 2024", cell: "F8", value: "X", safe: true }]);
      const dialog = await findDialog("¿Aplicar estos cambios?");
      expect(within(dialog).getByText("Hoja Matriz POA 2024, celda G9: vaciar la celda")).toBeInTheDocument();
      expect(shell.applyFixes).toHaveBeenCalledTimes(1);

      await user.click(dialogButton(dialog, "Aplicar cambios"));
      await waitFor(() => expect(shell.applyFixes).toHaveBeenCalledTimes(2));
      expect(shell.applyFixes.mock.calls[1][0]).toEqual([{ sheet: "Matriz POA 2024", cell: "G9", value: null, safe: false }]);
      // Re-validated on the same sheet afterwards.
      await waitFor(() => expect(shell.validate).toHaveBeenCalledTimes(2));
      expect(shell.validate).toHaveBeenLastCalledWith({ lang: "es", sheet: "Matriz POA 2024" });
      expect(await screen.findByText("Se corrigieron 2 celdas.")).toBeInTheDocument();
    });

    it("cancelling the dialog leaves the unsafe fixes out, keeps the safe ones, and re-validates", async () => {
      const { shell, user } = await opened();
      shell.applyFixes.mockResolvedValueOnce({ applied: 0, skipped: 1 });
      await user.click(repairButton());
      await user.click(dialogButton(await findDialog("¿Aplicar estos cambios?"), "Cancelar"));
      await waitFor(() => expect(shell.validate).toHaveBeenCalledTimes(2));
      expect(shell.applyFixes).toHaveBeenCalledTimes(1);
      const applied = shell.applyFixes.mock.calls.flatMap((call) => call[0] as Fix[]);
      expect(applied.every((fix) => fix.safe)).toBe(true);
      expect(await screen.findByText("Se corrigieron 0 celdas; 1 había cambiado y se dejó como estaba.")).toBeInTheDocument();
    });

    it("with only safe fixes, no dialog at all", async () => {
      const { shell } = fakeShell();
      const report = sampleReport();
      report.issues = report.issues.filter((issue) => issue.fix?.safe !== false);
      shell.validate.mockResolvedValueOnce({ ok: true, report });
      const user = userEvent.setup();
      render(<App shell={shell} lang="es" initialView="validate" />);
      await user.click(await screen.findByRole("button", { name: "Reparar (1)" }));
      await waitFor(() => expect(shell.validate).toHaveBeenCalledTimes(2));
      expect(screen.queryByText("¿Aplicar estos cambios?")).not.toBeInTheDocument();
      expect(shell.applyFixes).toHaveBeenCalledTimes(1);
    });

    it("with only unsafe fixes, nothing is written before the confirmation", async () => {
      const { shell } = fakeShell();
      const report = sampleReport();
      report.issues = report.issues.filter((issue) => issue.fix?.safe !== true);
      shell.validate.mockResolvedValueOnce({ ok: true, report });
      const user = userEvent.setup();
      render(<App shell={shell} lang="es" initialView="validate" />);
      await user.click(await screen.findByRole("button", { name: "Reparar (1)" }));
      const dialog = await findDialog("¿Aplicar estos cambios?");
      expect(shell.applyFixes).not.toHaveBeenCalled();
      await user.click(dialogButton(dialog, "Cancelar"));
      await dialogGone("¿Aplicar estos cambios?");
      expect(shell.applyFixes).not.toHaveBeenCalled();
      expect(shell.validate).toHaveBeenCalledTimes(1);
      expect(screen.getByRole("button", { name: "Reparar (1)" })).toBeEnabled();
    });

    it("a failing repair shows the error and does not go on to the others", async () => {
      const { shell, user } = await opened();
      shell.applyFixes.mockRejectedValueOnce(new Error("La hoja está protegida."));
      await user.click(repairButton());
      expect(await screen.findByText(/La hoja está protegida\./)).toBeInTheDocument();
      expect(screen.queryByText("¿Aplicar estos cambios?")).not.toBeInTheDocument();
      expect(shell.applyFixes).toHaveBeenCalledTimes(1);
    });
  });
});
