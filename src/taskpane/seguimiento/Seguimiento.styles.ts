import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useSeguimientoStyles = makeStyles({
  // Fixed layout: the objective column and five figure columns share the pane down to Excel's 320 px, so
  // the table never scrolls sideways; each figure is a percent on one line and a symbol.
  table: { borderCollapse: "collapse", tableLayout: "fixed", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  corner: { width: "3.6em", padding: "2px", textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  abbr: { textDecorationLine: "none" },
  header: { fontWeight: tokens.fontWeightSemibold, padding: "2px 0", textAlign: "center" },
  rowHeader: { fontWeight: tokens.fontWeightSemibold, padding: "2px", textAlign: "start", overflowWrap: "anywhere" },
  cell: {
    padding: "2px 1px",
    textAlign: "center",
    overflowWrap: "anywhere",
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  symbol: { fontWeight: tokens.fontWeightSemibold },
  // "100 %" is one figure: at 320 px the Spanish cell may wrap after its symbol, never inside the figure.
  percent: { whiteSpace: "nowrap" },
  // The semáforo's colours, as the workbook's Seguimiento sheet shades them; the symbol and the word carry
  // the meaning, the colour helps scan.
  cumplido: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1 },
  en_riesgo: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  critico: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  sin_programacion: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  legendItem: { padding: `0 ${tokens.spacingHorizontalXS}`, borderRadius: tokens.borderRadiusSmall },
  // Each term above its value: the institution's label is long for a column beside it at 320 px.
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  value: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, minWidth: 0, overflowWrap: "anywhere" },
  figure: { padding: `0 ${tokens.spacingHorizontalXS}`, borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold },
});
