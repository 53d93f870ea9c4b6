// The CPU time each thread of this process takes, read from Linux's /proc (null elsewhere): the main
// thread, the worker threads, and the rest, which is mostly the engine's own helper threads (its
// optimising compiler's jobs, and the collector's parallel and concurrent tasks). process.cpuUsage()
// gives only their sum.
import * as fs from 'fs';

/** Linux's clock ticks a second for /proc/<pid>/task/<tid>/stat (USER_HZ, 100 on every common build). */
const TICKS_PER_S = 100;

export interface ThreadCpuFigures {
  mainMs: number;
  workersMs: number;
  /** Every other thread: the engine's helpers, and libuv's pool if it ran. */
  othersMs: number;
}

/** A thread's user + system ticks; undefined when it is gone. */
function ticksOf(tid: string): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
    // Fields after the command name (which may hold spaces), from the state on: utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return undefined;
  }
}

/**
 * Samples every thread's ticks until stopped. A thread that ends between two samples loses what it took
 * after the last one (at most `everyMs`; a worker thread ends idle).
 */
export class ThreadCpu {
  private readonly start = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  private constructor(everyMs: number) {
    for (const tid of fs.readdirSync('/proc/self/task')) this.start.set(tid, ticksOf(tid) ?? 0);
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  /** Whether the process's threads can be read and told apart (Linux). */
  static available(): boolean {
    return fs.existsSync('/proc/self/task') && fs.existsSync('/proc/thread-self');
  }

  static begin(everyMs = 50): ThreadCpu {
    return new ThreadCpu(everyMs);
  }

  private sample(): void {
    for (const tid of fs.readdirSync('/proc/self/task')) {
      const t = ticksOf(tid);
      if (t !== undefined) this.last.set(tid, t);
    }
  }

  /** Stops sampling; `workers` are the worker threads' ids (see workerTid.ts). */
  stop(workers: ReadonlySet<string>): ThreadCpuFigures {
    this.sample();
    clearInterval(this.timer);
    const figures: ThreadCpuFigures = { mainMs: 0, workersMs: 0, othersMs: 0 };
    const main = String(process.pid);
    for (const [tid, ticks] of this.last) {
      const ms = ((ticks - (this.start.get(tid) ?? 0)) * 1000) / TICKS_PER_S;
      if (tid === main) figures.mainMs += ms;
      else if (workers.has(tid)) figures.workersMs += ms;
      else figures.othersMs += ms;
    }
    return figures;
  }
}
