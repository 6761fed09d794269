import { makeStyles, tokens } from "@fluentui/react-components";

export const useHeatMapStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  wrapper: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  header: { fontWeight: tokens.fontWeightSemibold, padding: "2px", textAlign: "center" },
  rowHeader: { fontWeight: tokens.fontWeightSemibold, padding: "2px 4px", textAlign: "start", whiteSpace: "nowrap" },
  cell: {
    padding: "2px",
    textAlign: "center",
    minWidth: "18px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Three steps of brand colour; the number in the cell carries the meaning, the colour only helps scan.
  level0: { color: tokens.colorNeutralForeground4 },
  level1: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  level2: { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorNeutralForeground1 },
  level3: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  total: { fontWeight: tokens.fontWeightSemibold, padding: "2px", textAlign: "center" },
});
