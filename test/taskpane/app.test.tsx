/** @jest-environment jsdom */
import "./setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ScaffoldRequest } from "../../src/excel/shell";
import { App } from "../../src/taskpane/App";
import { fakeShell } from "./fakeShell";

describe("the pane as a whole", () => {
  it("speaks English when lang is en, and asks the shell for English", async () => {
    const { shell } = fakeShell();
    const user = userEvent.setup();
    render(<App shell={shell} lang="en" />);
    expect(screen.getByRole("tab", { name: "Generate matrix" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Generate the POA matrix" })).toBeInTheDocument();
    expect(screen.getByLabelText("Year")).toHaveValue(2024);
    expect(screen.getByLabelText("Institution")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add result" })).toBeInTheDocument();

    await user.clear(screen.getByLabelText("Text of result 2"));
    await user.click(screen.getByRole("button", { name: "Generate matrix" }));
    expect(screen.getByText("Enter the result's text.")).toBeInTheDocument();
    expect(shell.scaffold).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText("Text of result 2"), "Agreements signed");
    await user.click(screen.getByRole("button", { name: "Generate matrix" }));
    expect((shell.scaffold.mock.calls[0][0] as ScaffoldRequest).lang).toBe("en");
    expect(await screen.findByText(/Created the sheets “Objetivos”, “Matriz POA 2024” and “Cobertura”/)).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(await screen.findByRole("button", { name: "Validate plan" }));
    expect(shell.validate).toHaveBeenCalledWith({ lang: "en" });
    expect(await screen.findByRole("heading", { name: "Validation result" })).toBeInTheDocument();
    expect(screen.getByText("Objectives covered")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /^Error: Results with no month scheduled \(1 cell\)$/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sheet Objetivos, cell A4: OE3 — Posicionar a la ESCO" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Scheduled results by objective and month" });
    expect(within(table).getByRole("columnheader", { name: "January" })).toBeInTheDocument();
    expect(within(table).getByRole("columnheader", { name: "December" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "OE1, February: 2 scheduled results" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Repair (2)" })).toBeEnabled();
    expect(shell.watch.mock.calls[0][0]).toMatchObject({ lang: "en" });
  });

  it("on an Excel older than ExcelApi 1.7, says so, right about versions, and disables every action", async () => {
    const { shell } = fakeShell({ capabilities: { core: false, dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false } });
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" initialView="validate" />);
    expect(screen.getByText("Esta versión de Excel es demasiado antigua")).toBeInTheDocument();
    expect(screen.getByText(/necesita ExcelApi 1\.7 o posterior: Excel 2019 o posterior \(también con licencia por volumen\)/)).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Validar plan" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Reparar" })).toBeDisabled();
    await user.click(screen.getByRole("tab", { name: "Generar matriz" }));
    expect(screen.getByRole("button", { name: "Generar matriz" })).toBeDisabled();
    // Opened from the ribbon on an old Excel: nothing is run, and no list of missing features on top.
    expect(shell.validate).not.toHaveBeenCalled();
    expect(shell.scaffold).not.toHaveBeenCalled();
    expect(screen.queryByText(/no permite/)).not.toBeInTheDocument();
  });

  it.each([
    ["1.7", { dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false },
      "Esta versión de Excel no permite crear listas desplegables y validar las marcas de mes, leer los meses marcados con color, preparar la impresión, leer celdas combinadas ni distinguir sus cambios de los de otros coautores; lo demás funciona."],
    ["1.9", { mergedAreas: false, changeSource: false },
      "Esta versión de Excel no permite leer celdas combinadas ni distinguir sus cambios de los de otros coautores; lo demás funciona."],
    ["1.13", { changeSource: false }, "Esta versión de Excel no permite distinguir sus cambios de los de otros coautores; lo demás funciona."],
  ])("on ExcelApi %s, one plain sentence says what this Excel lacks, and every action stays on", async (_, lacks, sentence) => {
    const { shell } = fakeShell({ capabilities: lacks });
    render(<App shell={shell} lang="es" />);
    expect(screen.getByText(sentence)).toBeInTheDocument();
    expect(screen.queryByText("Esta versión de Excel es demasiado antigua")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Generar matriz" })).toBeEnabled();
  });

  it("an Excel with every set says nothing about versions", () => {
    const { shell } = fakeShell();
    render(<App shell={shell} lang="en" />);
    expect(screen.queryByText(/This version of Excel/)).not.toBeInTheDocument();
  });

  it("the old-Excel message is in English too", () => {
    const { shell } = fakeShell({ capabilities: { core: false } });
    render(<App shell={shell} lang="en" />);
    expect(screen.getByText("This version of Excel is too old")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Generate matrix" })).toBeDisabled();
  });

  it("a shell that cannot even report its capabilities shows the error and disables actions", async () => {
    const { shell } = fakeShell();
    shell.capabilities.mockImplementation(() => {
      throw new Error("Office.js no está cargado.");
    });
    render(<App shell={shell} lang="es" />);
    expect(await screen.findByText(/Office\.js no está cargado\./)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Generar matriz" })).toBeDisabled();
  });

  it("shows every shell rejection in an alert, and the error can be dismissed", async () => {
    const { shell } = fakeShell();
    shell.validate.mockRejectedValueOnce(new Error("RichApi.Error: The workbook is busy."));
    shell.selectCell.mockRejectedValueOnce("La hoja ya no existe.");
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" initialView="validate" />);
    const first = await screen.findByText(/The workbook is busy\./);
    expect(first.closest('[role="alert"]')).not.toBeNull();

    await user.click(screen.getByRole("button", { name: "Validar plan" }));
    await user.click(await screen.findByRole("button", { name: "Celda D9: Apoyos gestionados" }));
    expect(await screen.findByText(/La hoja ya no existe\./)).toBeInTheDocument();
    expect(screen.getAllByText("Excel informó un error")).toHaveLength(2);

    await user.click(screen.getAllByRole("button", { name: "Cerrar" })[0]);
    expect(screen.queryByText(/The workbook is busy\./)).not.toBeInTheDocument();
    expect(screen.getByText(/La hoja ya no existe\./)).toBeInTheDocument();
  });

  it("a rejection without a message still shows something", async () => {
    const { shell } = fakeShell();
    shell.validate.mockRejectedValueOnce(undefined);
    render(<App shell={shell} lang="en" initialView="validate" />);
    expect(await screen.findByText(/Unknown error\./)).toBeInTheDocument();
  });

  it("the consistency watch reports its errors in the pane, and a failed start too", async () => {
    const { shell } = fakeShell();
    shell.watch.mockRejectedValueOnce(new Error("No se pudo vigilar la hoja."));
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" initialView="validate" />);
    expect(await screen.findByText(/No se pudo vigilar la hoja\./)).toBeInTheDocument();

    // A failed start may be retried by the next successful validation.
    await user.click(screen.getByRole("button", { name: "Validar plan" }));
    await waitFor(() => expect(shell.watch).toHaveBeenCalledTimes(2));
    const { onError } = shell.watch.mock.calls[1][0] as { onError: (message: string) => void };
    act(() => onError("La fila 12 no se pudo numerar."));
    expect(await screen.findByText(/La fila 12 no se pudo numerar\./)).toBeInTheDocument();
  });

  it("keeps the edited template when switching tabs", async () => {
    const { shell } = fakeShell();
    const user = userEvent.setup();
    render(<App shell={shell} lang="es" />);
    const institution = screen.getByLabelText("Institución");
    await user.clear(institution);
    await user.type(institution, "Ministerio");
    await user.click(screen.getByRole("tab", { name: "Validar" }));
    expect(screen.getByRole("tabpanel", { name: "Validar" })).toBeVisible();
    expect(await screen.findByRole("button", { name: "Validar plan" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Generar matriz" }));
    expect(screen.getByLabelText("Institución")).toHaveValue("Ministerio");
  });
});
