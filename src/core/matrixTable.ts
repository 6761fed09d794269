/**
 * Which Excel tables are the add-in's own matrix: the ones its layout names. Every matrix table the
 * layout makes is called `TablaPOA…` (`TablaPOA2024` on the default sheet, `TablaPOA_<sheet>` on
 * another, `…_2` when the name was taken), so the add-in can tell its matrix from a planner's own table
 * that happens to have the same columns (`Tabla1` with `N°`, `Resultado`, `Ene`…`Dic`), which it must
 * never rewrite.
 */
export const MATRIX_TABLE_PREFIX = "TablaPOA";

/** Whether a table of this name is one the add-in made for a matrix (Excel compares table names without case). */
export function isMatrixTableName(name: string): boolean {
  return name.toUpperCase().startsWith(MATRIX_TABLE_PREFIX.toUpperCase());
}
