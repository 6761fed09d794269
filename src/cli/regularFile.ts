import { constants, promises as fs } from "fs";

/**
 * Opens a path for reading only when it is a regular file no larger than a cap, so that what the
 * reader does is bounded by the file: a FIFO with no writer would block `open` or `read` forever,
 * `/dev/zero` never ends, and a directory has no bytes. Each gets its answer at once.
 */

export type OpenFailure = "missing" | "directory" | "notRegular" | "unreadable" | "tooLarge";

export type OpenOutcome =
  | { ok: true; file: RegularFile }
  | { ok: false; failure: OpenFailure; size?: number; cause?: unknown };

export interface RegularFile {
  readonly size: number;
  /** Exactly `length` bytes from `position`; fewer only when the file ends first. */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

// O_NONBLOCK: opening a FIFO without it waits for a writer. Harmless on regular files; absent on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function failureOfError(e: unknown): OpenFailure {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "missing";
  if (code === "EISDIR") return "directory";
  // A socket, or a device without a driver behind it.
  if (code === "ENXIO" || code === "ENODEV") return "notRegular";
  return "unreadable";
}

export async function openRegularFile(path: string, maxBytes: number): Promise<OpenOutcome> {
  let handle: fs.FileHandle;
  try {
    // Looked at before opening, so that nothing special is opened at all.
    const before = await fs.stat(path);
    if (before.isDirectory()) return { ok: false, failure: "directory" };
    if (!before.isFile()) return { ok: false, failure: "notRegular" };
    handle = await fs.open(path, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, failure: failureOfError(e), cause: e };
  }
  try {
    // And again through the handle: the path may have been swapped for something else in between.
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return { ok: false, failure: stat.isDirectory() ? "directory" : "notRegular" };
    }
    if (stat.size > maxBytes) {
      await handle.close();
      return { ok: false, failure: "tooLarge", size: stat.size };
    }
    return { ok: true, file: regularFile(handle, stat.size) };
  } catch (e) {
    await handle.close().catch(() => undefined);
    return { ok: false, failure: failureOfError(e), cause: e };
  }
}

function regularFile(handle: fs.FileHandle, size: number): RegularFile {
  return {
    size,
    async read(position, length) {
      const wanted = Math.max(0, Math.min(length, size - position));
      const buffer = Buffer.alloc(wanted);
      let filled = 0;
      while (filled < wanted) {
        const { bytesRead } = await handle.read(buffer, filled, wanted - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === wanted ? buffer : buffer.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}
