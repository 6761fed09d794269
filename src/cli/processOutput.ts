/**
 * The process's stdout and stderr for the CLI. Two things Node does not do on its own:
 * - A closed pipe (`npx poa --help | true`, a report piped into `head`) makes the next write fail
 *   with EPIPE, emitted as an 'error' event: with no listener, Node prints a stack trace and exits 1.
 *   Here the stream is marked closed, nothing more is written to it, and the command ends with its
 *   own exit status.
 * - A write to a pipe the reader is slow to drain is queued in memory; a big report written at once
 *   would be held twice. Each write here waits for 'drain' when the stream asks for it.
 */

export interface OutputStream {
  write(text: string): Promise<void>;
  /** True once the reader has gone: what is left to print can be skipped. */
  readonly closed: boolean;
}

export function outputStream(stream: NodeJS.WritableStream & { destroyed?: boolean }): OutputStream {
  let closed = false;
  // Any error on an output stream means nothing more can reach the reader; EPIPE is the usual one.
  stream.on("error", () => {
    closed = true;
  });
  return {
    get closed() {
      return closed || stream.destroyed === true;
    },
    write(text) {
      if (closed || stream.destroyed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        if (stream.write(text)) return resolve();
        const done = () => {
          stream.off("drain", done);
          stream.off("error", done);
          stream.off("close", done);
          resolve();
        };
        stream.on("drain", done);
        stream.on("error", done);
        stream.on("close", done);
      });
    },
  };
}
