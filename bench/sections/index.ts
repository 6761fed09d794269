import type { BenchSection } from "../types";
import { cliSection } from "./cli";
import { coreScalingSection } from "./core";
import { scaffoldSection, validateSection } from "./excel";
import { watchSection } from "./watch";

/** Every section, in the order they run; each one's key is its key in the --json object. A new section: a file in this folder and one line here. */
export const SECTIONS: BenchSection[] = [scaffoldSection, validateSection, watchSection, cliSection, coreScalingSection];
