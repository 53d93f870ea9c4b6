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
