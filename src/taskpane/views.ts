import type { Strings } from "./i18n";

/**
 * The pane's views, in tab order. Adding one is an entry here, its label in i18n.ts and its lazily
 * loaded component in ViewPanel.tsx.
 */
export const VIEWS = ["generate", "validate", "adopt", "seguimiento"] as const;

export type View = (typeof VIEWS)[number];

export function viewLabel(t: Strings, view: View): string {
  switch (view) {
    case "generate":
      return t.tabGenerate;
    case "validate":
      return t.tabValidate;
    case "adopt":
      return t.tabAdopt;
    case "seguimiento":
      return t.tabSeguimiento;
  }
}

/** `?view=validate` (the ribbon's "Validar plan") opens the pane on that view; anything else on generation. */
export function viewFromSearch(search: string): View {
  const asked = new URLSearchParams(search).get("view");
  return VIEWS.find((v) => v === asked) ?? "generate";
}
