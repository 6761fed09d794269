/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { dialogGone, findDialog } from "./dialogs";
import { fakeShell } from "./fakeShell";

describe("keyboard use", () => {
  it("tabs follow the arrow keys, Home and End, with one tab stop", async () => {
    const { shell } = fakeShell();
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" />);
    const generate = screen.getByRole("tab", { name: "Generar matriz" });
    const validate = screen.getByRole("tab", { name: "Validar" });
    expect(generate).toHaveAttribute("aria-selected", "true");
    expect(validate).toHaveAttribute("tabindex", "-1");
    generate.focus();
    await user.keyboard("{ArrowRight}");
    expect(validate).toHaveFocus();
    expect(validate).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Validar" })).toBeVisible();
    await user.keyboard("{Home}");
    expect(generate).toHaveFocus();
    // Left from the first tab wraps to the last one (Seguimiento), and End goes there too.
    const seguimiento = screen.getByRole("tab", { name: "Seguimiento" });
    const adopt = screen.getByRole("tab", { name: "Adoptar hoja" });
    await user.keyboard("{ArrowLeft}");
    expect(seguimiento).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(adopt).toHaveFocus();
    await user.keyboard("{End}");
    expect(seguimiento).toHaveFocus();
  });

  it("the conflict dialog takes focus, keeps Tab inside, and Escape cancels without writing", async () => {
    const { shell } = fakeShell();
    shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Objetivos"] });
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" />);
    const generate = screen.getByRole("button", { name: "Generar matriz" });
    await user.click(generate);
    const dialog = await findDialog("Ya existen hojas con esos nombres");
    expect(dialog).toHaveAttribute("aria-modal", "true");
    const field = within(dialog).getByLabelText(/Nombre nuevo en lugar de «Objetivos»/);
    expect(field).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Crear con estos nombres" })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Cancelar" })).toHaveFocus();
    await user.tab();
    expect(field).toHaveFocus();
    await user.keyboard("{Escape}");
    await dialogGone("Ya existen hojas con esos nombres");
    expect(screen.getByText("No se escribió nada: la generación se canceló.")).toBeInTheDocument();
    expect(shell.scaffold).toHaveBeenCalledTimes(1);
    expect(generate).toHaveFocus();
  });

  it("Enter in the new-name field confirms", async () => {
    const { shell } = fakeShell();
    shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Objetivos"] });
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" />);
    await user.click(screen.getByRole("button", { name: "Generar matriz" }));
    await findDialog("Ya existen hojas con esos nombres");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(shell.scaffold).toHaveBeenCalledTimes(2));
    expect(shell.scaffold.mock.calls[1][0].names).toEqual({ objectives: "Objetivos (2)" });
  });

  it("the repair confirmation starts on Cancelar, so Enter changes nothing", async () => {
    const { shell } = fakeShell();
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" initialView="validate" />);
    await user.click(await screen.findByRole("button", { name: "Reparar (2)" }));
    const dialog = await findDialog("¿Aplicar estos cambios?");
    expect(within(dialog).getByRole("button", { name: "Cancelar" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await dialogGone("¿Aplicar estos cambios?");
    // Only the safe fix went in.
    expect(shell.applyFixes).toHaveBeenCalledTimes(1);
    expect(shell.applyFixes.mock.calls[0][0].every((fix) => fix.safe)).toBe(true);
  });
});
