import type { View } from "./useApp";

/** `?view=validate` (the ribbon's "Validar plan") opens the pane on the report; anything else on generation. */
export function viewFromSearch(search: string): View {
  return new URLSearchParams(search).get("view") === "validate" ? "validate" : "generate";
}
