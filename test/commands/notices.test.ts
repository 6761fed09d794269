/** @jest-environment jsdom */
import fc from "fast-check";
import { renderNotice, wireClose } from "../../src/commands/dialogView";
import { type Notice, noticeFromQuery, noticeQuery, noticeText } from "../../src/commands/notices";

const DIALOG_BODY = `<main><h1 id="title"></h1><p id="body"></p><p id="hint"></p><button id="close"></button></main>`;

describe("notices carried in the dialog URL", () => {
  it("survive the round trip for any sheet names and error text, in both languages", () => {
    const notice: fc.Arbitrary<Notice> = fc.oneof(
      fc.record({ kind: fc.constant("conflict" as const), sheets: fc.array(fc.string({ minLength: 1, maxLength: 31 }), { minLength: 1, maxLength: 3 }) }),
      fc.constant({ kind: "oldExcel" as const }),
      fc.record({ kind: fc.constant("error" as const), detail: fc.string({ minLength: 1, maxLength: 500 }) }),
    );
    fc.assert(
      fc.property(notice, fc.constantFrom("es" as const, "en" as const), (n, lang) => {
        expect(noticeFromQuery(`?${noticeQuery(n, lang)}`)).toEqual({ notice: n, lang });
      }),
    );
  });

  it("turn an unreadable query into an error notice in Spanish, never a blank dialog", () => {
    expect(noticeFromQuery("?kind=nonsense")).toEqual({ lang: "es", notice: { kind: "error", detail: "?" } });
  });

  it("say the same things in Spanish and English", () => {
    const conflict: Notice = { kind: "conflict", sheets: ["Objetivos", "Cobertura"] };
    expect(noticeText(conflict, "es").body).toBe("El libro ya tiene hojas llamadas «Objetivos» y «Cobertura». No se cambió nada.");
    expect(noticeText(conflict, "en").body).toBe("The workbook already has sheets named «Objetivos» and «Cobertura». Nothing was changed.");
    expect(noticeText({ kind: "conflict", sheets: ["Objetivos"] }, "es").body).toContain("una hoja llamada «Objetivos»");
    expect(noticeText(conflict, "es").hint).toMatch(/Panel/);
    expect(noticeText({ kind: "error", detail: "x" }, "en").body).toBe("The matrix could not be generated: x");
  });
});

describe("dialog.html", () => {
  beforeEach(() => {
    document.body.innerHTML = DIALOG_BODY;
  });

  it("shows the notice as text in the planner's language (sheet names are never read as HTML)", () => {
    renderNotice(document, `?${noticeQuery({ kind: "conflict", sheets: ["<img src=x onerror=alert(1)>"] }, "en")}`);
    expect(document.documentElement.lang).toBe("en");
    expect(document.getElementById("title")!.textContent).toBe("The matrix was not generated");
    expect(document.getElementById("body")!.textContent).toContain("«<img src=x onerror=alert(1)>»");
    expect(document.querySelector("img")).toBeNull();
    expect(document.getElementById("close")!.textContent).toBe("OK");
  });

  it("tells the command when the planner presses the button", () => {
    const sent: string[] = [];
    wireClose(document, (m) => sent.push(m));
    document.getElementById("close")!.click();
    expect(sent).toEqual(["close"]);
  });
});
