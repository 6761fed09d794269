/** @jest-environment jsdom */
import "./setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { escoTemplate } from "../../src/core/escoTemplate";
import type { ScaffoldRequest } from "../../src/excel/shell";
import { App } from "../../src/taskpane/App";
import { dialogButton, dialogGone, findDialog } from "./dialogs";
import { deferred, fakeShell } from "./fakeShell";

function setup(lang: "es" | "en" = "es") {
  const { shell, stop } = fakeShell();
  const user = userEvent.setup();
  const view = render(<App shell={shell} lang={lang} />);
  return { shell, stop, user, view };
}

const generateButton = () => screen.getByRole("button", { name: "Generar matriz" });

describe("Generar matriz", () => {
  it("writes the ESCO template as shown, in the pane's language, and reports the sheets created", async () => {
    const { shell, user } = setup();
    await user.click(generateButton());
    // Said beside the button, in a live region, so the planner sees and hears it without scrolling.
    const live = (await screen.findByText("Matriz creada")).closest("[aria-live=polite]");
    expect(live?.parentElement).toContainElement(generateButton());

    expect(shell.scaffold).toHaveBeenCalledTimes(1);
    const request = shell.scaffold.mock.calls[0][0] as ScaffoldRequest;
    expect(request.template).toEqual(escoTemplate(2024));
    expect(request.lang).toBe("es");
    expect(request.names).toBeUndefined();
    expect(await screen.findByText(/Se crearon las hojas «Objetivos», «Matriz POA 2024» y «Cobertura»/)).toBeInTheDocument();
    expect(shell.watch).toHaveBeenCalledTimes(1);
    expect(shell.watch.mock.calls[0][0]).toMatchObject({ lang: "es" });
  });

  it("sends the edited template: year, institution, texts, an added result and a removed one", async () => {
    const { shell, user } = setup();
    const year = screen.getByLabelText("Año");
    await user.clear(year);
    await user.type(year, "2025");
    const institution = screen.getByLabelText("Institución");
    await user.clear(institution);
    await user.type(institution, "=Mi institución");
    const firstResult = screen.getByLabelText("Texto del resultado 1");
    await user.clear(firstResult);
    await user.type(firstResult, "Convenios firmados");
    await user.click(screen.getByRole("button", { name: "Quitar el resultado 7" }));
    await user.click(screen.getByRole("button", { name: "Agregar resultado" }));
    await user.type(screen.getByLabelText("Texto del resultado 7"), "Informe publicado");
    const picker = screen.getByLabelText("Objetivo del resultado 7");
    await user.selectOptions(picker, within(picker).getByRole("option", { name: /^OE2 / }));
    await user.click(generateButton());

    expect(shell.scaffold).toHaveBeenCalledTimes(1);
    const { template } = shell.scaffold.mock.calls[0][0] as ScaffoldRequest;
    expect(template.year).toBe(2025);
    expect(template.institution).toBe("=Mi institución");
    expect(template.objectives).toHaveLength(7);
    expect(template.results).toHaveLength(7);
    expect(template.results[0]).toEqual({ text: "Convenios firmados", objective: "OE1" });
    expect(template.results[6]).toEqual({ text: "Informe publicado", objective: "OE2" });
  });

  it("keeps a result on its objective when the objective's id is renamed, and normalizes the id", async () => {
    const { shell, user } = setup();
    const id = screen.getByLabelText("Identificador del objetivo 3");
    await user.clear(id);
    await user.type(id, "oe 9");
    await user.click(generateButton());
    const { template } = shell.scaffold.mock.calls[0][0] as ScaffoldRequest;
    expect(template.objectives[2].id).toBe("OE9");
    expect(template.results[2].objective).toBe("OE9");
  });

  it("shows progress while writing, with a live text", async () => {
    const { shell, user } = setup();
    const pending = deferred<{ ok: true; names: { objectives: string; matrix: string; coverage: string } }>();
    shell.scaffold.mockImplementationOnce(async (request: ScaffoldRequest) => {
      request.onProgress?.(0.5);
      return pending.promise;
    });
    await user.click(generateButton());
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Escribiendo la matriz: 50 %")).toBeInTheDocument();
    expect(generateButton()).toBeDisabled();
    await act(async () => pending.resolve({ ok: true, names: { objectives: "O", matrix: "M", coverage: "C" } }));
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByText(/Se crearon las hojas «O», «M» y «C»/)).toBeInTheDocument();
  });

  describe("existing sheets", () => {
    it("asks for new names, prefilled with suggestions, and writes with them", async () => {
      const { shell, user } = setup();
      shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Matriz POA 2024", "Cobertura"] });
      await user.click(generateButton());

      const dialog = await findDialog("Ya existen hojas con esos nombres");
      expect(dialog).toHaveAttribute("role", "alertdialog");
      const matrixName = within(dialog).getByLabelText(/Nombre nuevo en lugar de «Matriz POA 2024»/);
      const coverageName = within(dialog).getByLabelText(/Nombre nuevo en lugar de «Cobertura»/);
      expect(matrixName).toHaveValue("Matriz POA 2024 (2)");
      expect(coverageName).toHaveValue("Cobertura (2)");
      await user.clear(coverageName);
      await user.type(coverageName, "Cobertura 2024");
      await user.click(dialogButton(dialog, "Crear con estos nombres"));

      await waitFor(() => expect(shell.scaffold).toHaveBeenCalledTimes(2));
      const second = shell.scaffold.mock.calls[1][0] as ScaffoldRequest;
      expect(second.names).toEqual({ matrix: "Matriz POA 2024 (2)", coverage: "Cobertura 2024" });
      expect(second.template).toEqual((shell.scaffold.mock.calls[0][0] as ScaffoldRequest).template);
      await dialogGone("Ya existen hojas con esos nombres");
    });

    it("refuses a new name that is taken or invalid", async () => {
      const { shell, user } = setup();
      shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Objetivos"] });
      await user.click(generateButton());
      const dialog = await findDialog("Ya existen hojas con esos nombres");
      const name = within(dialog).getByLabelText(/Nombre nuevo en lugar de «Objetivos»/);
      const confirm = dialogButton(dialog, "Crear con estos nombres");

      await user.clear(name);
      await user.type(name, "objetivos");
      expect(within(dialog).getByText("Ese nombre ya está en uso.")).toBeInTheDocument();
      expect(confirm).toBeDisabled();
      await user.clear(name);
      await user.type(name, "Cobertura");
      expect(within(dialog).getByText("Use un nombre distinto para cada hoja.")).toBeInTheDocument();
      await user.clear(name);
      await user.type(name, "Obj/2024");
      expect(within(dialog).getByText(/no puede llevar/)).toBeInTheDocument();
      await user.clear(name);
      expect(within(dialog).getByText("Escriba un nombre.")).toBeInTheDocument();
      expect(confirm).toBeDisabled();
      await user.click(confirm);
      expect(shell.scaffold).toHaveBeenCalledTimes(1);
    });

    it("asks again when the new names conflict too, suggesting the next number", async () => {
      const { shell, user } = setup();
      shell.scaffold
        .mockResolvedValueOnce({ ok: false, conflicts: ["Matriz POA 2024"] })
        .mockResolvedValueOnce({ ok: false, conflicts: ["Matriz POA 2024 (2)"] });
      await user.click(generateButton());
      await user.click(dialogButton(await findDialog("Ya existen hojas con esos nombres"), "Crear con estos nombres"));
      await waitFor(() => expect(shell.scaffold).toHaveBeenCalledTimes(2));
      const name = await screen.findByLabelText(/Nombre nuevo en lugar de «Matriz POA 2024 \(2\)»/);
      expect(name).toHaveValue("Matriz POA 2024 (3)");
      await user.click(dialogButton(await findDialog("Ya existen hojas con esos nombres"), "Crear con estos nombres"));
      await waitFor(() => expect(shell.scaffold).toHaveBeenCalledTimes(3));
      expect((shell.scaffold.mock.calls[2][0] as ScaffoldRequest).names).toEqual({ matrix: "Matriz POA 2024 (3)" });
    });

    it("cancelling writes nothing more and says so", async () => {
      const { shell, user } = setup();
      shell.scaffold.mockResolvedValueOnce({ ok: false, conflicts: ["Objetivos"] });
      await user.click(generateButton());
      await user.click(dialogButton(await findDialog("Ya existen hojas con esos nombres"), "Cancelar"));
      expect(await screen.findByText("No se escribió nada: la generación se canceló.")).toBeInTheDocument();
      expect(shell.scaffold).toHaveBeenCalledTimes(1);
      expect(shell.watch).not.toHaveBeenCalled();
    });
  });

  describe("bad input writes nothing", () => {
    it("a year out of range shows a message at once and blocks writing", async () => {
      const { shell, user } = setup();
      const year = screen.getByLabelText("Año");
      await user.clear(year);
      await user.type(year, "1989");
      expect(screen.getByText("Escriba un año entre 1990 y 2100.")).toBeInTheDocument();
      await user.click(generateButton());
      expect(screen.getByText("Revise los campos marcados. No se escribió nada en el libro.")).toBeInTheDocument();
      expect(shell.scaffold).not.toHaveBeenCalled();
      await user.clear(year);
      await user.type(year, "2101");
      await user.click(generateButton());
      expect(shell.scaffold).not.toHaveBeenCalled();
    });

    it("an empty result text", async () => {
      const { shell, user } = setup();
      await user.clear(screen.getByLabelText("Texto del resultado 4"));
      await user.click(generateButton());
      expect(screen.getByText("Escriba el texto del resultado.")).toBeInTheDocument();
      expect(screen.getByLabelText("Texto del resultado 4")).toHaveAttribute("aria-invalid", "true");
      expect(shell.scaffold).not.toHaveBeenCalled();
    });

    it("a duplicate objective id", async () => {
      const { shell, user } = setup();
      const id = screen.getByLabelText("Identificador del objetivo 2");
      await user.clear(id);
      await user.type(id, "OE1");
      await user.click(generateButton());
      expect(screen.getByText("El identificador OE1 está repetido.")).toBeInTheDocument();
      expect(shell.scaffold).not.toHaveBeenCalled();
    });

    it("no objectives at all", async () => {
      const { shell, user } = setup();
      for (let n = 7; n >= 1; n--) await user.click(screen.getByRole("button", { name: `Quitar el objetivo ${n}` }));
      await user.click(generateButton());
      expect(screen.getByText("La matriz necesita al menos un objetivo estratégico.")).toBeInTheDocument();
      // The results lost their objective, and say so.
      expect(screen.getAllByText("Elija el objetivo al que sirve este resultado.")).toHaveLength(7);
      expect(shell.scaffold).not.toHaveBeenCalled();
    });

    it("writes once the problems are fixed", async () => {
      const { shell, user } = setup();
      const text = screen.getByLabelText("Texto del resultado 1");
      await user.clear(text);
      await user.click(generateButton());
      expect(shell.scaffold).not.toHaveBeenCalled();
      await user.type(text, "Nuevo resultado");
      expect(screen.queryByText("Escriba el texto del resultado.")).not.toBeInTheDocument();
      await user.click(generateButton());
      expect(shell.scaffold).toHaveBeenCalledTimes(1);
    });
  });

  it("shows a rejected scaffold in the error bar, scrolled into view, says so by the button, and leaves it usable", async () => {
    const { shell, user } = setup();
    const scrolled = jest.spyOn(Element.prototype, "scrollIntoView");
    shell.scaffold.mockRejectedValueOnce(new Error("InvalidOperation: el libro está protegido"));
    await user.click(generateButton());
    const alert = await screen.findByText(/el libro está protegido/);
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(screen.getByText("Excel informó un error")).toBeInTheDocument();
    // The planner clicked at the bottom of a long form: the error at the top is brought into view…
    expect(scrolled.mock.contexts.some((el) => (el as Element).contains(alert))).toBe(true);
    scrolled.mockRestore();
    // …and the action bar, where they are looking, says the matrix was not created (a polite live region).
    const failed = screen.getByText("No se pudo crear la matriz: el error de Excel se muestra arriba.");
    expect(failed.closest("[aria-live=polite]")).not.toBeNull();
    expect(generateButton()).toBeEnabled();
    expect(shell.watch).not.toHaveBeenCalled();
  });
});
