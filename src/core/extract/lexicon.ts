// Word lists of the genre: surnames, position heads, the lower-case words that may sit inside the
// name of a body or a position, places. All entries are in matching form (normalizeForMatch).
import lexicon from './lexicon.json';

const set = (xs: string[]) => new Set(xs);
/**
 * The words of State bodies' names (ministries, banks, corporations, courts, armed forces) and their
 * heads' titles, listed apart from the Party's: added to the lists below of the same name.
 */
const official = lexicon.officialNames;

/** Vietnamese family names. A cue-less capitalised run is a person only if it starts with one. */
export const SURNAMES = set(lexicon.surnames);

/** Words that start a position or title ("bí thư", "phó giám đốc", "tuv"), as token sequences. */
export const POSITION_HEADS = set([...lexicon.positionHeads, ...official.positionHeads]);
/** Modifiers that may precede a head ("phó", "nguyên", "quyền"). */
export const HEAD_MODIFIERS = set(lexicon.headModifiers);

/** Lower-case words that may continue the name of a body or position ("các cơ quan tỉnh"). */
export const BODY_WORDS = set(lexicon.bodyWords);
/**
 * Lower-case compounds inside a name whose first word may not continue a name on its own ("Ủy viên dự
 * khuyết", "Phó Trưởng Đoàn chuyên trách"): "dự" alone is a verb ("… Trung ương Đảng dự hội nghị").
 */
export const LEADING_COMPOUNDS = set([...lexicon.leadingCompounds, ...official.leadingCompounds]);
/** Two-word compounds allowed inside the name of a body or position ("hội đồng", "nhân dân"). */
export const BODY_COMPOUNDS = new Set([...lexicon.bodyCompounds, ...official.bodyCompounds, ...LEADING_COMPOUNDS]);
/**
 * Two compounds written with a dash between them inside one name ("Sở Lao động - Thương binh và Xã
 * hội", "Đài Phát thanh - Truyền hình"), as four words; elsewhere " - " separates a name from a position.
 */
export const DASHED_COMPOUNDS = set(lexicon.dashedCompounds);
/** Compounds that are verbs in lower case but name a body when capitalised ("Ban Tổ chức"). */
export const CAPITALISED_COMPOUNDS = set([...lexicon.capitalisedCompounds, ...official.capitalisedCompounds]);
/** Those of them that are verbs in lower case ("tổ chức", "chỉ đạo"); the official names' are nouns ("cổ phần", "đa khoa"). */
export const VERB_COMPOUNDS = set(lexicon.capitalisedCompounds);
/** First words of the compounds above: a pair whose first word is not one needs no look-up. */
const firstWords = (xs: Set<string>) => new Set([...xs].map((x) => x.slice(0, Math.max(0, x.indexOf(' ')))));
export const COMPOUND_FIRST_WORDS = new Set([...firstWords(BODY_COMPOUNDS), ...firstWords(CAPITALISED_COMPOUNDS)]);
/** Their second words: a pair whose second word is not one needs no look-up either. */
const secondWords = (xs: Set<string>) => [...xs].map((x) => x.slice(x.indexOf(' ') + 1));
const COMPOUND_SECOND_WORDS = new Set([...secondWords(BODY_COMPOUNDS), ...secondWords(CAPITALISED_COMPOUNDS)]);
/** Words that never end a body or position ("và", "các"). */
export const TRAILING_CONNECTORS = set(lexicon.trailingConnectors);
/**
 * The lower-case words of BODY_WORDS that end a name on their own ("… tỉnh", "Đảng ủy Khối"); the others
 * end one only as the second word of a compound ("cơ quan", "nhà nước").
 */
export const STANDALONE_BODY_WORDS = set(lexicon.standaloneBodyWords);
/**
 * Compounds that begin with one of those words and belong to no name: the verb or noun after a body
 * ("Tỉnh ủy hội ý", "Bộ Tài chính sở hữu", "… Đảng bộ tỉnh đoàn kết").
 */
export const STANDALONE_WORD_COMPOUNDS = set(lexicon.standaloneWordCompounds);
/**
 * Lower-case words that the field of an official name never holds ("Trường Mầm non", "Cục Thi hành án
 * dân sự"): prepositions, auxiliaries and other words of the clause around the name.
 */
export const NAME_FIELD_STOPS = set(lexicon.nameFieldStops);
/** Phrases that begin as a naming head ("Ban", "Hội", "Trường") does and name no body: places, common words. */
export const NOT_BODY_NAMES = set(lexicon.notBodyNames);

/** Capitalised words that end a name only in a compound with the next lower-case word. */
export const NON_FINAL_NAME_WORDS = set(lexicon.nonFinalNameWords);
/** Words before a name that make it a place ("tỉnh", "đường", "TP"). */
export const PLACE_CUES = set(lexicon.placeCues);
/** Words before a name that make it the person ("tư tưởng Hồ Chí Minh", "Chủ tịch Hồ Chí Minh"). */
export const PERSON_CUES = set(lexicon.personCues);
/**
 * Leaders whose names also name schools and bodies ("Học viện Chính trị quốc gia Hồ Chí Minh",
 * "Trường THPT Lý Tự Trọng"): after the words of a body's name they are part of it, not a person.
 */
export const NAMESAKES = set(lexicon.namesakes);
/** Provinces and large cities: capitalised runs that are places, never bylines. */
export const PLACES = set(lexicon.places);
/** The continents: a department's field ("Vụ Châu Âu"), no one's name but after a cue ("bà Châu Á"). */
export const CONTINENTS = set(lexicon.continents);
/** Places whose name no one bears ("Hà Nội"), unlike most ("Hà Giang", "Thái Bình"): after a body's name they are its own. */
export const NEVER_NAMED_PLACES = set(lexicon.neverNamedPlaces);
/** Capitalised words of site boilerplate ("Tin Nóng", "Các tin khác") that are never a byline. */
export const BOILERPLATE_WORDS = set(lexicon.boilerplateWords);
/** Editorial roles of a masthead that are positions ("Tổng biên tập"). */
export const MASTHEAD_ROLES = set(lexicon.mastheadRoles);
/** Credits of a byline that are not positions ("Tin ảnh", "Ảnh"). */
export const CREDIT_LABELS = set(lexicon.creditLabels);
/**
 * Abbreviations written inside positions, expanded when comparing two forms of a position. A Map,
 * not the object: a word such as "constructor" must not find Object.prototype's members.
 */
export const POSITION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.positionAbbreviations as Record<string, string>));
/**
 * How names and words written in capitals read in sentence case ("BỘ CHÍNH TRỊ" → "Bộ Chính trị", "SỐ" →
 * "số", "LẦN THỨ" → "lần thứ"): the reading of capitals runs (capitals.ts).
 */
export const CAPITALS_SPELLINGS: readonly string[] = lexicon.capitalsSpellings;
/** Heads after which a word in capitals that no list knows is a name: "HUYỆN ỦY ĐỨC TRỌNG", "XÃ ĐẠ TÔNG". */
export const CAPITALS_NAME_HEADS = set(lexicon.capitalsNameHeads);
/**
 * Words whose last syllable is a body's head of one syllable ("cán bộ", "cơ sở", "môi trường", "xã
 * hội"): in capitals that syllable begins no body ("CÁN BỘ CÔNG AN", "MÔI TRƯỜNG CHÍNH TRỊ").
 */
export const CAPITALS_HEAD_ENDINGS = set(lexicon.capitalsHeadEndings);
/** The issuer code a body writes in its document codes ("tỉnh ủy" → TU, "bộ chính trị" → TW). A Map, as above. */
export const ISSUER_CODES: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.issuerCodes as Record<string, string>));

/**
 * Lexicon memberships of single words, as bits: a word's flags are found with one look-up and kept
 * per word of a text (Words.flags), instead of one look-up per list and per question.
 */
export const enum Lex {
  Surname = 1,
  BodyWord = 2,
  CompoundFirst = 4,
  HeadFirst = 8,
  HeadModifier = 16,
  PositionHead = 32,
  HeadPrefix = 64,
  NonFinalName = 128,
  OrgHeadFirst = 256,
  /** First word of a document type word ("nghị" of "nghị quyết", "luật"). */
  TypeFirst = 512,
  HeadSyllable = 1024,
  PlaceFirst = 2048,
  Honorific = 4096,
  /** A body's head of one word ("sở", "hđnd"). */
  OrgHead = 8192,
  /** The first word of a body's head of several words ("ban" of "ban tổ chức"). */
  OrgHeadPrefix = 16384,
  /** The first word of a naming head ("ban", "ngân" of "ngân hàng"): a head whose first word is none needs no look-up. */
  NamingFirst = 1 << 15,
  /** A word of STANDALONE_BODY_WORDS ("tỉnh", "khối"). */
  Standalone = 1 << 16,
  /** A word of TRAILING_CONNECTORS ("và", "các"). */
  Connector = 1 << 17,
  /** A word after the first of a body's head ("chấp", "hành" of "ban chấp hành"): a phrase that ends otherwise is no head nor the start of one. */
  OrgHeadLater = 1 << 18,
  /** A word after the first of a position head ("thư" of "bí thư"), as OrgHeadLater for positions. */
  HeadLater = 1 << 19,
  /** The second word of a compound of BODY_COMPOUNDS or CAPITALISED_COMPOUNDS ("quan" of "cơ quan"). */
  CompoundSecond = 1 << 20,
  /** An abbreviation of the built-in list, lower-cased ("ubnd", "tw"). */
  Abbreviation = 1 << 21,
  /** The first word of a verb between a person and a post ("giữ" of "giữ chức", "được"). */
  AppointmentFirst = 1 << 22,
  /** The last word of a place cue ("tỉnh", "phố" of "thành phố"): a cue of one or two words ends in one. */
  PlaceCueLast = 1 << 23,
  /** The last word of a person cue ("tưởng" of "tư tưởng", "bác"). */
  PersonCueLast = 1 << 24,
  /** The last word of a naming head ("hàng" of "ngân hàng", "ban"). */
  NamingLast = 1 << 25,
  /** The last word of a place ("nội" of "hà nội"). */
  PlaceLast = 1 << 26,
  /** The second word of a compound of STANDALONE_WORD_COMPOUNDS ("kết" of "đoàn kết"). */
  StandaloneSecond = 1 << 27,
  /** The first word of what a country's formal name puts before it ("cộng" of "cộng hòa", "vương", "nước"). */
  CountryPrefixFirst = 1 << 28,
}
export const WORD_FLAGS = new Map<string, number>();
let flagsVersion = 0;
/** Gives every word of `list` the flag `bit`. */
export function flagWords(list: Iterable<string>, bit: Lex): void {
  for (const w of list) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
  flagsVersion++;
}
/** Changes whenever a flag is given (tables built from WORD_FLAGS know when to rebuild). */
export const wordFlagsVersion = (): number => flagsVersion;
flagWords(SURNAMES, Lex.Surname);
flagWords(BODY_WORDS, Lex.BodyWord);
flagWords(COMPOUND_FIRST_WORDS, Lex.CompoundFirst);
flagWords(COMPOUND_SECOND_WORDS, Lex.CompoundSecond);
flagWords(HEAD_MODIFIERS, Lex.HeadModifier);
flagWords(POSITION_HEADS, Lex.PositionHead);
flagWords(NON_FINAL_NAME_WORDS, Lex.NonFinalName);
flagWords(STANDALONE_BODY_WORDS, Lex.Standalone);
flagWords([...STANDALONE_WORD_COMPOUNDS].map((c) => c.slice(c.indexOf(' ') + 1)), Lex.StandaloneSecond);
flagWords(TRAILING_CONNECTORS, Lex.Connector);
