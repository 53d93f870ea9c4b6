// Stand-ins for the editor's Position, Range and Location (the extension host's extHostTypes) and for its
// conversion of a reference provider's answer for the window (location.from and Range.from in its
// extHostTypeConverters), shaped as they are there: a Range made from four numbers checks them, makes
// its two Positions and puts them in order; the conversion reads a location's range twice. The bench
// makes and converts the references provider's answers with them, so that what a Location costs is counted.

export class Position {
  private readonly _line: number;
  private readonly _character: number;

  constructor(line: number, character: number) {
    if (line < 0) throw new Error('line must be non-negative');
    if (character < 0) throw new Error('character must be non-negative');
    this._line = line;
    this._character = character;
  }

  get line(): number {
    return this._line;
  }

  get character(): number {
    return this._character;
  }

  isBefore(other: Position): boolean {
    return this._line < other._line || (this._line === other._line && this._character < other._character);
  }
}

export class Range {
  private readonly _start: Position;
  private readonly _end: Position;

  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    if (typeof startLine !== 'number' || typeof startCharacter !== 'number' || typeof endLine !== 'number' || typeof endCharacter !== 'number') throw new Error('Invalid arguments');
    const start = new Position(startLine, startCharacter);
    const end = new Position(endLine, endCharacter);
    if (end.isBefore(start)) {
      this._start = end;
      this._end = start;
    } else {
      this._start = start;
      this._end = end;
    }
  }

  get start(): Position {
    return this._start;
  }

  get end(): Position {
    return this._end;
  }
}

export class Location {
  constructor(readonly uri: string, readonly range: Range) {}
}

export const newRange = (sl: number, sc: number, el: number, ec: number): Range => new Range(sl, sc, el, ec);

const rangeFrom = (r: { start: Position; end: Position }) => {
  const { start, end } = r;
  return { startLineNumber: start.line + 1, startColumn: start.character + 1, endLineNumber: end.line + 1, endColumn: end.character + 1 };
};

/** A provider's answer as the extension host converts it for the window, location by location. */
export function converted(answer: readonly { uri: string; range: Range }[]): unknown[] {
  return answer.map((l) => ({ range: l.range && rangeFrom(l.range), uri: l.uri }));
}
