/**
 * Runs work one at a time per key (a contact), in this process. Why: a flood from one chat must wait in its
 * own queue here, holding nothing, instead of taking pool connections that then wait on that contact's row
 * lock while everyone else waits for a connection. The row lock still orders work across processes.
 */
export class Lanes {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` after every earlier work of the same key has settled. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    // The tail never rejects, so a failure does not skip the next in line.
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with work running or waiting (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}
