import { Position, Range } from '../types';

/** Converts UTF-16 offsets of one text to VS Code-style line/character positions by binary search. */
export interface LineIndex {
  position(offset: number): Position;
  range(start: number, end: number): Range;
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

/** The offset where each line of a text starts ("\n", "\r\n" and "\r" end lines), as VS Code counts them. */
export function lineStarts(text: string): Uint32Array {
  const starts: number[] = [0];
  if (text.indexOf('\r') < 0) {
    // Only "\n" ends lines: the native search finds them faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** The line an offset is on, given the text's line starts. */
export function lineAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line/character position of an offset, given the text's line starts. */
export function positionIn(starts: ArrayLike<number>, offset: number): Position {
  const line = lineAt(starts, offset);
  return { line, character: offset - starts[line] };
}

/** The range of [start, end) given the text's line starts. */
export function rangeIn(starts: ArrayLike<number>, start: number, end: number): Range {
  return { start: positionIn(starts, start), end: positionIn(starts, end) };
}

export function lineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  const position = (offset: number): Position => positionIn(starts, offset);
  return {
    position,
    range: (start, end) => ({ start: position(start), end: position(end) }),
    offsetAt: ({ line, character }) => {
      if (line < 0) return 0;
      if (line >= starts.length) return text.length;
      const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      return Math.min(starts[line] + Math.max(0, character), lineEnd);
    },
    lineCount: starts.length,
  };
}

// A span on one line packed in one small integer: its line, its start character on the line and its
// length. Find All References turns tens of thousands of mentions into ranges at once; a packed span
// read from a column of the posting spares it the entity, the document's line table and a binary search
// for each, scattered over the heap. A span of the first 4,096 lines, starting within 8,192 characters
// of its line (a paragraph, or a short article written on one line) and shorter than 64 characters fits
// (line × 2^19 + character × 2^6 + length, below 2^31): 99% of the mentions of the seeds, the held-out
// texts and the bench's documents. −1: it does not fit (or spans lines), and its range is worked out
// from the entity, as it was for every mention before the postings kept spans.
const LINES = 2 ** 12;
const CHARACTERS = 2 ** 13;
const LENGTH = 2 ** 6;

/** [start, end) packed (see unpackSpan), or -1 when it does not fit: across lines, too long or too far. */
export function packSpan(starts: ArrayLike<number>, start: number, end: number): number {
  const line = lineAt(starts, start);
  const character = start - starts[line];
  const length = end - start;
  if (line + 1 < starts.length && end >= starts[line + 1]) return -1;
  if (line >= LINES || character >= CHARACTERS || length < 0 || length >= LENGTH) return -1;
  return (line * CHARACTERS + character) * LENGTH + length;
}

/** `make` called with the start line and character and the end line and character of a packed span (not −1). */
export function unpackSpan<T>(span: number, make: (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => T): T {
  const line = span >>> 19;
  const character = (span >>> 6) & (CHARACTERS - 1);
  return make(line, character, line, character + (span & (LENGTH - 1)));
}
