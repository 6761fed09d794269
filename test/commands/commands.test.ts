/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/commands.html"}
 */
import { DEFAULT_YEAR, escoTemplate } from "../../src/core/escoTemplate";
import type { ExcelShell, ScaffoldOutcome, ScaffoldRequest } from "../../src/excel/shell";

// The ribbon command against a fake ExcelShell: the Office.js shell module is replaced, and Office itself is
// a small stand-in that records what the command registers and which dialogs it opens.

const fakeShell = {
  capabilities: jest.fn(() => ({ core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: true, changeSource: true })),
  scaffold: jest.fn<Promise<ScaffoldOutcome>, [ScaffoldRequest]>(),
  validate: jest.fn(),
  selectCell: jest.fn<Promise<void>, [string, string]>(async () => undefined),
  applyFixes: jest.fn(),
  watch: jest.fn(),
};

// `virtual`: the Office.js shell is written in parallel; the mock must not depend on it existing.
jest.mock("../../src/excel/officeShell", () => ({ createOfficeShell: (): ExcelShell => fakeShell as unknown as ExcelShell }), {
  virtual: true,
});

type Handler = (arg: unknown) => void;
interface FakeDialog {
  url: string;
  handlers: Map<string, Handler>;
  close: jest.Mock;
}

const associated = new Map<string, (event: { completed: () => void }) => Promise<void>>();
const dialogs: FakeDialog[] = [];
let dialogFails = false;
let dialogApi = true;

const office = {
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({ host: "Excel", platform: "PC" });
  },
  actions: { associate: (name: string, fn: (event: { completed: () => void }) => Promise<void>) => associated.set(name, fn) },
  context: {
    displayLanguage: "es-SV",
    requirements: { isSetSupported: (name: string, version?: string) => name !== "DialogApi" || (dialogApi && version === "1.1") },
    ui: {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        if (!dialogApi) throw new TypeError("displayDialogAsync is not available on this host");
        if (dialogFails) {
          callback({ status: "failed", error: { code: 12007, message: "A dialog box is already opened" } });
          return;
        }
        const dialog: FakeDialog = { url, handlers: new Map(), close: jest.fn() };
        dialogs.push(dialog);
        callback({
          status: "succeeded",
          value: { addEventHandler: (type: string, h: Handler) => dialog.handlers.set(type, h), close: dialog.close },
        });
      },
    },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
};
(globalThis as unknown as { Office: unknown }).Office = office;

// Imported after the stand-ins exist: importing registers the command (Office.onReady → associate).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../../src/commands/commands");

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the registered command; returns its completion and the event whose `completed` must be called. */
function click() {
  const event = { completed: jest.fn() };
  const handler = associated.get("generateMatrix");
  if (!handler) throw new Error("generateMatrix is not registered");
  return { event, done: handler(event) };
}

const params = (dialog: FakeDialog) => new URL(dialog.url).searchParams;

beforeEach(() => {
  jest.clearAllMocks();
  dialogs.length = 0;
  dialogFails = false;
  dialogApi = true;
  office.context.displayLanguage = "es-SV";
  fakeShell.capabilities.mockReturnValue({ core: true, dataValidation: true, cellProperties: true, pageLayout: true, mergedAreas: true, changeSource: true });
});

it("registers generateMatrix, the manifest's FunctionName, with Office.actions and as a global for older hosts", () => {
  expect([...associated.keys()]).toEqual(["generateMatrix"]);
  expect((globalThis as unknown as Record<string, unknown>).generateMatrix).toBe(associated.get("generateMatrix"));
});

it("scaffolds the ESCO 2024 template in the planner's language and lands on the first result", async () => {
  const names = { objectives: "Objetivos", matrix: "Matriz POA 2024", coverage: "Cobertura" };
  fakeShell.scaffold.mockResolvedValue({ ok: true, names });
  const { event, done } = click();
  await done;
  expect(fakeShell.scaffold).toHaveBeenCalledTimes(1);
  const request = fakeShell.scaffold.mock.calls[0][0];
  expect(request.template).toEqual(escoTemplate(DEFAULT_YEAR));
  expect(request.template.year).toBe(2024);
  expect(request.lang).toBe("es");
  expect(request.names).toBeUndefined(); // the contract's default names
  expect(fakeShell.selectCell).toHaveBeenCalledWith("Matriz POA 2024", "D7");
  expect(dialogs).toHaveLength(0); // success is seen in the workbook, no dialog in the way
  expect(event.completed).toHaveBeenCalledTimes(1);
});

it("uses English when Excel's display language is English", async () => {
  office.context.displayLanguage = "en-US";
  fakeShell.scaffold.mockResolvedValue({ ok: true, names: { objectives: "Objetivos", matrix: "Matriz POA 2024", coverage: "Cobertura" } });
  await click().done;
  expect(fakeShell.scaffold.mock.calls[0][0].lang).toBe("en");
});

it("on a name conflict writes nothing more, tells the planner which sheets, and completes when they close it", async () => {
  fakeShell.scaffold.mockResolvedValue({ ok: false, conflicts: ["Objetivos", "Matriz POA 2024"] });
  const { event, done } = click();
  await flush();
  expect(dialogs).toHaveLength(1);
  const dialog = dialogs[0];
  expect(dialog.url.startsWith("https://localhost:3000/dialog.html?")).toBe(true);
  expect(params(dialog).get("kind")).toBe("conflict");
  expect(params(dialog).get("lang")).toBe("es");
  expect(params(dialog).getAll("sheet")).toEqual(["Objetivos", "Matriz POA 2024"]);
  // Nothing is retried under other names and nothing else touches the workbook.
  expect(fakeShell.scaffold).toHaveBeenCalledTimes(1);
  expect(fakeShell.selectCell).not.toHaveBeenCalled();
  expect(fakeShell.applyFixes).not.toHaveBeenCalled();
  expect(event.completed).not.toHaveBeenCalled(); // still showing the dialog
  dialog.handlers.get("dialogMessageReceived")!({ message: "close" });
  await done;
  expect(dialog.close).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

it("completes when the planner closes the dialog with its own ×", async () => {
  fakeShell.scaffold.mockResolvedValue({ ok: false, conflicts: ["Cobertura"] });
  const { event, done } = click();
  await flush();
  dialogs[0].handlers.get("dialogEventReceived")!({ error: 12006 });
  await done;
  expect(event.completed).toHaveBeenCalledTimes(1);
});

it("reports an Excel error to the planner instead of swallowing it", async () => {
  fakeShell.scaffold.mockRejectedValue(new Error("GeneralException: the workbook is protected"));
  const { event, done } = click();
  await flush();
  expect(dialogs).toHaveLength(1);
  expect(params(dialogs[0]).get("kind")).toBe("error");
  expect(params(dialogs[0]).get("detail")).toBe("GeneralException: the workbook is protected");
  dialogs[0].handlers.get("dialogMessageReceived")!({ message: "close" });
  await done;
  expect(event.completed).toHaveBeenCalledTimes(1);
});

it("tells the planner when Excel is too old, without touching the workbook", async () => {
  fakeShell.capabilities.mockReturnValue({ core: false, dataValidation: false, cellProperties: false, pageLayout: false, mergedAreas: false, changeSource: false });
  const { done } = click();
  await flush();
  expect(fakeShell.scaffold).not.toHaveBeenCalled();
  expect(params(dialogs[0]).get("kind")).toBe("oldExcel");
  dialogs[0].handlers.get("dialogMessageReceived")!({ message: "close" });
  await done;
});

it("still completes, and logs, when even the dialog cannot open", async () => {
  dialogFails = true;
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  fakeShell.scaffold.mockRejectedValue(new Error("boom"));
  const { event, done } = click();
  await done;
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(log).toHaveBeenCalled();
  expect(String(log.mock.calls[0])).toMatch(/could not show the notice/);
  log.mockRestore();
});

it("checks DialogApi 1.1 before opening a dialog; without it, completes and logs the notice in the planner's language", async () => {
  dialogApi = false;
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  fakeShell.scaffold.mockResolvedValue({ ok: false, conflicts: ["Objetivos"] });
  const { event, done } = click();
  await done;
  expect(dialogs).toHaveLength(0);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(String(log.mock.calls[0])).toMatch(/could not show the notice/);
  expect(String(log.mock.calls[0][2])).toContain("No se generó la matriz");
  log.mockRestore();
});
