import { makeStyles, tokens } from "@fluentui/react-components";

export const useActionBarStyles = makeStyles({
  bar: {
    // Stays at the bottom of the pane while the view scrolls above it; at the view's end when it is short.
    position: "sticky",
    bottom: 0,
    marginTop: "auto",
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
});
