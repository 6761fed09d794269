/**
 * Planner text is always written as a literal (brief: never a formula). Excel would turn a string
 * written through `values`/`formulas` into a formula when it starts with `=`, `+`, `-` or `@`, and into
 * a number, date, boolean or error when it looks like one; and it takes a leading `'` as its "this is
 * text" prefix and drops it (`'Hola` would be stored as `Hola`, `'` alone as an empty cell). We pick
 * the text number format (`@`) for such cells, set before the value in the same request: Excel keeps whatever is written into a text cell
 * as typed, on every platform, and the planner sees no apostrophe when editing it later.
 */
const REINTERPRETED = /^('|\s*[=+\-@]|\s*[0-9.]|\s*#|(true|false|verdadero|falso)\s*$)/i;

export function mustStayText(value: string): boolean {
  return REINTERPRETED.test(value) || /%\s*$/.test(value);
}

export const TEXT_FORMAT = "@";
