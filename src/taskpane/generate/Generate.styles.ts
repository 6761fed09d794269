import { makeStyles, tokens } from "@fluentui/react-components";

export const useGenerateStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  rowActions: { display: "flex", justifyContent: "flex-end" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  nameList: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
