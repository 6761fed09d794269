import { readFileSync, writeFileSync } from "fs";
import { unpackWorkbookParts } from "../../src/cli/workbookParts";
import { runCli, tempDir } from "./cliHarness";
import { buildZip, entriesOf, withEntry, zerosDeflated, type RawEntry } from "./zipFixtures";

/**
 * The reader's own zip reading (workbookParts.ts, zipDirectory.ts) reads what JSZip read before:
 * ZIP64 records and bytes before the archive; and it never touches the bytes of a part it does not need.
 */

const tmp = tempDir("poa-zip-");
let scaffold: RawEntry[];
let expected: string;

beforeAll(async () => {
  const file = tmp.file("scaffold.xlsx");
  expect((await runCli(["scaffold", "--out", file])).code).toBe(0);
  scaffold = await entriesOf(readFileSync(file));
  expected = (await runCli(["validate", file, "--format", "json"])).stdout;
});
afterAll(() => tmp.cleanup());

async function validateBytes(name: string, bytes: Buffer): Promise<string> {
  const file = tmp.file(name);
  writeFileSync(file, bytes);
  const run = await runCli(["validate", file, "--format", "json"]);
  expect(run.stderr).toBe("");
  return run.stdout;
}

it("reads a workbook written with ZIP64 records to the same report", async () => {
  expect(await validateBytes("zip64.xlsx", buildZip(scaffold, { zip64: true }))).toBe(expected);
});

it("reads a workbook with bytes before the archive that its offsets do not count, as JSZip did", async () => {
  const prefix = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(4092, 0x90)]);
  expect(await validateBytes("prefixed.xlsx", buildZip(scaffold, { prefix }))).toBe(expected);
});

it("never reads the bytes of an image, a drawing or a comment", async () => {
  const unneeded = ["xl/media/image1.png", "xl/drawings/drawing1.xml", "xl/comments1.xml", "docProps/app.xml"];
  let entries = scaffold;
  for (const name of unneeded) entries = withEntry(entries, { name, data: zerosDeflated(8), method: 8, declaredSize: 8 * 1024 * 1024 });
  const bytes = buildZip(entries);
  // Where each unneeded entry's bytes lie in the file.
  const ranges: [number, number][] = [];
  let at = 0;
  for (const e of entries) {
    const start = at + 30 + Buffer.byteLength(e.name);
    if (unneeded.includes(e.name)) ranges.push([start, start + e.data.length]);
    at = start + e.data.length;
  }
  const reads: [number, number][] = [];
  const outcome = await unpackWorkbookParts(async (position, length) => {
    reads.push([position, position + length]);
    return bytes.subarray(position, position + length);
  }, bytes.length);
  expect(outcome.ok).toBe(true);
  // The one read that may cover them comes first: the archive's last 64 KB, where its directory is looked for.
  const [tail, ...rest] = reads;
  expect(tail[1]).toBe(bytes.length);
  expect(tail[1] - tail[0]).toBeLessThanOrEqual(22 + 0xffff);
  for (const [from, to] of ranges) for (const [p, q] of rest) expect({ read: [p, q], overlaps: p < to && q > from }).toMatchObject({ overlaps: false });
});
