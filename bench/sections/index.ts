import type { BenchSection } from "../types";
import { cliSection } from "./cli";
import { core20kSection, coreSection } from "./core";
import { realWorldSection } from "./realworld";

/** Every section, in the order they run. A new section: a file in this folder and one line here. */
export const SECTIONS: BenchSection[] = [coreSection, core20kSection, cliSection, realWorldSection];
