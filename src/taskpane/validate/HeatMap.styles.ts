import { makeStyles, tokens } from "@fluentui/react-components";

export const useHeatMapStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Fixed layout: twelve equal month columns share whatever the pane leaves, down to Excel's 320 px, so the
  // table never scrolls sideways (one-letter month headings; the full name is read out and shown on hover).
  table: { borderCollapse: "collapse", tableLayout: "fixed", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  corner: { width: "3.5em", padding: "2px", textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  header: { fontWeight: tokens.fontWeightSemibold, padding: "2px 0", textAlign: "center" },
  rowHeader: { fontWeight: tokens.fontWeightSemibold, padding: "2px", textAlign: "start", overflowWrap: "anywhere" },
  cell: {
    padding: "2px 0",
    textAlign: "center",
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Three steps of brand colour; the number in the cell carries the meaning, the colour only helps scan.
  level0: { color: tokens.colorNeutralForeground4 },
  level1: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  level2: { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorNeutralForeground1 },
  level3: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  total: { fontWeight: tokens.fontWeightSemibold, padding: "2px 0", textAlign: "center", overflow: "hidden" },
});
