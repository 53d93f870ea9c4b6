// Deterministic synthetic corpus in the genre of the seeds: conference news and Party documents with
// datelines in several forms, people with positions, and citations of a shared pool of a few hundred
// Party and State codes written in every form (full, with date/issuer/subject, bare, short, conference
// style), plus non-dates (ratios, terms, counts, phone numbers) and orthographic variants (NFD,
// old tone placement, no-break spaces, dash kinds). Same seed and version → byte-identical corpus.
import * as fs from 'fs';
import * as path from 'path';
import * as V from './vocab';

/** Bump when the output changes so that cached corpora in .bench/ are regenerated. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 0x5eed2026;

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: small, fast, and good enough to vary text. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Skewed pick: low indices are much more frequent, so a few codes are cited everywhere. */
  skewed<T>(items: readonly T[]): T {
    const u = this.next();
    return items[Math.floor(items.length * u * u)];
  }
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface PoolDocument {
  system: 'party' | 'state';
  code: string;
  number: string;
  type: string;
  issuer: string;
  date: Ymd;
  subject: string;
  term: string | null;
}

interface Person {
  name: string;
  positions: string[];
}

function randomDate(rng: Rng, fromYear: number, toYear: number): Ymd {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}

/** The shared pool of cited documents: a few hundred Party codes (some reused across terms) and State codes. */
export function buildPool(rng: Rng, partyCount = 320, stateCount = 90): PoolDocument[] {
  const pool: PoolDocument[] = [];
  const seen = new Set<string>();
  while (pool.length < partyCount) {
    const [typeCode, type] = rng.pick(V.PARTY_TYPES);
    const [issuerCode, issuer] = rng.pick(V.PARTY_ISSUERS);
    const [term, from, to] = rng.pick(V.TERMS);
    const n = rng.chance(0.85) ? rng.int(1, 99) : rng.int(100, 2500);
    const number = n < 10 ? '0' + n : String(n);
    const code = `${number}-${typeCode}/${issuerCode}`;
    // The same code in two terms names two documents; allow a few such collisions on purpose.
    const identity = `${code}|${term}`;
    if (seen.has(identity) || (seen.has(code) && !rng.chance(0.08))) continue;
    seen.add(identity);
    seen.add(code);
    pool.push({ system: 'party', code, number, type, issuer, date: randomDate(rng, from, to - 1), subject: rng.pick(V.SUBJECTS), term });
  }
  while (pool.length < partyCount + stateCount) {
    const [typeCode, type, issuerCode] = rng.pick(V.STATE_TYPES);
    const date = randomDate(rng, 2012, 2023);
    const n = rng.int(1, typeCode === 'QĐ' && issuerCode === 'UBND' ? 3500 : 180);
    const code =
      typeCode === 'QH' ? `${n}/${date.y}/${issuerCode}` : issuerCode === 'UBND' && rng.chance(0.5) ? `${n}/${typeCode}-${issuerCode}` : `${n}/${date.y}/${typeCode}-${issuerCode}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const issuer = issuerCode === 'CP' ? 'Chính phủ' : issuerCode === 'TTg' ? 'Thủ tướng Chính phủ' : issuerCode === 'UBND' ? 'UBND tỉnh' : issuerCode === 'BNV' ? 'Bộ Nội vụ' : issuerCode === 'BTC' ? 'Bộ Tài chính' : 'Quốc hội';
    pool.push({ system: 'state', code, number: String(n), type, issuer, date, subject: rng.pick(V.SUBJECTS), term: null });
  }
  // Shuffle so that the skewed pick makes hot codes of every kind, not only the first generated.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool;
}

function buildPeople(rng: Rng, count: number): Person[] {
  const people: Person[] = [];
  const names = new Set<string>();
  while (people.length < count) {
    const name = `${rng.pick(V.SURNAMES)} ${rng.pick(V.MIDDLE_NAMES)} ${rng.pick(V.GIVEN_NAMES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const positions: string[] = [];
    for (let k = rng.int(1, 3); k > 0; k--) {
      const p = rng.pick(V.POSITIONS);
      if (!positions.includes(p)) positions.push(p);
    }
    people.push({ name, positions });
  }
  return people;
}

const pad = (n: number) => (n < 10 ? '0' + n : String(n));

function writeDate(rng: Rng, t: Ymd): string {
  switch (rng.int(0, 4)) {
    case 0: return `${t.d}/${t.m}/${t.y}`;
    case 1: return `${pad(t.d)}/${pad(t.m)}/${t.y}`;
    case 2: return `${pad(t.d)}-${pad(t.m)}-${t.y}`;
    case 3: return `${t.d} tháng ${t.m} năm ${t.y}`;
    default: return `${t.d}-${t.m}-${t.y}`;
  }
}

function weekday(t: Ymd): string {
  return V.WEEKDAYS[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()];
}

function dateline(rng: Rng, t: Ymd): string {
  const hh = rng.int(0, 23);
  const mm = pad(rng.int(0, 59));
  switch (rng.int(0, 4)) {
    case 0: return `${pad(t.d)}/${pad(t.m)}/${t.y} ${pad(hh)}:${mm}`;
    case 1: {
      // A few datelines carry a wrong weekday, as real pages sometimes do.
      const wd = rng.chance(0.05) ? V.WEEKDAYS[(new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() + 1) % 7] : weekday(t);
      return `${hh}:${mm}, ${wd}, ${pad(t.d)}-${pad(t.m)}-${t.y}`;
    }
    case 2: return `${pad(hh)}:${mm}, ${pad(t.d)}/${pad(t.m)}/${t.y}`;
    case 3: return `Ngày ${pad(t.d)}-${pad(t.m)}-${t.y}`;
    default: return `Cập nhật: ngày ${t.d} tháng ${t.m} năm ${t.y}`;
  }
}

/** One mention of a pool document, in one of the forms writers use. */
function citeCoded(rng: Rng, doc: PoolDocument, citedBefore: boolean): string {
  const typeWord = rng.chance(0.1) ? doc.type.toLowerCase() : doc.type;
  const so = rng.chance(0.55) ? 'số ' : '';
  if (citedBefore && doc.system === 'party' && rng.chance(0.35)) return `${doc.type} ${doc.number}`;
  switch (rng.int(0, 5)) {
    case 0: return `${typeWord} ${so}${doc.code} ngày ${writeDate(rng, doc.date)} của ${doc.issuer} về “${doc.subject}”`;
    case 1: return `${typeWord} ${so}${doc.code} ngày ${writeDate(rng, doc.date)} của ${doc.issuer}`;
    case 2: return `${typeWord} ${so}${doc.code} của ${doc.issuer} về ${doc.subject}`;
    case 3: return `${typeWord} ${so}${doc.code} về ${doc.subject}`;
    case 4: return `${typeWord} ${doc.code}`;
    default: return `${typeWord} ${so}${doc.code} ngày ${writeDate(rng, doc.date)}`;
  }
}

function citeConference(rng: Rng): string {
  const [term] = rng.pick(V.TERMS);
  const plenum = rng.int(1, 10);
  switch (rng.int(0, 6)) {
    case 0: return `Nghị quyết Trung ương ${plenum} khóa ${term}`;
    case 1: return `Nghị quyết Hội nghị lần thứ ${V.PLENUM_WORDS[plenum]} Ban Chấp hành Trung ương Đảng khóa ${term}`;
    case 2: return `Nghị quyết Đại hội ${rng.pick(['XI', 'XII', 'XIII'])} của Đảng`;
    case 3: return `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ ${rng.pick(['XVII', 'XVIII', 'XIX', 'XX'])}`;
    case 4: return `Nghị quyết Trung ương 4 (khóa XI, XII)`;
    case 5: return `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${rng.pick(['XII', 'XIII'])} của Đảng`;
    default: return `Kết luận Hội nghị Trung ương ${plenum} khóa ${term}`;
  }
}

function personWithPositions(rng: Rng, p: Person): string {
  const dash = rng.pick([' - ', ' – ', ' — ']);
  switch (rng.int(0, 3)) {
    case 0: return `đồng chí ${p.name}, ${p.positions.join(', ')}`;
    case 1: return `đồng chí ${p.positions[0]} ${p.name}`;
    case 2: return `${p.positions[0]} ${p.name}`;
    default: return `đồng chí ${p.name}${dash}${p.positions.join(', ')}`;
  }
}

function nonDates(rng: Rng): string {
  const a = rng.int(10, 40);
  const total = a + rng.int(0, 8);
  switch (rng.int(0, 4)) {
    case 0: return `Trong năm, có ${a}/${total} chỉ tiêu chủ yếu hoàn thành và vượt kế hoạch; ${rng.int(1, 3)}/3 nội dung công việc đã hoàn thành.`;
    case 1: return `Toàn Đảng bộ kết nạp được ${rng.int(1, 9)}.${rng.int(100, 999)} đảng viên, đạt ${rng.int(80, 99)},${rng.int(10, 99)}% kế hoạch nhiệm kỳ ${rng.pick(['2020-2025', '2020 - 2025', '2021 – 2026', '2015-2020'])}.`;
    case 2: return `Mọi ý kiến góp ý xin gửi về địa chỉ số ${rng.int(1, 300)} đường ${rng.pick(V.STREETS)}, điện thoại 0${rng.int(200, 299)}.${rng.int(3000000, 3999999)}.`;
    case 3: return `Tổng số ${rng.int(100, 2000)} lượt tổ chức đảng và ${rng.int(1000, 5000)} lượt đảng viên được kiểm tra, giám sát trong ${rng.int(3, 9)} tháng đầu năm.`;
    default: return `Đoàn công tác đã làm việc với Thành phố Hồ Chí Minh về ${rng.pick(V.SUBJECTS)}.`;
  }
}

/** Old-style tone placement and look-alike spellings that real files mix with the modern forms. */
function oldTones(s: string): string {
  return s.replace(/khóa/g, 'khoá').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/hóa/g, 'hoá').replace(/Hòa/g, 'Hoà').replace(/thủy/g, 'thuỷ');
}

export interface GeneratedDocument {
  name: string;
  text: string;
}

export class CorpusGenerator {
  private readonly rng: Rng;
  readonly pool: PoolDocument[];
  private readonly people: Person[];
  /** Pool documents whose own text is in the corpus (header "Số …"), so definitions land on a file. */
  private readonly defined = new Set<number>();

  constructor(seed: number = DEFAULT_SEED) {
    this.rng = new Rng(seed);
    this.pool = buildPool(this.rng);
    this.people = buildPeople(this.rng, 1500);
  }

  document(i: number): GeneratedDocument {
    const rng = this.rng;
    const target = rng.int(5600, 7600);
    const year = rng.int(2016, 2023);
    const stamp = randomDate(rng, year, year);
    const province = rng.pick(V.PROVINCES);
    const unit = rng.pick(V.UNITS);
    const cited = new Set<number>();
    const parts: string[] = [];

    const ownIndex = rng.chance(0.03) ? this.pool.findIndex((d, k) => d.system === 'party' && !this.defined.has(k) && rng.chance(0.2)) : -1;
    if (ownIndex >= 0) {
      this.defined.add(ownIndex);
      const own = this.pool[ownIndex];
      parts.push(`ĐẢNG CỘNG SẢN VIỆT NAM\n${own.issuer.toUpperCase()}\nSố ${own.code}`, `${province}, ngày ${own.date.d} tháng ${own.date.m} năm ${own.date.y}`);
      parts.push(`${own.type.toUpperCase()}\nvề ${own.subject}`);
    } else {
      parts.push(`${unit}: Hội nghị ${rng.pick(V.ACTIVITIES)} năm ${year}${rng.chance(0.4) ? `, nhiệm kỳ ${year - 1}-${year + 4}` : ''}`);
      parts.push(dateline(rng, stamp));
    }

    const lead = rng.pick(['Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày', 'Ngày']);
    const when = lead.endsWith('ngày') || lead === 'Ngày' ? writeDate(rng, stamp) : rng.chance(0.5) ? `${stamp.d}-${stamp.m}` : `${stamp.d}/${stamp.m}`;
    const chairs = [rng.pick(this.people), rng.pick(this.people), rng.pick(this.people)];
    const list = chairs.map((p) => `${p.name}${rng.pick([' - ', ' – ', ' — '])}${p.positions.join(', ')}`).join('; ');
    parts.push(
      `${rng.chance(0.2) ? `(Web ${province}) ` : ''}${lead} ${when}, ${unit} tổ chức Hội nghị ${rng.pick(V.ACTIVITIES)} năm ${stamp.y}. ` +
        `Các đồng chí: ${list} đồng chủ trì hội nghị. Dự hội nghị có ${personWithPositions(rng, rng.pick(this.people))}.`,
    );

    let bytes = Buffer.byteLength(parts.join('\n\n'));
    while (bytes < target - 500) {
      const sentences: string[] = [];
      for (let k = rng.int(3, 6); k > 0; k--) sentences.push(this.sentence(rng, cited, unit));
      const paragraph = sentences.join(' ');
      parts.push(paragraph);
      bytes += Buffer.byteLength(paragraph) + 2;
    }
    const author = rng.pick(this.people).name.split(' ').slice(-2).join(' ');
    parts.push(`${rng.pick(V.BYLINE_PREFIXES)}${author}${rng.chance(0.3) ? `, ${rng.pick(V.BYLINE_UNITS)}` : ''}`);

    let text = parts.join('\n\n') + '\n';
    if (rng.chance(0.2)) text = oldTones(text);
    if (rng.chance(0.1)) text = text.replace(/ (khóa|khoá) /g, '\u00a0$1 ');
    if (rng.chance(0.05)) text = text.replace(/ đảng viên luôn/g, ' đảng viênluôn').replace(/\. Các /g, '.Các ');
    if (rng.chance(0.05)) text = text.normalize('NFD');
    return { name: `d${String(i).padStart(5, '0')}.txt`, text };
  }

  private sentence(rng: Rng, cited: Set<number>, unit: string): string {
    const cite = () => {
      const doc = rng.skewed(this.pool);
      const k = this.pool.indexOf(doc);
      const s = citeCoded(rng, doc, cited.has(k));
      cited.add(k);
      return s;
    };
    switch (rng.int(0, 10)) {
      case 0: return `Tiếp tục thực hiện ${cite()}; ${cite()}.`;
      case 8: return `Quán triệt ${citeConference(rng)}, ${unit} xây dựng chương trình hành động cụ thể.`;
      case 1: return `Việc triển khai ${cite()} gắn với ${citeConference(rng)} về xây dựng, chỉnh đốn Đảng đã tạo chuyển biến trong nhận thức và hành động của cán bộ, đảng viên.`;
      case 2: return `Phát biểu tại hội nghị, ${personWithPositions(rng, rng.pick(this.people))} đề nghị các cấp ủy quán triệt, thực hiện nghiêm ${cite()}.`;
      case 3: {
        const t = randomDate(rng, 2016, 2023);
        return `Đến ngày ${writeDate(rng, t)}, ${unit.toLowerCase().startsWith('đảng') ? unit : 'toàn Đảng bộ'} đã hoàn thành ${rng.int(60, 99)}% kế hoạch, tháng ${t.m}/${t.y} tổ chức sơ kết.`;
      }
      case 4: return `Căn cứ ${cite()}, ${unit} đã ban hành ${cite()} để cụ thể hóa.`;
      case 5: return nonDates(rng);
      case 6: return `Đồng chí ${rng.pick(this.people).name} phát biểu chỉ đạo hội nghị.`;
      case 7: return `Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo ${cite()} trở thành việc làm thường xuyên.`;
      default: return rng.pick(V.FILLER);
    }
  }
}

export interface CorpusManifest {
  version: number;
  seed: number;
  count: number;
  bytes: number;
  files: string[];
}

/** Writes (or reuses, when the manifest matches) a corpus of `count` documents under `dir`. */
export function ensureCorpus(dir: string, count: number, seed: number = DEFAULT_SEED): { manifest: CorpusManifest; generatedMs: number | null } {
  const manifestPath = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestPath)) {
    try {
      const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as CorpusManifest;
      if (m.version === GENERATOR_VERSION && m.seed === seed && m.count === count && m.files.every((f) => fs.existsSync(path.join(dir, f)))) {
        return { manifest: m, generatedMs: null };
      }
    } catch {
      // A broken manifest means a broken corpus: regenerate below.
    }
  }
  const t0 = performance.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const gen = new CorpusGenerator(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const doc = gen.document(i);
    const buf = Buffer.from(doc.text, 'utf8');
    fs.writeFileSync(path.join(dir, doc.name), buf);
    files.push(doc.name);
    bytes += buf.length;
  }
  const manifest: CorpusManifest = { version: GENERATOR_VERSION, seed, count, bytes, files };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { manifest, generatedMs: performance.now() - t0 };
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? path.join('.bench', `corpus-${count}`);
  const { manifest, generatedMs } = ensureCorpus(dir, count);
  console.log(`${manifest.count} documents, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${dir}` + (generatedMs === null ? ' (reused)' : ` (generated in ${(generatedMs / 1000).toFixed(1)} s)`));
}
