// The extraction engine, loaded at its first use rather than with its caller. Its modules build their
// lexicons, character tables and patterns as they load (some 25 ms), and the extension's activation
// must not wait for that: the engine loads when the first document is extracted, which happens in the
// background (or in the worker threads, which load it themselves). Use this `extract` wherever a module
// that loads at activation needs the engine; `import type` from './index' costs nothing.
import type { ExtractResult } from '../types';
import type { ExtractOptions } from './index';

type Engine = typeof import('./index');

let engine: Engine | undefined;

/** Whether the engine has been loaded in this thread (for the tests that keep activation light). */
export function engineLoaded(): boolean {
  return engine !== undefined;
}

/** extract() of './index', loading the engine on the first call. */
export function extract(input: string, options?: ExtractOptions): ExtractResult {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('./index') as Engine;
  return engine.extract(input, options);
}
