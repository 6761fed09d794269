/**
 * "Our write is in flight": below ExcelApi 1.14 change events don't say who made a change, so the
 * watcher ignores changes while the shell itself is writing. Idempotent passes are the real guarantee
 * against loops; this only spares a useless pass.
 */
export class WriteGuard {
  private depth = 0;

  get active(): boolean {
    return this.depth > 0;
  }

  async run<T>(write: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await write();
    } finally {
      this.depth--;
    }
  }
}
