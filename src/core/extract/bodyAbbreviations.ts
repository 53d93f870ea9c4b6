// The abbreviations bodies' names are written with, and the words they stand for: a body's key reads
// them as those words ("UBND tỉnh Nghệ An" is keyed as "Ủy ban nhân dân tỉnh Nghệ An", bodies.ts), and a
// search for a symbol finds the body by either ("ubnd nghe an", corpusIndex.ts). Light: loaded with the
// index, not with the engine.
import abbreviations from './abbreviations.json';

/** The built-in table of abbreviations (abbreviations.json); a Map, not the object: "toString" must not find Object.prototype's members. */
export const ABBREVIATION_TABLE: ReadonlyMap<string, string> = new Map(Object.entries(abbreviations as Record<string, string>));

/**
 * Those of the built-in table that name bodies or their parts, and are no word in lower case either:
 * not "TƯ" ("Sở Tư pháp"), "TU" or "HU" ("tu", "hu" are words), nor "BTC", which is "Ban Tổ chức" and
 * "Bộ Tài chính", nor "BCHQS", "Bộ Chỉ huy Quân sự" of a province and "Ban Chỉ huy" of a district.
 */
const FROM_TABLE = [
  'UBND', 'HĐND', 'MTTQ', 'UBMTTQ', 'MTTQVN', 'BCH', 'BCHTW', 'BTV', 'BTVTU', 'BTVHU', 'TVTU', 'UBKT', 'UBKTTW', 'UBKTTU', 'UBKTHU', 'BTG', 'BDV', 'BNC',
  'BCĐTW', 'VPTU', 'VPTW', 'VPHU', 'BTCTW', 'BTGTW', 'BTCTU', 'BTGTU', 'ĐUK', 'HĐTĐKT', 'CAND', 'QĐND', 'LĐLĐ', 'HLHPN', 'HND', 'CCB', 'BCS', 'BCSĐ',
  'ĐTN', 'CĐCS', 'BQL', 'KCN', 'LĐTBXH', 'GDĐT', 'TTXVN', 'CSVN', 'TP', 'TX',
];

/**
 * Abbreviation → the words it stands for, both as written. Some stand for them only where what follows
 * says so (see bodies.ts): "BCH" is "Ban Chấp hành" before "Trung ương", a Party, a union or a
 * society, and also "Bộ Chỉ huy" and "Ban Chỉ huy"; "TP" and "TX" are "thành phố" and "thị xã" before
 * a place's name, and "Sở TP" is "Sở Tư pháp"; "Đài BTV" is a station.
 */
export const BODY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ...FROM_TABLE.map((a): [string, string] => [a, ABBREVIATION_TABLE.get(a)!]),
  ['TW', 'Trung ương'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['VKSND', 'Viện Kiểm sát nhân dân'],
  ['TAND', 'Tòa án nhân dân'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['CHQS', 'Chỉ huy Quân sự'],
  // the police's investigation agencies ("Cơ quan CSĐT Công an tỉnh"), which the table does not expand
  ['CSĐT', 'Cảnh sát điều tra'],
  ['ANĐT', 'An ninh điều tra'],
]);
