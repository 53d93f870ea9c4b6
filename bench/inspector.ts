// The extension host's heap as V8 counts it, read through the extension host's inspector (the workbench
// is opened with the "inspect-extensions" payload, which starts the extension host with --inspect on the
// given port): what its heap holds after a full garbage collection, and the highest the heap reached
// while sampled. The extension's own log can only say heapUsed at one moment, garbage included.
// Uses the WebSocket of Node 22 and later, or of Node 20 started with --experimental-websocket.

import { lateness, Waits } from './stats';

interface Socket {
  onopen: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
  onclose: (() => void) | null;
  onmessage: ((e: { data: string }) => void) | null;
  send(data: string): void;
  close(): void;
}

const WebSocketCtor = (globalThis as unknown as { WebSocket?: new (url: string) => Socket }).WebSocket;

/** Node flags a bench child needs for HeapProbe (Node 20 keeps its WebSocket behind a flag). */
export const INSPECTOR_NODE_FLAGS = Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [];

export class HeapProbe {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.onmessage = (e) => {
      const m = JSON.parse(e.data) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      const p = m.id === undefined ? undefined : this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id!);
      if (m.error) p.reject(new Error(m.error.message));
      else p.resolve(m.result ?? {});
    };
    socket.onclose = () => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error('the inspector closed'));
      this.pending.clear();
    };
  }

  /** Connects to the inspector listening on `port`, waiting for it to come up. */
  static async connect(port: number, timeoutMs = 60_000): Promise<HeapProbe> {
    if (!WebSocketCtor) throw new Error('no WebSocket in this Node: run it with ' + INSPECTOR_NODE_FLAGS.join(' '));
    const t0 = Date.now();
    for (;;) {
      try {
        const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
        if (list.length > 0) {
          const socket = new WebSocketCtor(list[0].webSocketDebuggerUrl);
          await new Promise<void>((resolve, reject) => {
            socket.onopen = () => resolve();
            socket.onerror = () => reject(new Error(`could not connect to the inspector on port ${port}`));
          });
          return new HeapProbe(socket);
        }
      } catch (err) {
        if (Date.now() - t0 > timeoutMs) throw err;
      }
      if (Date.now() - t0 > timeoutMs) throw new Error(`no inspector on port ${port}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  private call(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(new Error('the inspector closed'));
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** The value of a global expression in the inspected process ("process.pid", "process.version"). */
  async evaluate(expression: string): Promise<unknown> {
    const r = await this.call('Runtime.evaluate', { expression, returnByValue: true });
    return (r.result as { value: unknown }).value;
  }

  /** Bytes of the heap in use now, garbage included. */
  async used(): Promise<number> {
    return Number((await this.call('Runtime.getHeapUsage')).usedSize);
  }

  /** Bytes of the heap in use after a full garbage collection: what the process holds. */
  async retained(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage');
    return this.used();
  }

  /** Samples the heap every `everyMs` until stopped; the highest figure seen, NaN when sampling failed. */
  sample(everyMs = 25): { stop: () => Promise<number> } {
    let peak = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        try {
          peak = Math.max(peak, await this.used());
        } catch {
          // The host went away or the inspector closed: a partial peak would look like a low one.
          peak = NaN;
          break;
        }
        await new Promise((r) => setTimeout(r, everyMs));
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        return peak;
      },
    };
  }

  /**
   * Starts the `lateness()` probe (bench/stats.ts) in the inspected process: what a request to that
   * thread (a hover, to the extension host) waits meanwhile. `stop()` gives what it noted.
   */
  async waits(): Promise<{ stop: () => Promise<Waits> }> {
    await this.evaluate(`globalThis.__benchWaits = (${lateness.toString()})(), true`);
    return {
      stop: async () => (await this.evaluate(`(() => {
        const probe = globalThis.__benchWaits;
        probe.stop();
        delete globalThis.__benchWaits;
        return { late: probe.late, at: probe.at, wall: probe.wall };
      })()`)) as Waits,
    };
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }
}
