/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/core/model";
import type { ShellValidationOutcome } from "../../src/excel/shell";
import { App } from "../../src/taskpane/App";
import { dialogButton, dialogGone, findDialog } from "./dialogs";
import { fakeShell } from "./fakeShell";
import { monitoredReport, unmonitoredReport } from "./monitoredReport";

/** The pane opened on Seguimiento, the shell answering the core's report of the docs' worked example (corte as asked). */
function setup(options: { lang?: Lang; outcome?: (month?: number) => ShellValidationOutcome } = {}) {
  const lang = options.lang ?? "es";
  const { shell } = fakeShell();
  const outcome = options.outcome ?? ((month?: number) => ({ ok: true, report: monitoredReport({ lang, month: month ?? 3 }) }));
  shell.validate.mockImplementation(async (o: { month?: number }) => outcome(o.month));
  const user = userEvent.setup();
  render(<App shell={shell} lang={lang} initialView="seguimiento" />);
  return { shell, user };
}

const liveRegion = () => document.querySelector('[aria-live="polite"]') as HTMLElement;

describe("Seguimiento", () => {
  it("evaluates when opened, with the workbook's corte, and shows the semáforo per objective and quarter", async () => {
    const { shell } = setup();
    const table = await screen.findByRole("table", { name: /Cumplimiento por trimestre/ });
    expect(shell.validate).toHaveBeenCalledTimes(1);
    expect(shell.validate).toHaveBeenCalledWith({ lang: "es", monitoring: true });
    // Quarters named in full for screen readers.
    expect(within(table).getByRole("columnheader", { name: "Primer trimestre" })).toBeInTheDocument();
    expect(within(table).getByRole("columnheader", { name: "Año hasta el corte" })).toBeInTheDocument();
    const oe2 = within(table).getByRole("row", { name: /^OE2/ });
    const cells = within(oe2).getAllByRole("cell");
    // Status as a word, not colour alone: OE2's T1 is 1 of 4 done.
    expect(cells[0]).toHaveTextContent("25 %, Crítico");
    expect(cells[1]).toHaveTextContent(/^—\s*Sin programación al corte$/);
    expect(screen.getByText("Institución, año hasta el corte").nextElementSibling).toHaveTextContent("63 % · Crítico");
    expect(screen.getByRole("list", { name: "Leyenda del semáforo" })).toHaveTextContent("Cumplido");
    expect((screen.getByRole("combobox", { name: "Mes de corte" }) as HTMLSelectElement).value).toBe("3");
    expect(liveRegion()).toHaveTextContent("Seguimiento evaluado: enero a marzo.");
  });

  it("a corte picked re-evaluates with it, and says what it evaluates", async () => {
    const { shell, user } = setup();
    const picker = await screen.findByRole("combobox", { name: "Mes de corte" });
    await waitFor(() => expect(picker).toBeEnabled());
    await user.selectOptions(picker, "Febrero");
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Seguimiento evaluado: enero a febrero."));
    expect(shell.validate).toHaveBeenLastCalledWith({ lang: "es", monitoring: true, month: 2 });
    expect((picker as HTMLSelectElement).value).toBe("2");
    expect(screen.getByText(/Se evalúan enero a febrero\. Mes elegido aquí\./)).toBeInTheDocument();
  });

  it("every Realizado to report is one click from its cell", async () => {
    const { shell, user } = setup();
    const section = (await screen.findByRole("heading", { name: "Realizado por reportar" })).closest("section") as HTMLElement;
    expect(within(section).getByRole("heading", { name: /Meses sin reporte de lo realizado/ })).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: /Celda T8/ }));
    expect(shell.selectCell).toHaveBeenCalledWith("Matriz POA 2024", "T8");
  });

  it("on the add-in's matrix without Realizado, Agregar seguimiento is the primary action; it adds, then evaluates", async () => {
    let added = false;
    const { shell, user } = setup({ outcome: (month) => (added ? { ok: true, report: monitoredReport({ month: month ?? 3 }) } : { ok: true, report: unmonitoredReport(), addinMatrix: true }) });
    expect(await screen.findByText(/aún no tiene columnas Realizado/)).toBeInTheDocument();
    const addButton = screen.getByRole("button", { name: "Agregar seguimiento" });
    shell.addMonitoring.mockImplementation(async () => {
      added = true;
      return { ok: true, matrixSheet: "Matriz POA 2024", monitoringSheet: "Seguimiento", notes: ["No se preparó la impresión."] };
    });
    await user.click(addButton);
    expect(shell.addMonitoring).toHaveBeenCalledWith({ lang: "es" });
    expect(await screen.findByRole("table", { name: /Cumplimiento por trimestre/ })).toBeInTheDocument();
    expect(shell.validate).toHaveBeenCalledTimes(2);
    expect(liveRegion()).toHaveTextContent("Seguimiento agregado: columnas Realizado en «Matriz POA 2024» y la hoja «Seguimiento». No se preparó la impresión.");
    expect(screen.queryByRole("button", { name: "Agregar seguimiento" })).toBeNull();
  });

  it("asks for another name when the sheet exists; cancelling writes nothing and says so", async () => {
    const { shell, user } = setup({ outcome: () => ({ ok: true, report: unmonitoredReport(), addinMatrix: true }) });
    shell.addMonitoring.mockResolvedValueOnce({ ok: false, conflicts: ["Seguimiento"] });
    await user.click(await screen.findByRole("button", { name: "Agregar seguimiento" }));
    let dialog = await findDialog("Ya existe una hoja con ese nombre");
    expect(within(dialog).getByRole("textbox", { name: "Nombre de la hoja de seguimiento" })).toHaveValue("Seguimiento (2)");
    await user.click(dialogButton(dialog, "Cancelar"));
    await dialogGone("Ya existe una hoja con ese nombre");
    expect(shell.addMonitoring).toHaveBeenCalledTimes(1);
    expect(liveRegion()).toHaveTextContent("No se escribió nada: se canceló agregar el seguimiento.");

    shell.addMonitoring.mockResolvedValueOnce({ ok: false, conflicts: ["Seguimiento"] });
    await user.click(screen.getByRole("button", { name: "Agregar seguimiento" }));
    dialog = await findDialog("Ya existe una hoja con ese nombre");
    const name = within(dialog).getByRole("textbox", { name: "Nombre de la hoja de seguimiento" });
    await user.clear(name);
    await user.type(name, "seguimiento");
    expect(dialogButton(dialog, "Agregar con este nombre")).toBeDisabled();
    await user.clear(name);
    await user.type(name, "Avance 2024");
    await user.click(dialogButton(dialog, "Agregar con este nombre"));
    await waitFor(() => expect(shell.addMonitoring).toHaveBeenLastCalledWith({ lang: "es", sheetName: "Avance 2024" }));
  });

  it("a name the planner chose that is taken too is numbered in turn", async () => {
    const { shell, user } = setup({ outcome: () => ({ ok: true, report: unmonitoredReport(), addinMatrix: true }) });
    shell.addMonitoring.mockResolvedValueOnce({ ok: false, conflicts: ["Seguimiento"] });
    await user.click(await screen.findByRole("button", { name: "Agregar seguimiento" }));
    let dialog = await findDialog("Ya existe una hoja con ese nombre");
    const name = within(dialog).getByRole("textbox", { name: "Nombre de la hoja de seguimiento" });
    await user.clear(name);
    await user.type(name, "Avance 2024");
    shell.addMonitoring.mockResolvedValueOnce({ ok: false, conflicts: ["Avance 2024"] });
    await user.click(dialogButton(dialog, "Agregar con este nombre"));
    await waitFor(() => expect(shell.addMonitoring).toHaveBeenLastCalledWith({ lang: "es", sheetName: "Avance 2024" }));
    dialog = await findDialog("Ya existe una hoja con ese nombre");
    expect(within(dialog).getByRole("textbox", { name: "Nombre de la hoja de seguimiento" })).toHaveValue("Avance 2024 (2)");
  });

  it("a refusal is said in the live region, and nothing else changes", async () => {
    const { shell, user } = setup({ outcome: () => ({ ok: true, report: unmonitoredReport(), addinMatrix: true }) });
    shell.addMonitoring.mockResolvedValueOnce({ ok: false, message: "Hay celdas a la derecha de la tabla: AN7." });
    await user.click(await screen.findByRole("button", { name: "Agregar seguimiento" }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent("Hay celdas a la derecha de la tabla: AN7."));
    expect(shell.validate).toHaveBeenCalledTimes(1);
  });

  it("on another sheet without Realizado, says what Realizado columns look like and offers no Agregar", async () => {
    setup({ outcome: () => ({ ok: true, report: unmonitoredReport(), addinMatrix: false }) });
    expect(await screen.findByText(/no tiene columnas Realizado\. Para el seguimiento, ponga bajo cada mes una subcolumna «Realizado»/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Agregar seguimiento" })).toBeNull();
    expect(screen.getByRole("button", { name: "Evaluar" })).toBeEnabled();
    expect(screen.getByRole("combobox", { name: "Mes de corte" })).toBeDisabled();
  });

  it("speaks English", async () => {
    setup({ lang: "en" });
    expect(await screen.findByRole("tab", { name: "Monitoring" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: /Compliance by quarter/ });
    expect(within(table).getByRole("columnheader", { name: "First quarter" })).toBeInTheDocument();
    expect(within(within(table).getByRole("row", { name: /^OE2/ })).getAllByRole("cell")[0]).toHaveTextContent("25%, Critical");
    expect(screen.getByRole("heading", { name: "Execution to report" })).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent("Monitoring evaluated: January to March.");
  });

  it("checks with the institution's objectives typed in Validar (every later check in the pane keeps them)", async () => {
    const { shell } = fakeShell();
    const objectives = [
      { id: "OE1", text: "Ciudad limpia" },
      { id: "OE2", text: "Finanzas sanas" },
    ];
    // A workbook with no catalog: its objectives come only from what the planner types.
    shell.validate.mockImplementation(async (o: object) => {
      const report = monitoredReport();
      return { ok: true, report: "objectives" in o ? report : { ...report, catalog: "none", objectives: [] } };
    });
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" initialView="validate" />);
    const form = await screen.findByRole("form", { name: "Objetivos de la institución" });
    await user.type(within(form).getByLabelText("Objetivos, uno por línea"), "OE1 Ciudad limpia{Enter}Finanzas sanas");
    await user.click(within(form).getByRole("button", { name: "Revisar con estos objetivos" }));
    await waitFor(() => expect(shell.validate).toHaveBeenLastCalledWith({ lang: "es", objectives }));
    await user.click(screen.getByRole("tab", { name: "Seguimiento" }));
    const table = await screen.findByRole("table", { name: /Cumplimiento por trimestre/ });
    expect(shell.validate).toHaveBeenLastCalledWith({ lang: "es", monitoring: true, objectives });
    expect(within(table).getByRole("row", { name: /^OE2/ })).toBeInTheDocument();
  });
});
