import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { languageFromLocale } from "../../src/core/lang";
import { escoTemplate } from "../../src/core/escoTemplate";
import { matchConflicts, sheetNameProblem, suggestSheetName } from "../../src/taskpane/generate/sheetNames";
import { canonicalObjectiveId } from "../../src/core/objectiveId";
import { parsePlanYear } from "../../src/core/year";
import { checkDraft, draftFromTemplate } from "../../src/taskpane/generate/templateDraft";
import { stringsFor } from "../../src/taskpane/i18n";
import { themeForOffice } from "../../src/taskpane/theme";
import { viewFromSearch } from "../../src/taskpane/views";
import { repairPlan } from "../../src/taskpane/validate/repairPlan";
import { sampleReport } from "./fakeShell";

const t = stringsFor("es");

describe("language, view and theme at start-up", () => {
  it.each([
    ["es-SV", "es"], ["es-ES", "es"], ["en-US", "en"], ["EN-gb", "en"], ["en", "en"],
    ["fr-FR", "es"], ["", "es"], [undefined, "es"],
  ] as const)("locale %p gives %p", (locale, lang) => {
    expect(languageFromLocale(locale)).toBe(lang);
  });

  it("opens on the report only for ?view=validate", () => {
    expect(viewFromSearch("?view=validate")).toBe("validate");
    expect(viewFromSearch("?_host_Info=Excel&view=validate")).toBe("validate");
    expect(viewFromSearch("")).toBe("generate");
    expect(viewFromSearch("?view=other")).toBe("generate");
  });

  it("follows Office's dark themes and stays light otherwise", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#000" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
    expect(themeForOffice(undefined)).toBe(webLightTheme);
  });
});

describe("the template draft", () => {
  it("round-trips the ESCO template unchanged", () => {
    const check = checkDraft(draftFromTemplate(escoTemplate(2031)), t);
    expect(check).toEqual({ ok: true, template: escoTemplate(2031) });
  });

  it("accepts only whole years the reader reads back, 1990–2100", () => {
    expect(parsePlanYear("1990")).toBe(1990);
    expect(parsePlanYear(" 2100 ")).toBe(2100);
    for (const bad of ["1989", "2101", "20.5", "", "abcd", "2024.0", "-2024"]) expect(parsePlanYear(bad)).toBeNull();
    const draft = draftFromTemplate(escoTemplate());
    draft.year = "1989";
    expect(checkDraft(draft, t).ok).toBe(false);
  });

  it("writes objective ids in the scaffold's form, reading them as the reader does, and refuses other forms", () => {
    expect(canonicalObjectiveId(" oe 03 ")).toBe("OE3");
    expect(canonicalObjectiveId("OE12")).toBe("OE12");
    expect(canonicalObjectiveId("O.E. 4")).toBe("OE4");
    expect(canonicalObjectiveId("3")).toBe("OE3");
    expect(canonicalObjectiveId("Objetivo 1")).toBeNull();
    expect(canonicalObjectiveId("OE3: texto")).toBeNull();
    const draft = draftFromTemplate(escoTemplate());
    draft.objectives[0].id = "o.e. 1";
    const check = checkDraft(draft, t);
    expect(check.ok && check.template.objectives[0].id).toBe("OE1");
  });

  it("trims texts but keeps a leading = as literal text for the writer", () => {
    const draft = draftFromTemplate(escoTemplate());
    draft.results[0].text = "  =SUMA(A1)  ";
    const check = checkDraft(draft, t);
    expect(check.ok && check.template.results[0].text).toBe("=SUMA(A1)");
  });

  it("flags an id repeated after normalization on the later row only", () => {
    const draft = draftFromTemplate(escoTemplate());
    draft.objectives[4].id = "oe1";
    const check = checkDraft(draft, t);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.objective[draft.objectives[4].key]).toEqual({ id: "El identificador OE1 está repetido." });
      expect(check.problems.objective[draft.objectives[0].key]).toBeUndefined();
    }
  });
});

describe("sheet names", () => {
  it("suggests the next free numbered name", () => {
    expect(suggestSheetName("Matriz POA 2024", ["Matriz POA 2024"])).toBe("Matriz POA 2024 (2)");
    expect(suggestSheetName("Matriz POA 2024", ["matriz poa 2024 (2)"])).toBe("Matriz POA 2024 (3)");
    expect(suggestSheetName("Cobertura (2)", [])).toBe("Cobertura (3)");
    const long = "Una hoja con un nombre muy largo";
    const suggestion = suggestSheetName(long.slice(0, 31), []);
    expect(suggestion.length).toBeLessThanOrEqual(31);
    expect(suggestion.endsWith(" (2)")).toBe(true);
  });

  it("knows Excel's rules for a sheet name", () => {
    expect(sheetNameProblem("Plan", t, [], [])).toBeUndefined();
    expect(sheetNameProblem("  ", t, [], [])).toBe(t.sheetNameEmpty);
    expect(sheetNameProblem("x".repeat(32), t, [], [])).toBe(t.sheetNameTooLong);
    for (const bad of ["a:b", "a/b", "a\\b", "a?b", "a*b", "a[b]", "'ab"]) expect(sheetNameProblem(bad, t, [], [])).toBe(t.sheetNameBadChars);
    expect(sheetNameProblem("OBJETIVOS", t, ["Objetivos"], [])).toBe(t.sheetNameTaken);
    expect(sheetNameProblem("Cobertura", t, [], ["cobertura"])).toBe(t.sheetNameRepeated);
  });

  it("matches reported conflicts to the sheets to be created, whatever their case", () => {
    const names = { objectives: "Objetivos", matrix: "Matriz POA 2024", coverage: "Cobertura" };
    expect(matchConflicts(names, ["matriz poa 2024", "Otra"])).toEqual({
      keyed: [{ key: "matrix", name: "Matriz POA 2024" }],
      unknown: ["Otra"],
    });
  });
});

describe("the repair plan", () => {
  it("splits safe and unsafe fixes, one per cell", () => {
    const report = sampleReport();
    report.issues.push({ ...report.issues[0] });
    const plan = repairPlan(report.issues);
    expect(plan.safe.map((f) => f.cell)).toEqual(["F8"]);
    expect(plan.unsafe.map((u) => u.fix.cell)).toEqual(["G9"]);
    expect(plan.unsafe[0].message).toMatch(/pendiente/);
  });
});
