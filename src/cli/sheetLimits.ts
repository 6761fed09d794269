/** Excel's sheet size (rows, columns): nothing in a real file lies beyond it. */
export const MAX_ROW_COUNT = 1048576;
export const MAX_COLUMN_COUNT = 16384;
