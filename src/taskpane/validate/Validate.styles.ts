import { makeStyles, tokens } from "@fluentui/react-components";

export const useValidateStyles = makeStyles({
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  summary: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupCounts: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  advice: { margin: 0 },
  // Long row texts wrap inside the button instead of widening the pane.
  issueButton: { justifyContent: "flex-start", textAlign: "start", height: "auto", minHeight: "32px", maxWidth: "100%", minWidth: 0, whiteSpace: "normal", fontWeight: tokens.fontWeightRegular },
  place: { fontWeight: tokens.fontWeightSemibold },
  issueText: { margin: 0, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  changeList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  cell: { color: tokens.colorNeutralForeground3 },
});
