/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { templateFromReport } from "../../src/core/adoption";
import type { Report } from "../../src/core/model";
import type { ScaffoldRequest } from "../../src/excel/shell";
import { App } from "../../src/taskpane/App";
import { dialogButton, dialogGone, findDialog } from "./dialogs";
import { fakeShell, sampleReport } from "./fakeShell";

const monthsAt = (...m: number[]) => Array.from({ length: 12 }, (_, k) => m.includes(k));

/** A planner's own sheet as read: activities, one of them without an objective, a text that looks like a formula. */
function adoptedReport(year: number | null = 2025): Report {
  const base = sampleReport();
  const sheet = "7 POA 2022";
  return {
    ...base,
    sheet,
    year,
    results: [
      { row: 6, cell: "D6", text: "Contratar el barrido", objective: "OE1", months: monthsAt(0, 1), level: "activity" },
      { row: 7, cell: "D7", text: "=HYPERLINK(\"x\")", objective: "OE2", months: monthsAt(5), level: "activity" },
      { row: 8, cell: "D8", text: "Coordinar reuniones", objective: null, months: monthsAt(2), level: "activity" },
    ],
    issues: base.issues.map((i) => ({ ...i, sheet })),
  };
}

function setup(lang: "es" | "en", report: Report = adoptedReport()) {
  const { shell } = fakeShell();
  shell.readActiveSheet.mockResolvedValue({ ok: true, report });
  const user = userEvent.setup();
  render(<App shell={shell} lang={lang} />);
  return { shell, user };
}

describe("Adoptar hoja", () => {
  it("reads the active sheet, shows the report, and copies the plan to new sheets (Spanish)", async () => {
    const { shell, user } = setup("es");
    await user.click(screen.getByRole("tab", { name: "Adoptar hoja" }));
    const panel = screen.getByRole("tabpanel", { name: "Adoptar hoja" });
    expect(await within(panel).findByRole("heading", { name: "Adoptar una hoja existente" })).toBeVisible();
    await user.click(await within(panel).findByRole("button", { name: "Leer la hoja activa" }));

    expect(shell.readActiveSheet).toHaveBeenCalledWith({ lang: "es" });
    const heading = await within(panel).findByRole("heading", { name: "Lo que se leyó" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(panel).getByText("7 POA 2022")).toBeInTheDocument();
    expect(within(panel).getByRole("heading", { name: "Problemas" })).toBeInTheDocument();
    expect(within(panel).getByRole("table")).toBeInTheDocument();
    expect(within(panel).getByText("Actividades: 3, con sus meses marcados con X. Objetivos: 3. Se escriben en hojas nuevas.")).toBeInTheDocument();
    expect(within(panel).getByText(/^Actividades sin objetivo: 1\./)).toBeInTheDocument();
    expect(within(panel).getByLabelText("Año")).toHaveValue(2025);

    await user.click(within(panel).getByRole("button", { name: "Copiar a una matriz nueva" }));
    expect(shell.scaffold).toHaveBeenCalledTimes(1);
    const request = shell.scaffold.mock.calls[0][0] as ScaffoldRequest;
    expect(request.lang).toBe("es");
    expect(request.names).toBeUndefined();
    expect(request.template).toEqual(templateFromReport(adoptedReport(), { institution: "", year: 2025 }));
    expect(request.template.results).toEqual([
      { text: "Contratar el barrido", objective: "OE1", months: monthsAt(0, 1) },
      { text: "=HYPERLINK(\"x\")", objective: "OE2", months: monthsAt(5) },
      { text: "Coordinar reuniones", objective: "", months: monthsAt(2) },
    ]);
    expect(await within(panel).findByText("Se crearon las hojas «Objetivos», «Matriz POA 2024» y «Cobertura».")).toBeInTheDocument();
    // Adopting only reads the sheet and writes new ones: nothing is repaired, and no other read runs.
    expect(shell.applyFixes).not.toHaveBeenCalled();
    expect(shell.validate).not.toHaveBeenCalled();
    expect(shell.watch).toHaveBeenCalledTimes(1);
  });

  it("in English: the year defaults to the current one when the sheet has none, the institution is sent as typed, and a conflict asks for new names", async () => {
    const { shell, user } = setup("en", adoptedReport(null));
    shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Objetivos"] });
    shell.scaffold.mockResolvedValueOnce({ ok: true, names: { objectives: "Objetivos (2)", matrix: "Matriz POA 2026", coverage: "Cobertura" } });
    await user.click(screen.getByRole("tab", { name: "Adopt sheet" }));
    const panel = screen.getByRole("tabpanel", { name: "Adopt sheet" });
    await user.click(await within(panel).findByRole("button", { name: "Read the active sheet" }));
    expect(shell.readActiveSheet).toHaveBeenCalledWith({ lang: "en" });
    expect(await within(panel).findByText("Activities: 3, with their months marked X. Objectives: 3. Written to new sheets.")).toBeInTheDocument();
    expect(within(panel).getByText(/^Activities without an objective: 1\./)).toBeInTheDocument();
    const year = within(panel).getByLabelText("Year");
    expect(year).toHaveValue(new Date().getFullYear());
    await user.clear(year);
    await user.type(year, "2026");
    await user.type(within(panel).getByLabelText("Institution"), "=Alcaldía");
    await user.click(within(panel).getByRole("button", { name: "Copy to a new matrix" }));

    const dialog = await findDialog("Sheets with these names already exist");
    expect(within(dialog).getByLabelText("New name instead of “Objetivos”")).toHaveValue("Objetivos (2)");
    await user.click(dialogButton(dialog, "Create with these names"));
    await dialogGone("Sheets with these names already exist");

    expect(shell.scaffold).toHaveBeenCalledTimes(2);
    const first = shell.scaffold.mock.calls[0][0] as ScaffoldRequest;
    const second = shell.scaffold.mock.calls[1][0] as ScaffoldRequest;
    expect(first.template.year).toBe(2026);
    expect(first.template.institution).toBe("=Alcaldía");
    expect(second.template).toEqual(first.template);
    expect(second.names).toEqual({ objectives: "Objetivos (2)" });
    expect(await within(panel).findByText("Created the sheets “Objetivos (2)”, “Matriz POA 2026” and “Cobertura”.")).toBeInTheDocument();
  });

  it("cancelling the conflict dialog writes nothing more and says so", async () => {
    const { shell, user } = setup("es");
    shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Objetivos", "Matriz POA 2025"] });
    await user.click(screen.getByRole("tab", { name: "Adoptar hoja" }));
    const panel = screen.getByRole("tabpanel", { name: "Adoptar hoja" });
    await user.click(await within(panel).findByRole("button", { name: "Leer la hoja activa" }));
    await user.click(await within(panel).findByRole("button", { name: "Copiar a una matriz nueva" }));
    const dialog = await findDialog("Ya existen hojas con esos nombres");
    await user.click(dialogButton(dialog, "Cancelar"));
    await dialogGone("Ya existen hojas con esos nombres");
    expect(shell.scaffold).toHaveBeenCalledTimes(1);
    expect(await within(panel).findByText("No se escribió nada: la generación se canceló.")).toBeInTheDocument();
  });

  it("an invalid year blocks the copy with the pane's message", async () => {
    const { shell, user } = setup("es");
    await user.click(screen.getByRole("tab", { name: "Adoptar hoja" }));
    const panel = screen.getByRole("tabpanel", { name: "Adoptar hoja" });
    await user.click(await within(panel).findByRole("button", { name: "Leer la hoja activa" }));
    const year = await within(panel).findByLabelText("Año");
    await user.clear(year);
    await user.type(year, "24");
    expect(within(panel).getByText("Escriba un año entre 1990 y 2100.")).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Copiar a una matriz nueva" })).toBeDisabled();
    expect(shell.scaffold).not.toHaveBeenCalled();
  });

  it("a sheet without a monthly grid: the reader's message, the shell's notes, nothing to copy", async () => {
    const { shell, user } = setup("es");
    shell.readActiveSheet.mockResolvedValueOnce({
      ok: false,
      notFound: { reason: "NO_MATRIX", message: "La hoja «Marco lógico» no tiene una fila con los doce meses." },
      notes: ["Esta versión de Excel no permite leer los colores de relleno."],
    });
    await user.click(screen.getByRole("tab", { name: "Adoptar hoja" }));
    const panel = screen.getByRole("tabpanel", { name: "Adoptar hoja" });
    await user.click(await within(panel).findByRole("button", { name: "Leer la hoja activa" }));
    expect(await within(panel).findByText(/no tiene una fila con los doce meses/)).toBeInTheDocument();
    expect(within(panel).getByText(/no permite leer los colores de relleno/)).toBeInTheDocument();
    expect(within(panel).queryByRole("button", { name: "Copiar a una matriz nueva" })).not.toBeInTheDocument();
    expect(shell.scaffold).not.toHaveBeenCalled();
  });

  it("a failed read reaches the pane's error bar", async () => {
    const { shell, user } = setup("es");
    shell.readActiveSheet.mockRejectedValueOnce(new Error("Excel está editando una celda."));
    await user.click(screen.getByRole("tab", { name: "Adoptar hoja" }));
    await user.click(await screen.findByRole("button", { name: "Leer la hoja activa" }));
    expect(await screen.findByText(/Excel está editando una celda\./)).toBeInTheDocument();
    expect(shell.scaffold).not.toHaveBeenCalled();
  });

  it("starts from the institution the title block names, and from the objectives the planner types where the workbook has none", async () => {
    const base = adoptedReport();
    const report: Report = {
      ...base,
      catalog: "none",
      institution: "Alcaldía Municipal de Santa Ana Centro",
      objectives: [],
      results: base.results.map((r) => ({ ...r, objective: null })),
    };
    const { shell, user } = setup("es", report);
    await user.click(screen.getByRole("tab", { name: "Adoptar hoja" }));
    const panel = screen.getByRole("tabpanel", { name: "Adoptar hoja" });
    await user.click(await within(panel).findByRole("button", { name: "Leer la hoja activa" }));
    expect(await within(panel).findByLabelText("Institución")).toHaveValue("Alcaldía Municipal de Santa Ana Centro");
    // No catalog: the objectives are the planner's, never the template's.
    const form = within(panel).getByRole("form", { name: "Objetivos de la institución" });
    await user.type(within(form).getByLabelText("Objetivos, uno por línea"), "OE1 Ciudad limpia");
    await user.click(within(form).getByRole("button", { name: "Leer con estos objetivos" }));
    const objectives = [{ id: "OE1", text: "Ciudad limpia" }];
    await waitFor(() => expect(shell.readActiveSheet).toHaveBeenLastCalledWith({ lang: "es", objectives }));
    // The sheet read with them: what the shell answers becomes the new matrix's catalog.
    shell.readActiveSheet.mockResolvedValue({ ok: true, report: { ...report, catalog: "file", objectives: [{ id: "OE1", text: "Ciudad limpia", results: 0, months: monthsAt(), covered: false }] } });
    await user.click(within(panel).getByRole("button", { name: "Leer de nuevo" }));
    await waitFor(() => expect(within(panel).getByText(/Objetivos: 1\./)).toBeInTheDocument());
    await user.click(within(panel).getByRole("button", { name: "Copiar a una matriz nueva" }));
    const request = shell.scaffold.mock.calls[0][0] as ScaffoldRequest;
    expect(request.template.institution).toBe("Alcaldía Municipal de Santa Ana Centro");
    expect(request.template.objectives).toEqual(objectives);
  });
});
