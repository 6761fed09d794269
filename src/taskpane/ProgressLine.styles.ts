import { makeStyles, tokens } from "@fluentui/react-components";

export const useProgressLineStyles = makeStyles({
  bar: {
    display: "block",
    width: "100%",
    height: "2px",
    appearance: "none",
    border: "none",
    backgroundColor: tokens.colorNeutralBackground6,
    color: tokens.colorCompoundBrandBackground,
    "::-webkit-progress-bar": { backgroundColor: tokens.colorNeutralBackground6 },
    "::-webkit-progress-value": { backgroundColor: tokens.colorCompoundBrandBackground },
    "::-moz-progress-bar": { backgroundColor: tokens.colorCompoundBrandBackground },
  },
});
