import * as assert from 'assert';
import { CorpusIndex, Mention } from '../../../src/core/corpus/corpusIndex';
import { ListMapper } from '../../../src/core/corpus/listMapper';
import { readSeed, seedFiles } from '../../paths';
import { citation, goldExtract, personKey, placesOf } from './fixtures';
import { ExtractResult } from '../../../src/core/types';
import { extract } from '../../../src/core/extract';
import { builtinCatalog } from '../../../src/core/catalog/catalog';
import { conflictingIssuers, sameIssuer } from '../../../src/core/corpus/postings';

const where = (ms: Mention[]) => ms.map((m) => `${m.uri}@${m.entity.start}`);

describe('CorpusIndex on the seeds (real extraction)', () => {
  const index = new CorpusIndex();
  const texts = new Map<string, string>();
  for (const f of seedFiles()) {
    texts.set(f, readSeed(f));
    index.set(f, readSeed(f));
  }

  it('finds every mention of 05-CT/TW across the four seeds that cite it', () => {
    const refs = index.referencesOf('05-CT/TW');
    assert.deepStrictEqual(index.citingDocuments('05-CT/TW'), seedFiles().filter((f) => readSeed(f).includes('05-CT/TW')));
    assert.deepStrictEqual(index.citingDocuments('05-CT/TW').map((f) => f.slice(0, 3)), ['000', '001', '003', '004']);
    // Every written code is one mention, each inside a citation whose span covers it.
    assert.strictEqual(refs.length, placesOf(texts, '05-CT/TW').length);
    for (const m of refs) assert.ok(m.entity.text.includes('05-CT/TW'), m.entity.text);
  });

  it('gives every entity the range extract() gives, without keeping one per entity (LF, CRLF, CR, NFD)', () => {
    const variants: [string, (t: string) => string][] = [
      ['crlf', (t) => t.replace(/\n/g, '\r\n')],
      ['cr', (t) => t.replace(/\n/g, '\r')],
      ['nfd', (t) => t.normalize('NFD')],
    ];
    for (const f of seedFiles()) {
      const doc = index.get(f)!;
      assert.ok(doc.entities.every((e) => e.range.start.line < 0), 'the index keeps no range objects');
      assert.deepStrictEqual(index.entitiesWithRanges(f), extract(texts.get(f)!).entities, f);
      const m = index.mentionsIn(f)[7];
      assert.deepStrictEqual(index.rangeOf(f, m.entity), extract(texts.get(f)!).entities.find((e) => e.start === m.entity.start && e.end === m.entity.end)!.range);
      for (const [name, change] of variants) {
        const other = new CorpusIndex();
        const text = change(texts.get(f)!);
        other.set(name, text);
        const lines = text.split(/\r\n|\r|\n/);
        for (const e of other.entitiesWithRanges(name)) {
          const { start, end } = e.range;
          const written = start.line === end.line ? lines[start.line].slice(start.character, end.character) : null;
          if (written !== null) assert.strictEqual(written, e.text, `${f} ${name}`);
        }
        const expected = extract(text).entities;
        assert.deepStrictEqual(other.entitiesWithRanges(name), expected, `${f} ${name}`);
        // The four numbers withRange() hands out, document after document as Find All References asks.
        const four = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
        const doc = other.get(name)!;
        assert.deepStrictEqual(doc.entities.map((e) => other.withRange(name, e, four)), expected.map((e) => e.range), `${f} ${name}`);
        // Find All References reads each mention's span from its posting instead: the same ranges.
        const rangeAt = new Map(expected.map((e) => [`${e.start}:${e.end}`, e.range]));
        const keys = new Set(doc.entities.flatMap((e) => (e.kind === 'citation' && e.refs.length > 0 ? e.refs : [e.key])));
        let placed = 0;
        for (const key of keys) {
          for (const m of other.referencesOf(key)) {
            assert.deepStrictEqual(other.mentionRange(m, four), rangeAt.get(`${m.entity.start}:${m.entity.end}`), `${f} ${name} ${key}`);
            if (m.span !== undefined && m.span !== -1) placed++;
          }
        }
        // Nearly all fit (a long mention, longer still written decomposed, is read from its entity).
        assert.ok(placed >= doc.entities.length * 0.9, `${f} ${name}: ${placed} of ${doc.entities.length} mentions placed`);
        assert.deepStrictEqual(index.withRange(f, index.get(f)!.entities[0], four), expected.length ? extract(texts.get(f)!).entities[0].range : undefined);
      }
    }
  });

  it('answers entityAt inside, at the edges of, and outside a mention', () => {
    const text = texts.get(seedFiles()[0])!;
    const at = text.indexOf('05-CT/TW');
    const e = index.entityAt(seedFiles()[0], at + 3);
    assert.ok(e && e.kind === 'citation' && e.start <= at && e.end >= at + 8);
    assert.strictEqual(index.entityAt(seedFiles()[0], e!.start)?.key, '05-CT/TW');
    assert.notStrictEqual(index.entityAt(seedFiles()[0], e!.end)?.start, e!.start);
    assert.strictEqual(index.entityAt(seedFiles()[0], 0)?.kind === 'citation' ? 'citation' : 'none', 'none');
    assert.strictEqual(index.entityAt('missing.txt', 10), undefined);
  });

  it('counts documents and entities and forgets a deleted document', () => {
    const total = [...index.documents()].reduce((n, d) => n + d.entities.length, 0);
    assert.strictEqual(index.documentCount, 5);
    assert.strictEqual(index.entityCount, total);
    const copy = new CorpusIndex();
    for (const f of seedFiles()) copy.set(f, readSeed(f));
    copy.delete(seedFiles()[1]);
    assert.deepStrictEqual(copy.citingDocuments('05-CT/TW').map((f) => f.slice(0, 3)), ['000', '003', '004']);
    assert.strictEqual(copy.get(seedFiles()[1]), undefined);
  });
});

describe('CorpusIndex on the gold entities of the seeds', () => {
  const index = new CorpusIndex();
  for (const f of seedFiles()) index.setResult(f, goldExtract(f));

  it('groups a person across files and gathers their positions', () => {
    const hcm = index.referencesOf(personKey('Hồ Chí Minh'));
    assert.deepStrictEqual([...new Set(hcm.map((m) => m.uri.slice(0, 3)))], ['000', '002', '003', '004']);
    assert.deepStrictEqual(index.positionsOf(personKey('Nguyễn Mạnh Cường')), ['Tỉnh ủy viên', 'Bí thư Đảng bộ Khối các cơ quan tỉnh']);
    assert.deepStrictEqual(index.positionsOf(personKey('Hồ Chí Minh')), []);
  });

  it("takes a person's post written with or without a dash, or with another dash, for one post", () => {
    const own = new CorpusIndex();
    own.set('a.txt', 'Đồng chí Trần Văn Tuấn, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu, phát biểu.\n');
    own.set('b.txt', 'Đồng chí Trần Văn Tuấn, Phó Chủ tịch UBND tỉnh Bà Rịa\u2013Vũng Tàu, phát biểu.\n');
    own.set('c.txt', 'Đồng chí Trần Văn Tuấn, Phó Chủ tịch UBND tỉnh Nghệ An, phát biểu.\n');
    assert.deepStrictEqual(own.positionsOf(personKey('Trần Văn Tuấn')), ['Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu', 'Phó Chủ tịch UBND tỉnh Nghệ An']);
  });

  it('finds people with or without diacritics and with d for đ', () => {
    for (const q of ['nguyen manh cuong', 'Nguyễn Mạnh Cường', 'NGUYEN MANH', 'manh cuong']) {
      const hits = index.searchSymbols(q);
      assert.ok(hits.some((h) => h.label === 'Nguyễn Mạnh Cường'), q);
    }
    const doThiLy = index.searchSymbols('do thi ly');
    assert.deepStrictEqual(doThiLy.map((h) => h.label), ['Đỗ Thị Lý']);
    assert.strictEqual(doThiLy[0].count, 1);
    assert.deepStrictEqual(index.searchSymbols('zzz khong co'), []);
  });

  it("finds a name or a place written with an apostrophe typed with or without it", () => {
    const own = new CorpusIndex();
    own.set('a.txt', "Đồng chí K\u2019Brông, Bí thư Chi bộ phát biểu. Đồng chí Nguyễn Văn An, Bí thư Huyện ủy Đắk R'Lấp, phát biểu.\n");
    for (const q of ['kbrong', "k'brong", 'k\u2019brong', "K'Brông"]) assert.deepStrictEqual(own.searchSymbols(q).map((h) => h.label), ['K\u2019Brông'], q);
    assert.ok(own.searchSymbols('dak rlap').some((h) => h.label === "Huyện ủy Đắk R'Lấp"));
  });

  it('holds a body written in full and with its abbreviations as one, and finds it by either', () => {
    const own = new CorpusIndex();
    own.set('a.txt', 'Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch. Sau đó, UBND tỉnh Nghệ An chỉ đạo các sở.\nChỉ thị số 05-CT/TW của Bộ Chính trị.\n');
    own.set('b.txt', 'UBND tỉnh Nghệ An và Ban Tuyên giáo TW phối hợp. UBND huyện Nam Đàn triển khai.\n'.normalize('NFD'));
    const key = 'ủy ban nhân dân tỉnh nghệ an';
    assert.deepStrictEqual(own.referencesOf(key).map((m) => [m.uri, m.entity.text.normalize('NFC')]), [
      ['a.txt', 'Ủy ban nhân dân tỉnh Nghệ An'], ['a.txt', 'UBND tỉnh Nghệ An'], ['b.txt', 'UBND tỉnh Nghệ An'],
    ]);
    for (const q of ['ubnd nghe an', 'UBND Nghệ An', 'uy ban nhan dan nghe an']) {
      assert.deepStrictEqual(own.searchSymbols(q).map((h) => [h.key, h.count]), [[key, 3]], q);
    }
    assert.deepStrictEqual(own.searchSymbols('ubnd').map((h) => h.key).sort(), ['ủy ban nhân dân huyện nam đàn', key]);
    // An abbreviation that is also part of a code still finds the code as written.
    assert.deepStrictEqual(own.searchSymbols('chi thi tw').map((h) => h.key), ['05-CT/TW']);
    assert.deepStrictEqual(own.searchSymbols('ban tuyen giao trung uong').map((h) => h.label.normalize('NFC')), ['Ban Tuyên giáo TW']);
    // The words an abbreviation stands for are found as a phrase, not as parts of other words ("uong" of "thuong").
    own.set('c.txt', 'Bộ Thương mại Trung Quốc thông báo. Ủy ban Kiểm tra Tỉnh ủy làm việc. Ban Chỉ đạo phòng, chống thiên tai tỉnh họp. HĐND tỉnh Bà Rịa-Vũng Tàu họp.\n');
    assert.deepStrictEqual(own.searchSymbols('tw').map((h) => h.key).sort(), ['05-CT/TW', 'ban tuyên giáo trung ương']);
    assert.deepStrictEqual(own.searchSymbols('ubkt').map((h) => h.key), ['ủy ban kiểm tra tỉnh ủy']);
    // Commas and dashes between words count as spaces, in the query and in the names.
    for (const q of ['ban chi dao phong, chong thien tai', 'ban chi dao phong chong thien tai']) {
      assert.deepStrictEqual(own.searchSymbols(q).map((h) => h.key), ['ban chỉ đạo phòng chống thiên tai tỉnh'], q);
    }
    for (const q of ['ba ria-vung tau', 'hdnd ba ria vung tau']) assert.deepStrictEqual(own.searchSymbols(q).map((h) => h.label), ['HĐND tỉnh Bà Rịa-Vũng Tàu'], q);
  });

  it('finds cited documents by code and by type word without diacritics', () => {
    const hits = index.searchSymbols('chi thi 05');
    assert.strictEqual(hits[0].key, '05-CT/TW');
    assert.strictEqual(hits[0].label, 'Chỉ thị 05-CT/TW');
    assert.strictEqual(hits[0].count, index.referencesOf('05-CT/TW').length);
    assert.ok(index.searchSymbols('37-qd/tw').some((h) => h.key === '37-QĐ/TW'));
  });

  it('finds a document cited by its conference by that name, with the code the catalogue gives it', () => {
    const withCatalogue = new CorpusIndex({
      catalog: (key) => {
        const e = builtinCatalog.lookup(key);
        return e ? [{ key: e.key, code: e.code, type: e.type, title: e.title, date: e.date, issuer: e.issuer, link: e.link }] : [];
      },
    });
    for (const f of seedFiles()) withCatalogue.set(f, readSeed(f));
    const hits = withCatalogue.searchSymbols('trung uong 4 khoa xii');
    const hit = hits.find((h) => h.key === '04-NQ/TW');
    assert.ok(hit, JSON.stringify(hits));
    assert.strictEqual(hit.label, 'Nghị quyết 04-NQ/TW');
    assert.strictEqual(hit.alias, 'Nghị quyết Trung ương 4 khóa XII');
    // A key known only by its conference is labelled by it already, and named with its plenum's number too.
    const xiii = withCatalogue.searchSymbols('Trung ương 4 khóa XIII');
    assert.deepStrictEqual(xiii.map((h) => [h.key, h.alias]), [['NQ:TW4:XIII', 'Nghị quyết Trung ương 4 khóa XIII']]);
    // A person has none.
    assert.ok(withCatalogue.searchSymbols('nguyen manh cuong').every((h) => h.alias === null));
    // A national congress is named once with its number; a Party organisation's congress keeps its words.
    const congress = new CorpusIndex();
    congress.set('a.txt', 'Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.\n');
    assert.deepStrictEqual(congress.searchSymbols('dai hoi').map((h) => [h.key, h.alias]), [['NQ:ĐB:tỉnh:XX', null], ['NQ:ĐH:XIII', 'Nghị quyết Đại hội XIII']]);
  });

  it('keeps a Party organisation\'s plenum under one key however its committee is named, and finds it by its full name', () => {
    const plenums = new CorpusIndex();
    plenums.set('a.txt', 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX) về phát triển du lịch.\n');
    // Named only by "Tỉnh ủy", it is found by its name in full as well.
    assert.deepStrictEqual(plenums.searchSymbols('ban chap hanh dang bo tinh').map((h) => [h.key, h.label, h.alias]), [
      ['NQ:HN7:ĐB:tỉnh:XX', 'Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)', 'Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX'],
    ]);
    plenums.set('b.txt', 'Sơ kết Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX.\nNghị quyết Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XX.\n');
    assert.deepStrictEqual(plenums.referencesOf('NQ:HN7:ĐB:tỉnh:XX').map((m) => [m.uri, m.entity.text]), [
      ['a.txt', 'Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)'],
      ['b.txt', 'Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX'],
    ]);
    assert.deepStrictEqual(plenums.searchSymbols('hoi nghi lan thu 7 ban chap hanh').map((h) => [h.key, h.count]), [['NQ:HN7:ĐB:tỉnh:XX', 2]]);
  });

  it('takes the fullest citation, earliest file first, as the definition when nothing better exists', () => {
    const def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'citation');
    // 001, 003 and 004 all add "của Bộ Chính trị" (000 gives nothing more); 001 comes first in uri order.
    assert.strictEqual(def.uri.slice(0, 3), '001');
    assert.strictEqual(def.entity.issuer, 'Bộ Chính trị');
  });

  it('finds no conflict where the seeds agree', () => {
    for (const f of seedFiles()) assert.deepStrictEqual(index.conflictsIn(f), [], f);
  });
});

describe('CorpusIndex definition order', () => {
  const body = 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập.';
  const short = 'Quán triệt Chỉ thị 05-CT/TW.';
  const cite = (text: string, code: string, fields: object = {}): ExtractResult => ({
    entities: [citation(text.slice(text.indexOf('Chỉ thị'), text.indexOf(code) + code.length), text.indexOf('Chỉ thị'), { code, ...fields }, text)],
    info: { ownCode: null, ownKey: null, dateline: null, title: null },
    warnings: [],
  });

  it('prefers a corpus document that is the document, then the catalogue, then the fullest citation', () => {
    const index = new CorpusIndex({
      catalog: (key) => (key === '05-CT/TW' ? [{ key, code: key, type: 'Chỉ thị', title: null, date: '2016-05-15', issuer: 'Bộ Chính trị', link: null }] : []),
    });
    index.setResult('b.txt', cite(short, '05-CT/TW'));
    index.setResult('c.txt', cite(body, '05-CT/TW', { date: '2016-05-15', issuer: 'Bộ Chính trị', subject: 'học tập' }));
    assert.strictEqual(index.definitionOf('05-CT/TW')?.kind, 'catalog');
    const header: ExtractResult = { entities: [], info: { ownCode: '05-CT/TW', ownKey: '05-CT/TW', dateline: '2016-05-15', title: 'CHỈ THỊ' }, warnings: [] };
    index.setResult('z-own.txt', header);
    const def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'document' && def.uri === 'z-own.txt');
    assert.deepStrictEqual(index.definitionsOf('05-CT/TW').map((d) => d.kind), ['document', 'catalog', 'citation']);
    index.delete('z-own.txt');
    assert.strictEqual(index.definitionOf('05-CT/TW')?.kind, 'catalog');
  });

  it('takes one body written with or without a dash or a comma between its words for one issuer, not a conflict', () => {
    const index = new CorpusIndex();
    const plan = (issuer: string) => `Thực hiện Kế hoạch số 15-KH/TU ngày 3/2/2022 của ${issuer} về chuyển đổi số.\n`;
    index.set('a.txt', plan('Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu'));
    index.set('b.txt', plan('Ban Thường vụ Tỉnh ủy Bà Rịa-Vũng Tàu'));
    index.set('c.txt', plan('Ban Thường vụ Tỉnh uỷ Bà Rịa \u2013 Vũng Tàu'));
    assert.deepStrictEqual(index.conflictsOf('15-KH/TU'), []);
    assert.deepStrictEqual(index.conflictsIn('a.txt'), []);
    // Another province is another issuer.
    index.set('d.txt', plan('Ban Thường vụ Tỉnh ủy Nghệ An'));
    assert.deepStrictEqual(index.conflictsOf('15-KH/TU').map((c) => [c.kind, c.values.length]), [['issuers', 2]]);
  });

  it('takes one body abbreviated or written out for one issuer, as its key does', () => {
    const plan = (issuer: string) => `Thực hiện Kế hoạch số 16-KH/TU ngày 3/2/2022 của ${issuer} về chuyển đổi số.\n`;
    for (const [a, b] of [['UBND tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Nghệ An'], ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh uỷ'], ['BTVTU', 'Ban Thường vụ Tỉnh ủy']]) {
      const index = new CorpusIndex();
      index.set('a.txt', plan(a));
      index.set('b.txt', plan(b));
      assert.deepStrictEqual(index.conflictsOf('16-KH/TU'), [], `${a} / ${b}`);
    }
    const index = new CorpusIndex();
    index.set('a.txt', plan('Ban Thường vụ Tỉnh ủy Nghệ An'));
    index.set('b.txt', plan('BTV Tỉnh ủy Hà Tĩnh'));
    assert.deepStrictEqual(index.conflictsOf('16-KH/TU').map((c) => c.kind), ['issuers'], 'two provinces, however written');
  });

  it('picks the citation giving most of date, issuer and subject, then the earliest file', () => {
    const index = new CorpusIndex();
    index.setResult('a.txt', cite(short, '05-CT/TW'));
    index.setResult('m.txt', cite(body, '05-CT/TW', { date: '2016-05-15', issuer: 'Bộ Chính trị' }));
    index.setResult('z.txt', cite(body, '05-CT/TW', { date: '2016-05-15', issuer: 'Bộ Chính trị', subject: 'học tập' }));
    let def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'citation' && def.uri === 'z.txt');
    index.setResult('b.txt', cite(body, '05-CT/TW', { date: '2016-05-15', issuer: 'Bộ Chính trị', subject: 'học tập' }));
    def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'citation' && def.uri === 'b.txt');
    index.rename('b.txt', 'zz.txt');
    def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'citation' && def.uri === 'z.txt');
  });
});

describe('CorpusIndex: one code in two terms', () => {
  const a = 'Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương về xây dựng Đảng.';
  const b = 'Nghị quyết số 12-NQ/TW ngày 03/01/2022 của Bộ Chính trị về quốc phòng.';
  const undated = 'Tiếp tục thực hiện Nghị quyết số 12-NQ/TW.';
  const doc = (text: string, fields: object, dateline: string | null = null, extra = ''): ExtractResult => {
    const full = text + extra;
    const start = full.indexOf('Nghị quyết');
    const entities = [citation('Nghị quyết số 12-NQ/TW', start, { code: '12-NQ/TW', ...fields }, full)];
    if (extra) entities.push(citation('Nghị quyết số 12-NQ/TW', full.lastIndexOf('Nghị quyết'), { code: '12-NQ/TW' }, full));
    return { entities, info: { ownCode: null, ownKey: null, dateline, title: null }, warnings: [] };
  };

  it('keeps the 2012 and the 2022 resolution apart and says so', () => {
    const index = new CorpusIndex();
    index.setResult('a.txt', doc(a, { date: '2012-01-16', issuer: 'Ban Chấp hành Trung ương' }, null, ' ' + undated));
    index.setResult('b.txt', doc(b, { date: '2022-01-03', issuer: 'Bộ Chính trị' }));
    index.setResult('c.txt', doc(undated, {}, '2014-03-01'));
    index.setResult('d.txt', doc(undated, {}, '2023-05-01'));
    assert.deepStrictEqual(index.termsOf('12-NQ/TW'), ['XI', 'XIII']);
    assert.ok(index.isSplit('12-NQ/TW'));
    const xi = where(index.referencesOf('12-NQ/TW@XI'));
    const xiii = where(index.referencesOf('12-NQ/TW@XIII'));
    // a.txt's later undated mention takes its file's dated term; c.txt (2014) can only mean khóa XI.
    assert.deepStrictEqual(xi.map((w) => w.split('@')[0]), ['a.txt', 'a.txt', 'c.txt']);
    assert.deepStrictEqual(xiii.map((w) => w.split('@')[0]), ['b.txt']);
    // d.txt (2023) could mean either: it stays under the bare key, which lists everything.
    const dMention = index.mentionsIn('d.txt')[0];
    assert.deepStrictEqual(index.keysOf(dMention), ['12-NQ/TW']);
    assert.strictEqual(index.referencesOf('12-NQ/TW').length, 5);
    // The bare key's columns hold every mention; a term's are places among them, listed from records.
    assert.deepStrictEqual(index.mentionColumns('12-NQ/TW')?.owners.slice(0, 5), index.referencesOf('12-NQ/TW').map((m) => m.uri));
    assert.strictEqual(index.mentionColumns('12-NQ/TW@XI'), undefined);
    assert.strictEqual(index.labelOf('12-NQ/TW@XI'), '12-NQ/TW (khóa XI)');
    const conflicts = index.conflictsOf('12-NQ/TW');
    assert.deepStrictEqual(conflicts.map((c) => c.kind), ['terms']);
    assert.deepStrictEqual(conflicts[0].values, ['XI', 'XIII']);
    const defXi = index.definitionOf('12-NQ/TW@XI');
    const defXiii = index.definitionOf('12-NQ/TW@XIII');
    assert.ok(defXi?.kind === 'citation' && defXi.uri === 'a.txt' && defXi.entity.date === '2012-01-16');
    assert.ok(defXiii?.kind === 'citation' && defXiii.uri === 'b.txt');
    // One symbol per document, the more cited first.
    assert.deepStrictEqual(index.searchSymbols('12-nq').map((h) => h.key), ['12-NQ/TW@XI', '12-NQ/TW@XIII']);
    // Deleting the 2022 file makes the code one document again.
    index.delete('b.txt');
    assert.ok(!index.isSplit('12-NQ/TW'));
    assert.deepStrictEqual(index.keysOf(index.mentionsIn('d.txt')[0]), ['12-NQ/TW']);
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), []);
  });

  it('leaves an undated mention under the bare key when its own file dates the code in two terms', () => {
    // The first term again after the second: two terms still, whatever the order.
    const full = [a, b, a, undated].join(' ');
    const starts: number[] = [];
    for (let i = full.indexOf('Nghị quyết'); i >= 0; i = full.indexOf('Nghị quyết', i + 1)) starts.push(i);
    const dates = ['2012-01-16', '2022-01-03', '2012-01-16'];
    const entities = starts.map((s, i) => citation('Nghị quyết số 12-NQ/TW', s, i < dates.length ? { code: '12-NQ/TW', date: dates[i] } : { code: '12-NQ/TW' }, full));
    const index = new CorpusIndex();
    index.setResult('e.txt', { entities, info: { ownCode: null, ownKey: null, dateline: null, title: null }, warnings: [] });
    assert.deepStrictEqual(index.termsOf('12-NQ/TW'), ['XI', 'XIII']);
    assert.deepStrictEqual(index.mentionsIn('e.txt').map((m) => index.keysOf(m)), [['12-NQ/TW@XI'], ['12-NQ/TW@XIII'], ['12-NQ/TW@XI'], ['12-NQ/TW']]);
  });

  it('gives a mention naming the documents of two terms the term of each, when its code is split', () => {
    // The seeds cite "Nghị quyết Trung ương 4 khóa XI và khóa XII" (12-NQ/TW of khóa XI and 04-NQ/TW);
    // a file citing the 2012 and the 2022 12-NQ/TW splits the code.
    const index = new CorpusIndex();
    for (const f of seedFiles()) index.set(f, readSeed(f));
    const split = 'Tin\n\nNghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị về công an. Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương.\n';
    index.set('split.txt', split);
    assert.ok(index.isSplit('12-NQ/TW'));
    const both = seedFiles().flatMap((f) => index.mentionsIn(f).filter((m) => m.entity.kind === 'citation' && m.entity.refs.length === 2 && m.entity.refs[0] === '12-NQ/TW'));
    assert.ok(both.length >= 2, 'the seeds name both resolutions in one mention');
    for (const m of both) assert.deepStrictEqual(index.keysOf(m), ['12-NQ/TW@XI', '04-NQ/TW']);
    const xi = index.referencesOf('12-NQ/TW@XI');
    const xiii = index.referencesOf('12-NQ/TW@XIII');
    assert.deepStrictEqual(xiii.map((m) => `${m.uri} ${m.entity.kind === 'citation' ? m.entity.date : ''}`), ['split.txt 2022-03-16']);
    assert.ok(both.every((m) => xi.some((r) => r.uri === m.uri && r.entity === m.entity)), 'the two-term mentions are khóa XI mentions of 12-NQ/TW');
    assert.ok(!xi.some((r) => r.entity.kind === 'citation' && r.entity.date === '2022-03-16'), 'the 2022 resolution is not a khóa XI mention');
    // The counts the hover and the code lens give are those of the lists Find All References gives.
    assert.strictEqual(index.mentionCount('12-NQ/TW@XI'), xi.length);
    assert.deepStrictEqual(index.citingDocuments('12-NQ/TW@XI'), [...new Set(xi.map((m) => m.uri))].sort());
    const any = index.referencesOfAny(index.keysOf(both[0]));
    assert.strictEqual(new Set(any).size, any.length, 'no mention twice');
    assert.ok(!any.some((r) => r.uri === 'split.txt' && r.entity.kind === 'citation' && r.entity.date === '2022-03-16'));
    // Without the 2022 resolution the code is one document again; with it back, the same split.
    index.delete('split.txt');
    assert.ok(!index.isSplit('12-NQ/TW'));
    assert.deepStrictEqual(index.keysOf(both[0]), ['12-NQ/TW', '04-NQ/TW']);
    index.set('split.txt', split);
    assert.deepStrictEqual(index.keysOf(both[0]), ['12-NQ/TW@XI', '04-NQ/TW']);
    assert.deepStrictEqual(where(index.referencesOf('12-NQ/TW@XI')), where(xi));
    // The split file first, the seeds after: the same answer.
    const fresh = new CorpusIndex();
    fresh.set('split.txt', split);
    for (const f of seedFiles()) fresh.set(f, readSeed(f));
    assert.deepStrictEqual(where(fresh.referencesOf('12-NQ/TW@XI')), where(xi));
  });

  it("a document's mentions are the records of the postings, with their terms", () => {
    const index = new CorpusIndex();
    index.setResult('a.txt', doc(a, { date: '2012-01-16', issuer: 'Ban Chấp hành Trung ương' }, null, ' ' + undated));
    index.setResult('b.txt', doc(b, { date: '2022-01-03', issuer: 'Bộ Chính trị' }));
    const records = index.referencesOf('12-NQ/TW');
    // a.txt's undated mention takes the term of its file's dated one.
    assert.deepStrictEqual(records.map((m) => `${m.uri} ${m.term}`), ['a.txt XI', 'a.txt XI', 'b.txt XIII']);
    for (const uri of ['a.txt', 'b.txt']) {
      const own = records.filter((m) => m.uri === uri);
      const listed = index.mentionsIn(uri);
      assert.strictEqual(listed.length, own.length);
      listed.forEach((m, i) => assert.strictEqual(m, own[i]));
      for (const m of own) assert.strictEqual(index.mentionOf(uri, m.entity), m);
    }
    // An entity of another document has no record in this one.
    assert.strictEqual(index.mentionOf('b.txt', records[0].entity), undefined);
  });

  it('flags two different dates within one term as a conflict', () => {
    const index = new CorpusIndex();
    index.setResult('a.txt', doc(a, { date: '2012-01-16', issuer: 'Ban Chấp hành Trung ương' }));
    index.setResult('e.txt', doc(a, { date: '2012-02-16', issuer: 'Ban Chấp hành Trung ương' }));
    const conflicts = index.conflictsOf('12-NQ/TW');
    assert.deepStrictEqual(conflicts.map((c) => [c.kind, c.values]), [['dates', ['2012-01-16', '2012-02-16']]]);
    assert.deepStrictEqual(index.conflictsIn('e.txt').length, 1);
  });

  it('flags different issuers but not a shorter form of the same one', () => {
    const index = new CorpusIndex();
    index.setResult('a.txt', doc(a, { issuer: 'Ban Chấp hành Trung ương' }));
    index.setResult('f.txt', doc(a, { issuer: 'Ban Chấp hành Trung ương Đảng' }));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), []);
    index.setResult('h.txt', doc(a, { issuer: 'Đảng' }));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), [], '"của Đảng" names no particular body');
    index.setResult('g.txt', doc(a, { issuer: 'Bộ Chính trị' }));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW').map((c) => c.kind), ['issuers']);
  });

  it('tells issuers apart as the conflicts do: spellings and a body within another agree', () => {
    assert.ok(sameIssuer('Tỉnh ủy', 'Tỉnh uỷ'));
    assert.ok(sameIssuer('Tỉnh ủy', 'Ban Thường vụ Tỉnh uỷ'));
    assert.ok(sameIssuer('TỈNH ỦY', 'tỉnh ủy'));
    assert.ok(!sameIssuer('Tỉnh ủy', 'Thành ủy'));
    assert.deepStrictEqual(conflictingIssuers(['Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Ban Thường vụ Tỉnh ủy']), ['Thành ủy', 'Ban Thường vụ Tỉnh ủy']);
  });
});

describe('CorpusIndex answers of referencesOf', () => {
  const seeds = seedFiles();
  const citing = seeds.filter((f) => readSeed(f).includes('05-CT/TW'));
  const at = (ms: readonly Mention[]) => ms.map((m) => `${m.uri}@${m.entity.start}`);

  it("are the caller's: an edit changes the next answer, not one handed out, and keeps the other documents' records", () => {
    const index = new CorpusIndex();
    for (const f of seeds) index.set(f, readSeed(f));
    const before = index.referencesOf('05-CT/TW');
    const written = at(before);
    assert.strictEqual(index.referencesOf('05-CT/TW'), before, 'the same answer while nothing changed');
    const edited = citing[1];
    index.set(edited, readSeed(edited) + '\nTiếp tục thực hiện Chỉ thị số 05-CT/TW.\n');
    assert.deepStrictEqual(at(before), written, 'the answer handed out is as it was');
    const after = index.referencesOf('05-CT/TW');
    assert.strictEqual(after.length, before.length + 1);
    for (const m of after) if (m.uri !== edited) assert.ok(before.includes(m), `${m.uri} keeps its records`);
    // A document put in out of uri order goes to its place, the others' records unchanged.
    index.delete(citing[0]);
    const without = index.referencesOf('05-CT/TW');
    index.set(citing[0], readSeed(citing[0]));
    const back = index.referencesOf('05-CT/TW');
    assert.strictEqual(back[0].uri, citing[0]);
    assert.deepStrictEqual([...back].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.entity.start - b.entity.start)), back);
    for (const m of back) if (m.uri !== citing[0]) assert.ok(without.includes(m), `${m.uri} keeps its records`);
    const fresh = new CorpusIndex();
    for (const f of seeds) fresh.set(f, f === edited ? readSeed(f) + '\nTiếp tục thực hiện Chỉ thị số 05-CT/TW.\n' : readSeed(f));
    assert.deepStrictEqual(at(back), at(fresh.referencesOf('05-CT/TW')));
  });

  it('mentionColumns: what referencesOf lists for a bare key, read from the posting, after documents came out of order and moved', () => {
    const index = new CorpusIndex();
    // In reverse order (each posting merges them on its next read), then half of them renamed.
    for (const f of [...seeds].reverse()) index.set(f, readSeed(f));
    for (const f of seeds.filter((_, i) => i % 2 === 0)) index.rename(f, `moved/${f}`);
    const quad = (a: number, b: number, c: number, d: number) => [a, b, c, d];
    const uris = [...index.documents()].map((d) => d.uri);
    const keys = [...new Set(uris.flatMap((u) => index.get(u)!.entities.map((e) => index.keyAt(u, e))))];
    let bare = 0;
    for (const key of keys) {
      const c = index.mentionColumns(key);
      if (key.includes('@')) {
        assert.strictEqual(c, undefined, `${key}: a split key is read from its records`);
        continue;
      }
      bare++;
      const fromColumns = Array.from({ length: c!.length }, (_, i) => [c!.owners[i], c!.items[i], index.columnRange(c!, i, quad)]);
      assert.deepStrictEqual(fromColumns, index.referencesOf(key).map((m) => [m.uri, m.entity, index.mentionRange(m, quad)]), key);
    }
    assert.ok(bare > 100, `${bare} bare keys`);
    assert.strictEqual(index.mentionColumns('no such key'), undefined);
  });

  it('mentionColumns: an answer kept from them follows every kind of change, each read as a fresh one', () => {
    const index = new CorpusIndex();
    const cite = (n: number) => `Mở đầu.\n${'Thực hiện Chỉ thị số 05-CT/TW.\n'.repeat(n)}`;
    for (const u of ['b.txt', 'c.txt', 'd.txt', 'e.txt']) index.set(u, cite(2));
    const quad = (a: number, b: number, c: number, d: number) => [a, b, c, d];
    // Every answer kept, however short; `made` counts the Locations made for an answer.
    const mapper = new ListMapper<never, unknown>(() => null, 0);
    let made = 0;
    const ask = () => {
      const c = index.mentionColumns('05-CT/TW')!;
      made = 0;
      return mapper.mapColumns('05-CT/TW', c, (i) => (made++, [c.owners[i], index.columnRange(c, i, quad)]));
    };
    const fresh = () => index.referencesOf('05-CT/TW').map((m) => [m.uri, index.withRange(m.uri, m.entity, quad)]);
    // Each change, and how many Locations it makes again: those of the documents it put in, no more.
    const changes: Array<[string, () => void, number]> = [
      ['an edit that adds a mention', () => index.set('c.txt', cite(3)), 3],
      ['an edit that moves them down a line', () => index.set('c.txt', 'Dòng mới.\n' + cite(3)), 3],
      ['a document deleted', () => index.delete('d.txt'), 0],
      ['a folder of one deleted at once', () => index.deleteAll(['b.txt']), 0],
      ['a document renamed', () => index.rename('c.txt', 'f.txt'), 3],
      ['a folder renamed at once', () => index.renameAll([['e.txt', 'a.txt'], ['f.txt', 'g.txt']]), 5],
      ['a document that sorts before the others', () => index.set('0.txt', cite(1)), 1],
      ['a document that sorts after them', () => index.set('z.txt', cite(1)), 1],
    ];
    assert.deepStrictEqual(ask(), fresh());
    for (const [what, change, expected] of changes) {
      change();
      assert.deepStrictEqual(ask(), fresh(), what);
      assert.strictEqual(made, expected, `${what}: Locations made`);
    }
  });

  it("firstMentionsByDocument: each document's first mention, as a pass over referencesOf finds it", () => {
    const index = new CorpusIndex({ keptRecords: 0 });
    for (const f of seeds) index.set(f, readSeed(f));
    const keys = [...new Set(seeds.flatMap((f) => index.get(f)!.entities.map((e) => index.keyAt(f, e))))];
    assert.ok(keys.length > 100);
    for (const key of keys) {
      const firsts: Mention[] = [];
      for (const m of index.referencesOf(key)) if (firsts[firsts.length - 1]?.uri !== m.uri) firsts.push(m);
      for (const limit of [1, 3, 10]) assert.deepStrictEqual(at(index.firstMentionsByDocument(key, limit)), at(firsts.slice(0, limit)), key);
      assert.deepStrictEqual(index.firstMentionOf(key), firsts[0], key);
    }
    assert.deepStrictEqual(index.firstMentionsByDocument('no such key', 10), []);
  });

  it('list a mention naming several documents once, and give it one record', () => {
    // "Trung ương 4 khóa XI và khóa XII" names 12-NQ/TW and 04-NQ/TW: one entity in both postings.
    const index = new CorpusIndex();
    const a = 'Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XI và khóa XII về xây dựng Đảng. Sau đó, Nghị quyết Trung ương 4 khóa XII tiếp tục.';
    const b = 'Quán triệt Nghị quyết Trung ương 4 khóa XII.';
    index.set('a.txt', a);
    index.set('b.txt', b);
    const [a1, a2, b1] = [a.indexOf('Nghị quyết'), a.lastIndexOf('Nghị quyết'), b.indexOf('Nghị quyết')];
    const both = index.get('a.txt')!.entities.find((e) => e.kind === 'citation' && e.refs.length === 2)!;
    assert.deepStrictEqual(both.kind === 'citation' && both.refs, ['12-NQ/TW', '04-NQ/TW']);
    const keys = ['12-NQ/TW', '04-NQ/TW'];
    // Each posting has a record of it (asked for: their views exist).
    assert.ok(keys.every((k) => index.referencesOf(k).some((m) => m.entity === both)));
    assert.deepStrictEqual(at(index.referencesOfAny(keys)), [`a.txt@${a1}`, `a.txt@${a2}`, `b.txt@${b1}`]);
    assert.deepStrictEqual(at(index.referencesInAny(keys, 'a.txt')), [`a.txt@${a1}`, `a.txt@${a2}`]);
    assert.deepStrictEqual(at(index.referencesInAny(['04-NQ/TW'], 'a.txt')), [`a.txt@${a1}`, `a.txt@${a2}`]);
    // Its record in a document's list is the one mentionOf gives: its first code's.
    const listed = index.mentionsIn('a.txt').find((m) => m.entity === both)!;
    assert.strictEqual(listed, index.mentionOf('a.txt', both));
    assert.strictEqual(listed, index.referencesOf('12-NQ/TW').find((m) => m.entity === both));
  });

  it('keep so many records in all as documents come in after they were asked for', () => {
    const index = new CorpusIndex({ keptRecords: 10 });
    const text = 'Thực hiện Chỉ thị số 05-CT/TW và Quy định số 37-QĐ/TW.';
    index.set('a0.txt', text);
    const five = index.referencesOf('05-CT/TW');
    index.referencesOf('37-QĐ/TW');
    for (let i = 1; i <= 30; i++) index.set(`a${i}.txt`, text);
    // Past 10 records the views went: the next answers are made anew, equal to a fresh index's.
    const again = index.referencesOf('05-CT/TW');
    assert.strictEqual(again.length, 31);
    assert.strictEqual(five.length, 1, 'the answer handed out is as it was');
    assert.notStrictEqual(again[0], five[0], 'the record of a0.txt was made again: its view had been dropped');
    assert.deepStrictEqual(at(index.referencesOf('37-QĐ/TW')), at(again).map((w) => w.replace(/@\d+$/, `@${text.indexOf('Quy định')}`)));
  });

  it("the first mentions of a key, as referencesOf lists them, without its whole list", () => {
    const index = new CorpusIndex({ keptRecords: 0 });
    for (const f of seeds) index.set(f, readSeed(f));
    for (const key of ['05-CT/TW', index.keyAt(seeds[0], index.get(seeds[0])!.entities.find((e) => e.kind === 'person')!)]) {
      const all = index.referencesOf(key);
      for (const n of [0, 1, 3, all.length + 5]) assert.deepStrictEqual(at(index.firstMentions(key, n)), at(all.slice(0, n)), `${key} ${n}`);
    }
    assert.deepStrictEqual(index.firstMentions('no such key', 3), []);
  });

  it('a code cited in two terms: each term keeps its records across edits elsewhere, and counts without making them', () => {
    const index = new CorpusIndex({ keptRecords: 1000 });
    const of2012 = 'Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương.';
    const of2022 = 'Nghị quyết số 12-NQ/TW ngày 03/01/2022 của Bộ Chính trị.';
    index.set('a.txt', of2012);
    index.set('b.txt', of2012);
    index.set('c.txt', of2022);
    assert.ok(index.isSplit('12-NQ/TW'));
    const xi = index.referencesOf('12-NQ/TW@XI');
    assert.deepStrictEqual(at(xi), [`a.txt@${of2012.indexOf('Nghị')}`, `b.txt@${of2012.indexOf('Nghị')}`]);
    index.set('c.txt', of2022 + ' Tiếp tục thực hiện.');
    const again = index.referencesOf('12-NQ/TW@XI');
    assert.notStrictEqual(again, xi, 'asked again after a change: a new list');
    again.forEach((m, i) => assert.strictEqual(m, xi[i], 'with the records of the documents that did not change'));
    // One document's share of the term: the same records, found without the term's list.
    for (const uri of ['a.txt', 'b.txt', 'c.txt']) assert.deepStrictEqual(index.referencesIn('12-NQ/TW@XI', uri), again.filter((m) => m.uri === uri), uri);
    assert.strictEqual(index.referencesIn('12-NQ/TW@XI', 'b.txt')[0], again[1]);
    // Counts, documents and first mentions of a term do not need its records: another answer's stay.
    const small = new CorpusIndex({ keptRecords: 3 });
    for (const [u, t] of [['a.txt', of2012], ['b.txt', of2012], ['c.txt', of2022], ['d.txt', 'Chỉ thị số 05-CT/TW. Chỉ thị số 05-CT/TW. Chỉ thị số 05-CT/TW.']]) small.set(u, t);
    const kept = small.referencesOf('05-CT/TW');
    assert.strictEqual(kept.length, 3);
    assert.strictEqual(small.mentionCount('12-NQ/TW@XIII'), 1);
    assert.deepStrictEqual(small.citingDocuments('12-NQ/TW@XI'), ['a.txt', 'b.txt']);
    assert.deepStrictEqual(small.firstMentionsByDocument('12-NQ/TW@XI', 5).map((m) => m.uri), ['a.txt', 'b.txt']);
    assert.strictEqual(small.labelOf('12-NQ/TW@XI'), 'Nghị quyết 12-NQ/TW (khóa XI)');
    assert.strictEqual(small.referencesOf('05-CT/TW'), kept, 'the list of 05-CT/TW, the budget\'s whole, was not dropped for them');
  });

  it('the conflicts of a code read its records without keeping a list of them', () => {
    const index = new CorpusIndex({ keptRecords: 4 });
    index.set('a.txt', 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.');
    index.set('b.txt', 'Thực hiện Chỉ thị số 05-CT/TW ngày 16/5/2016 của Bộ Chính trị.');
    index.set('c.txt', 'Thực hiện Quy định số 37-QĐ/TW. Quy định số 37-QĐ/TW. Quy định số 37-QĐ/TW.');
    const kept = index.referencesOf('37-QĐ/TW');
    assert.strictEqual(kept.length, 3);
    assert.deepStrictEqual(index.conflictsOf('05-CT/TW').map((c) => c.kind), ['dates']);
    assert.strictEqual(index.referencesOf('37-QĐ/TW'), kept, 'three records and the conflict\'s two would be past the budget of four');
  });

  it('a citation naming one code twice has one record in its document\'s list', () => {
    const index = new CorpusIndex();
    index.set('a.txt', 'Nghị quyết Trung ương 4 khóa XII và khóa XII; Nghị quyết Trung ương 4 khóa XII.');
    // Its code's list holds it twice: the document's list and mentionOf give the first of the two.
    const listed = index.referencesOf('04-NQ/TW');
    assert.strictEqual(listed.length, 3);
    for (const m of index.mentionsIn('a.txt')) if (m.entity.kind === 'citation') assert.strictEqual(m, index.mentionOf('a.txt', m.entity));
    assert.strictEqual(index.mentionsIn('a.txt').find((m) => m.entity === listed[0].entity), listed[0]);
  });

  it('clear() forgets the lists it kept; the next ones are made from what comes in', () => {
    const index = new CorpusIndex({ keptRecords: 10 });
    index.set('a.txt', 'Thực hiện Chỉ thị số 05-CT/TW.');
    const before = index.referencesOf('05-CT/TW');
    index.clear();
    assert.deepStrictEqual(index.referencesOf('05-CT/TW'), []);
    index.set('b.txt', 'Thực hiện Chỉ thị số 05-CT/TW và Chỉ thị số 05-CT/TW.');
    assert.deepStrictEqual(index.referencesOf('05-CT/TW').map((m) => m.uri), ['b.txt', 'b.txt']);
    assert.deepStrictEqual(before.map((m) => m.uri), ['a.txt']);
  });

  it('keep so many records in all: the least recently asked are made again, equal', () => {
    const index = new CorpusIndex({ keptRecords: 40 });
    for (const f of seeds) index.set(f, readSeed(f));
    const keys = [...new Set(seeds.flatMap((f) => index.get(f)!.entities.map((e) => index.keyAt(f, e))))];
    const big = keys.filter((k) => index.mentionCount(k) >= 5 && index.mentionCount(k) <= 20);
    const total = big.reduce((n, k) => n + index.mentionCount(k), 0);
    assert.ok(total - index.mentionCount(big[0]) > 40, `${big.length} keys with ${total} mentions: more than the budget once the first is left out`);
    const first = index.referencesOf(big[0]);
    assert.strictEqual(index.referencesOf(big[0]), first, 'kept while it is among the last asked');
    for (const k of big.slice(1)) index.referencesOf(k);
    const again = index.referencesOf(big[0]);
    assert.notStrictEqual(again, first, 'dropped once others took its place');
    assert.deepStrictEqual(at(again), at(first));
    const last = big[big.length - 1];
    assert.strictEqual(index.referencesOf(last), index.referencesOf(last));
  });
});

describe('CorpusIndex change events under a hold', () => {
  const A = 'Căn cứ Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương.';
  const B = 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, quán triệt Chỉ thị số 05-CT/TW.';

  it('announces what changed while held once, on release, and what changed so far on flush', () => {
    const index = new CorpusIndex();
    const heard: { uris: string[]; keys: string[] }[] = [];
    index.onDidChange((c) => heard.push({ uris: [...c.uris].sort(), keys: [...c.keys].sort() }));
    const held = index.hold();
    index.set('a', A);
    index.set('b', B);
    assert.strictEqual(heard.length, 0, 'nothing is announced while held');
    assert.ok(index.referencesOf('12-NQ/TW').length > 0, 'the index answers as usual meanwhile');
    held.flush();
    assert.strictEqual(heard.length, 1);
    assert.deepStrictEqual(heard[0].uris, ['a', 'b']);
    const keysOf = (text: string) => extract(text).entities.map((e) => e.key);
    for (const k of [...keysOf(A), ...keysOf(B)]) assert.ok(heard[0].keys.includes(k), k);
    index.delete('a');
    index.set('b', A);
    assert.strictEqual(heard.length, 1);
    held.release();
    assert.strictEqual(heard.length, 2);
    assert.deepStrictEqual(heard[1].uris, ['a', 'b']);
    assert.ok(heard[1].keys.includes('05-CT/TW') && heard[1].keys.includes('12-NQ/TW'));
    held.release(); // a second release changes nothing
    index.set('c', B);
    assert.strictEqual(heard.length, 3, 'after the release, every change is announced at once');
    assert.deepStrictEqual(heard[2].uris, ['c']);
  });

  it('holds nest: only the outermost release announces, and a release with nothing changed is silent', () => {
    const index = new CorpusIndex();
    let calls = 0;
    index.onDidChange(() => calls++);
    const quiet = index.hold();
    quiet.release();
    assert.strictEqual(calls, 0);
    const outer = index.hold();
    const inner = index.hold();
    index.set('a', A);
    inner.release();
    assert.strictEqual(calls, 0);
    inner.flush(); // released: no effect
    outer.release();
    assert.strictEqual(calls, 1);
  });
});

describe('CorpusIndex conflicts follow edits', () => {
  const cite = (date: string, issuer = 'Bộ Chính trị') => `Ngày 20/3/2024, Tỉnh ủy quán triệt Nghị quyết số 12-NQ/TW ngày ${date} của ${issuer}.`;

  it('a second date or issuer written into a document raises a conflict, and taking it back removes it', () => {
    const index = new CorpusIndex();
    index.set('a', cite('16/01/2012'));
    index.set('b', cite('16/01/2012'));
    assert.strictEqual(index.kindOf('12-NQ/TW'), 'citation');
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), []);
    index.set('b', cite('30/7/2012')); // the same number of mentions: written over in place
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW').map((c) => [c.kind, c.values]), [['dates', ['2012-01-16', '2012-07-30']]]);
    index.set('b', cite('16/01/2012'));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), []);
    index.set('b', cite('16/01/2012', 'Ban Bí thư'));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW').map((c) => c.kind), ['issuers']);
    index.set('b', cite('16/01/2012', 'Đảng'));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), [], 'a generic issuer agrees with any');
    index.set('c', cite('30/7/2012'));
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW').map((c) => c.kind), ['dates']);
    index.delete('c');
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), []);
    assert.strictEqual(index.kindOf('no such key'), undefined);
  });

  it("a document's conflicts are those of the codes it cites that name it, whatever else it cites", () => {
    const index = new CorpusIndex();
    for (const f of seedFiles()) index.set(f, readSeed(f));
    index.set('a', cite('16/01/2012') + ' Thực hiện Chỉ thị số 05-CT/TW, Nghị quyết Trung ương 4 khóa XI và khóa XII.');
    index.set('b', cite('30/7/2012'));
    index.set('c', 'Nghị quyết số 12-NQ/TW ngày 03/01/2022 của Bộ Chính trị.');
    // What conflictsIn answers, by its definition: each code a citation of the document names, once.
    const byDefinition = (uri: string) => {
      const seen = new Set<string>();
      const out = [];
      for (const e of index.entitiesIn(uri)) {
        if (e.kind !== 'citation') continue;
        for (const k of e.refs.length ? e.refs : [e.key]) {
          if (seen.has(k)) continue;
          seen.add(k);
          out.push(...index.conflictsOf(k).filter((c) => c.mentions.some((m) => m.uri === uri)));
        }
      }
      return out;
    };
    // A code split by the terms its citations name, with no date to disagree about.
    const named = (text: string, term: string): ExtractResult => ({
      entities: [citation('Nghị quyết số 37-NQ/TW', 0, { code: '37-NQ/TW', terms: [term] }, text)],
      info: { ownCode: null, ownKey: null, dateline: null, title: null },
      warnings: [],
    });
    index.setResult('d', named('Nghị quyết số 37-NQ/TW khóa XI.', 'XI'));
    index.setResult('e', named('Nghị quyết số 37-NQ/TW khóa XIII.', 'XIII'));
    const uris = [...index.documents()].map((d) => d.uri);
    for (const uri of uris) assert.deepStrictEqual(index.conflictsIn(uri), byDefinition(uri), uri);
    assert.deepStrictEqual(index.conflictsIn('a').map((c) => c.kind).sort(), ['dates', 'terms']);
    assert.deepStrictEqual(index.conflictsIn('d').map((c) => c.kind), ['terms']);
    assert.ok(uris.filter((u) => index.conflictsIn(u).length === 0).length >= 5, 'the seeds report none');
  });
});
