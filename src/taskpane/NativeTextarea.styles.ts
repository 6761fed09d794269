import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useNativeTextareaStyles = makeStyles({
  textarea: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "52px",
    // It grows with its text (useAutoGrow); no scroll bar, no handle to drag.
    resize: "none",
    overflowY: "hidden",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
});
