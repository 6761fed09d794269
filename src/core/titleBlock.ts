/**
 * The institution a matrix's title block names (the contract is silent; *Adoptar* writes it into the
 * new matrix's title, so it is taken the way a planner would read the form):
 * 1. a labelled cell (`Institución:`, `Entidad:`, `Institution:`, `Organización:`, `Dependencia:`) and
 *    the first text to its right on that row (a numeric code such as `385` passed over);
 * 2. else the first title cell that starts with a kind of public body (`Alcaldía…`, `Ministerio…`,
 *    `Secretaría…`, `Agencia…`, `Universidad…`), a form's own name (`Formulario 9`) never.
 * Only the rows above the first header are looked at.
 */
import type { CellValue, SheetGrid } from "./grid";
import type { MatrixHeader } from "./header";
import { hasWord } from "./rowLabel";
import { cellText, normalizeText } from "./text";

const LABELS = new Set(["institucion", "entidad", "institution", "organizacion", "organization", "dependencia", "unidad ejecutora", "nombre de la institucion"]);

const BODIES = (
  "alcaldia municipalidad municipio gobernacion ministerio secretaria subsecretaria agencia universidad instituto " +
  "direccion superintendencia autoridad comision consejo corte fiscalia procuraduria defensoria tribunal asamblea " +
  "fondo banco hospital gobierno ministry agency university institute office department"
).split(" ");

/** Longest institution name taken: a title cell longer than this is prose, not a name. */
const MAX_NAME = 160;

export function institutionOfTitle(sheet: SheetGrid, header: MatrixHeader): string | null {
  const top = Math.min(header.row, header.resultLabelRow);
  for (let r = 0; r < top; r++) {
    const line = sheet.values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (!isLabel(line[c])) continue;
      const name = firstTextRightOf(line, c);
      if (name) return name;
    }
  }
  for (let r = 0; r < top; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== "string") continue;
      const text = cellText(v);
      const first = normalizeText(text).split(/[^a-z]+/)[0];
      if (text.length <= MAX_NAME && BODIES.includes(first)) return text;
    }
  }
  return null;
}

function isLabel(v: CellValue | undefined): boolean {
  if (typeof v !== "string") return false;
  return LABELS.has(normalizeText(v).replace(/[:\s]+$/, ""));
}

function firstTextRightOf(line: readonly CellValue[], col: number): string | null {
  for (let c = col + 1; c < line.length; c++) {
    const v = line[c];
    if (typeof v !== "string") continue;
    const text = cellText(v);
    if (text !== "" && hasWord(text) && text.length <= MAX_NAME) return text;
  }
  return null;
}
