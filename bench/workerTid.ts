// A worker script for the bench's parallel runs: it writes its thread's id (Linux's, from
// /proc/thread-self) to the file VANKIEN_BENCH_WORKER_TIDS names, so that threadCpu.ts can tell the
// worker threads from the engine's own, and then runs the worker script VANKIEN_BENCH_WORKER names.
import * as fs from 'fs';

const tids = process.env.VANKIEN_BENCH_WORKER_TIDS;
if (tids) fs.appendFileSync(tids, fs.readlinkSync('/proc/thread-self').split('/').pop() + '\n');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(process.env.VANKIEN_BENCH_WORKER!);
