import { spawnSync } from "child_process";
import { writeFileSync } from "fs";
import { BIN, buildCli, REPO_ROOT, STACK_FRAME, tempDir } from "./cliHarness";

/** The real command, as `npx poa` runs it after `npm ci`: bin/poa.js over the prepare build in lib/. */
function poa(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("bin/poa.js", () => {
  const tmp = tempDir("poa-spawn-");
  beforeAll(() => buildCli(), 120_000);
  afterAll(() => tmp.cleanup());

  it("prints the help and exits 0", () => {
    const run = poa(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/poa scaffold --out/);
    expect(poa(["--help", "--lang", "en"]).stdout).toMatch(/Usage:/);
  });

  it("scaffolds, then validates with the exit codes of the contract", () => {
    const file = tmp.file("poa.xlsx");
    expect(poa(["scaffold", "--out", file]).code).toBe(0);
    const again = poa(["scaffold", "--out", file]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    const run = poa(["validate", file, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ errors: 7, warnings: 0, objectivesCovered: 0, objectivesTotal: 7 });
    expect(report.issues[0]).toMatchObject({ code: "RESULT_WITHOUT_MONTHS", cell: "D7", sheet: "Matriz POA 2024" });
  });

  it("ends with exit 2 and one clean line on a damaged file", () => {
    const file = tmp.file("broken.xlsx");
    writeFileSync(file, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    for (const args of [["validate", file], ["validate", tmp.file("absent.xlsx"), "--lang", "en"]]) {
      const run = poa(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });
});
