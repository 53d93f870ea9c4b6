// Work done in slices on a thread that also answers requests (the extension host's: a hover, a
// completion): a bulk task works for a few milliseconds, then lets the event loop turn.

/**
 * How long each task of a bulk operation (the cold index, the start from the cache, the diagnostics
 * after them) works at a time before it lets the event loop turn. A request that comes meanwhile waits
 * for the slices queued before it, for the decoding of a worker's answer or of a batch of the cache,
 * and for the collector: 17-22 ms at the p99 with 10,000 documents.
 */
export const SLICE_MS = 8;

/** Resolves at the event loop's next turn, after what waits (timers, I/O, a worker's messages). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The clock of a task done in slices: `over` once `ms` have gone since it started or last paused. */
export class Slice {
  private start = performance.now();

  constructor(private readonly ms = SLICE_MS) {}

  get over(): boolean {
    return performance.now() - this.start >= this.ms;
  }

  /** Awaits `pause` (the next turn by default), then starts a new slice. */
  async pause(pause: () => Promise<void> = nextTurn): Promise<void> {
    await pause();
    this.start = performance.now();
  }
}
