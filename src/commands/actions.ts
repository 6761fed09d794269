/** The ExecuteFunction names of manifest.xml (`<FunctionName>`), as commands.ts registers them. */
export const GENERATE_MATRIX_ACTION = "generateMatrix";
