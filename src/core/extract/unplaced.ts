// The one placeholder range, in a module of its own: the corpus index and the result codec compare
// with it, and loading them must not load the extraction engine (see onDemand.ts).
import type { Range } from '../types';

/**
 * The range of an entity extracted without ranges (`extract(text, { ranges: false })`: the corpus index
 * keeps line starts per document and computes a range when asked). One shared, frozen object; line -1
 * so that an editor Range made from it by mistake throws instead of pointing at the first line.
 */
export const UNPLACED: Range = Object.freeze({ start: Object.freeze({ line: -1, character: 0 }), end: Object.freeze({ line: -1, character: 0 }) });
