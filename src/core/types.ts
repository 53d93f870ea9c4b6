// The entity model shared by the extractors, the corpus index, the export formats, the CLI and the
// editor adapters. Plain data only: no `vscode` types, no classes, so it serialises as it is.

/** A place in a text: 0-based line and UTF-16 character, exactly like VS Code's Position. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type EntityKind = 'citation' | 'person' | 'date' | 'organization' | 'term' | 'abbreviation';

/** What every entity carries. Offsets and range index the original text, never a normalised copy. */
export interface EntityBase {
  kind: EntityKind;
  /** Exact text of the mention as it stands in the file. */
  text: string;
  /** UTF-16 offset of the first character (inclusive). */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  range: Range;
  /**
   * Identity of the thing mentioned: the same key for every mention of the same document, person, …
   * across the corpus, whatever its spelling (NFC/NFD, khoá/khóa, look-alike letters, dashes).
   */
  key: string;
}

/** Which family of document a citation names. */
export type CitationSystem = 'party' | 'state' | 'conference';

export interface CitationEntity extends EntityBase {
  kind: 'citation';
  system: CitationSystem;
  /** The code as written, "số" removed ("05-CT/TW", "15/2020/NĐ-CP"); null for conference references. */
  code: string | null;
  /** Document number as written ("05", "1968"). */
  number: string | null;
  /** Type word in NFC, modern tone placement ("Chỉ thị", "Quy định"); null if not given. */
  type: string | null;
  /** Type abbreviation from the code ("CT", "QĐ", "NĐ"). */
  typeCode: string | null;
  /** Issuer abbreviation from the code ("TW", "ĐUK", "CP", "UBND"). */
  issuerCode: string | null;
  /** Issuing body named by "của …" after the citation, as written; null when absent. */
  issuer: string | null;
  /** ISO date from "ngày …" after the citation; null when absent. */
  date: string | null;
  /** Subject from "về …" or a quoted title after the citation, as written; null when absent. */
  subject: string | null;
  /** Year from a State code ("15/2020/NĐ-CP" → 2020); null otherwise. */
  year: number | null;
  /** Party term(s) the citation names or implies, as Roman numerals ("XII"); [] when unknown. */
  terms: string[];
  /** Conference designation for code-less references ("Trung ương 4", "Đại hội XIII"); null for coded ones. */
  conference: string | null;
  /** True when this mention is a short form ("Chỉ thị 05") resolved to a fuller citation in the same text. */
  shortForm: boolean;
  /**
   * Keys of every document this mention refers to: [key] usually, several for a mention that covers
   * more than one ("Nghị quyết Trung ương 4 khóa XI và khóa XII"). References are grouped by these.
   */
  refs: string[];
}

export interface PersonEntity extends EntityBase {
  kind: 'person';
  /** The personal name as written. */
  name: string;
  /** Positions or titles the text attaches to this mention, as written, fullest form, in order. */
  positions: string[];
}

export interface DateEntity extends EntityBase {
  kind: 'date';
  /** "YYYY-MM-DD", or "YYYY-MM" for a month-year expression. */
  iso: string;
  /** True when the year was not written and came from the document's dateline or body. */
  inferred: boolean;
  /** True when this date is the document's dateline (publication stamp). */
  dateline: boolean;
  /** Weekday written next to the date ("Thứ Hai"), if any. */
  weekday: string | null;
  /** False when a written weekday does not match the date; null when no weekday was written. */
  weekdayMatches: boolean | null;
}

export interface OrganizationEntity extends EntityBase {
  kind: 'organization';
  /** The body's name as written. */
  name: string;
}

export interface TermEntity extends EntityBase {
  kind: 'term';
  /** Roman numeral of the term or congress ("XIII"); null for a span of years ("nhiệm kỳ 2020-2025"). */
  roman: string | null;
  /** The same as a number (13); null for a span of years. */
  ordinal: number | null;
  /** "khóa" (a committee's term), "lần thứ" (a congress or plenum), "nhiệm kỳ" (years). */
  form: 'khóa' | 'lần thứ' | 'nhiệm kỳ';
  /** First and last year of a Central Committee term when known (khóa XII → 2016, 2021). */
  fromYear: number | null;
  toYear: number | null;
}

export interface AbbreviationEntity extends EntityBase {
  kind: 'abbreviation';
  abbreviation: string;
  expansion: string;
}

export type Entity =
  | CitationEntity
  | PersonEntity
  | DateEntity
  | OrganizationEntity
  | TermEntity
  | AbbreviationEntity;

/** What the extractor says about one document as a whole. */
export interface DocumentInfo {
  /** The document's own code when its header declares it ("Số 05-CT/TW"), else null. */
  ownCode: string | null;
  /** Key of the document it is, when its header or title identifies it; else null. */
  ownKey: string | null;
  /** ISO date of the dateline, when found. */
  dateline: string | null;
  /** Title (first non-empty line), as written. */
  title: string | null;
}

export interface ExtractResult {
  entities: Entity[];
  info: DocumentInfo;
  /** Problems met while reading the text (e.g. "line 3 truncated at 1 MB"); never thrown. */
  warnings: string[];
}
