// ESLint (flat config): Office.js load/sync discipline over the add-in's source, with every rule of
// eslint-plugin-office-addins (installed with office-addin-lint) and the TypeScript parser.
// `npm run lint` runs it; formatting is left to the editor (no prettier rule).
//
// The rules see a sync only as a literal `context.sync()`: where the shell syncs through
// `syncWithTimeout(context, …)` and a rule cannot tell, the line carries a commented disable.
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import officeAddins from "eslint-plugin-office-addins";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default [
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      ...officeRules,
      // `import X = require(…)` is TypeScript's typed import of a CommonJS module (the stemmer): allowed.
      "@typescript-eslint/no-require-imports": ["error", { allowAsImport: true }],
    },
  },
  {
    // The CLI works on .xlsx files through ExcelJS, whose objects are plain data, not Office.js
    // proxies: a load/sync rule there only misreads ExcelJS calls (`cell.value`).
    files: ["src/cli/**/*.{ts,tsx}"],
    rules: Object.fromEntries(Object.keys(officeRules).map((rule) => [rule, "off"])),
  },
];
