/** What every bench section gets and gives: sections print for people and return data for --json. */
export interface BenchContext {
  /** A line for people; silent under --json. */
  log(line: string): void;
  /** A private scratch folder under os.tmpdir(), removed at the end. */
  tmpDir: string;
  json: boolean;
  /** --quick: smaller sizes, for smoke runs. */
  quick: boolean;
}

export interface BenchSection {
  /** Key of the section's result in the --json object. */
  key: string;
  title: string;
  run(ctx: BenchContext): Promise<unknown>;
}
