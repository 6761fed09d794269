import { randomBytes } from "crypto";
import { promises as fs, rmSync } from "fs";
import * as path from "path";

/**
 * Writes a file so that its name only ever holds the old file or the whole new one: the bytes go to
 * a temporary file beside it, flushed to disk, then renamed over it. The temporary name is random and
 * the file is created exclusively (O_CREAT|O_EXCL: a file or symlink planted at that name is refused,
 * never followed or reused). It is removed on every failure, and on SIGINT, SIGTERM or SIGHUP while it
 * exists; only SIGKILL or a power cut can leave it behind, under its random dot-name, with the target
 * untouched.
 */

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** While `temp` may exist: a signal removes it, then ends the process as the signal would have. */
function removeOnSignal(temp: string): () => void {
  const handler = (signal: NodeJS.Signals) => {
    rmSync(temp, { force: true });
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const s of SIGNALS) process.off(s, handler);
  };
  for (const s of SIGNALS) process.on(s, handler);
  return release;
}

/** So that the rename itself survives a power cut. Not possible on every system (Windows): best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, "r");
    await handle.sync();
  } catch {
    // The file is complete and renamed; only its durability across a power cut is left to the system.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
}

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = temporaryName(target);
  const release = removeOnSignal(temp);
  let created = false;
  try {
    const handle = await fs.open(temp, "wx");
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    created = false;
  } catch (e) {
    // Only a file this call created: an exclusive open that failed created nothing, and removes nothing.
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    release();
  }
  await syncDirectory(path.dirname(target));
}
