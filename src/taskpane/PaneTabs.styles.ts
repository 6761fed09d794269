import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneTabsStyles = makeStyles({
  // Tabs wrap to a second line in a narrow pane rather than scroll sideways (a fourth view is coming).
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: {
    // A label breaks between words, never inside one.
    overflowWrap: "normal",
    textAlign: "start",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});
