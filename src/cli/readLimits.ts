/**
 * How much `poa validate` reads at most, whatever a file claims about itself (issue 13). Each limit
 * is checked before the work it bounds, and the planner's message names it (cliText.ts).
 *
 * Together they keep the command under about 1.5 GB of memory, below Node's default heap. Measured
 * with `/usr/bin/time` (Node 20, on a shared 2-core machine; docs/security.md): a sheet just under the
 * cell limit (960,000 cells and rows) takes 700–800 MB and about 25 s; 2.9 million styles or merges,
 * the costliest elements after cells, 800–860 MB and 20–40 s. Real planning workbooks sit far below
 * every limit: the largest of ../shared/realworld has 1.2 MB of sheet XML and 38,000 cells.
 */
export const READ_LIMITS = {
  /** The file on disk. Only the parts the reader needs are read from it, but nothing larger is a POA. */
  fileBytes: 256 * 1024 * 1024,
  /** Entries in the zip's central directory (a real workbook has a few dozen; one per image at most). */
  zipEntries: 50_000,
  /** The parts the reader unpacks (sheets, shared strings, styles, theme, workbook), declared uncompressed. */
  partBytes: 128 * 1024 * 1024,
  /** Cells and rows the sheets hold (`<c>` and `<row>` elements, empty or not: ExcelJS builds an object for each). */
  cells: 1_000_000,
  /** XML elements in all the parts unpacked (cells, texts, styles, merges…): ExcelJS's work, about 10 µs each. */
  xmlElements: 3_000_000,
} as const;
