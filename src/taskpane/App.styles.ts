import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  // The provider fills the pane, so a short view still has its action bar at the bottom.
  provider: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  root: {
    flexGrow: 1,
    boxSizing: "border-box",
    // Nothing may be wider than Excel's narrowest pane (320 px): long words break instead.
    minWidth: 0,
    overflowWrap: "anywhere",
    padding: `${tokens.spacingHorizontalM} ${tokens.spacingHorizontalM} 0`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
});
