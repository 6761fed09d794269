/** Excel's sheet size (rows, columns), as the core knows it (core/address.ts). */
export { MAX_COLUMN_COUNT, MAX_ROW_COUNT } from "../core/address";
