import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useNativeSelectStyles = makeStyles({
  select: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
});
