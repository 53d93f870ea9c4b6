// An edited document is extracted again in full, but the index takes back the entities it already
// held unchanged and leaves the postings of keys whose mentions the edit did not touch as they were.
// Whatever it reuses, it must answer as an index given the edited text from scratch does.
import * as assert from 'assert';
import { CorpusIndex, Mention } from '../../../src/core/corpus/corpusIndex';
import { ListMapper } from '../../../src/core/corpus/listMapper';
import { reuseHeld } from '../../../src/core/corpus/reuse';
import { extract } from '../../../src/core/extract';
import { Entity } from '../../../src/core/types';
import { readSeed, seedFiles } from '../../paths';

const quad = (a: number, b: number, c: number, d: number) => [a, b, c, d];

/** A key's mentions as the references provider reads them: document, place, term and range. */
function mentions(index: CorpusIndex, key: string): unknown[] {
  return index.referencesOf(key).map((m: Mention) => [m.uri, m.entity.start, m.entity.end, m.term, index.mentionRange(m, quad)]);
}

/** Everything a key answers, for comparison with an index built from scratch. */
function answers(index: CorpusIndex, key: string): unknown {
  const variants = [key, ...index.termsOf(key).map((t) => `${key}@${t}`)];
  return variants.map((k) => [k, mentions(index, k), index.mentionCount(k), index.citingDocuments(k), index.positionsOf(k), index.definitionsOf(k).map((d) => d.kind), index.conflictsOf(k).length, index.labelOf(k)]);
}

function keysOf(index: CorpusIndex, uri: string): string[] {
  return [...new Set(index.get(uri)!.entities.flatMap((e) => (e.kind === 'citation' && e.refs.length > 0 ? e.refs : [e.key])))].sort();
}

/** The edited index against one built from scratch over the same texts: every key of both, every answer. */
function assertSameAsFresh(edited: CorpusIndex, texts: Map<string, string>): void {
  const fresh = new CorpusIndex();
  for (const [uri, text] of texts) fresh.set(uri, text);
  for (const uri of texts.keys()) {
    const keys = [...new Set([...keysOf(edited, uri), ...keysOf(fresh, uri)])].sort();
    assert.deepStrictEqual(keysOf(edited, uri), keysOf(fresh, uri), uri);
    for (const k of keys) assert.deepStrictEqual(answers(edited, k), answers(fresh, k), `${k} in ${uri}`);
    assert.deepStrictEqual(edited.get(uri)!.entities, fresh.get(uri)!.entities, uri);
    assert.deepStrictEqual(edited.conflictsIn(uri).map((c) => c.key), fresh.conflictsIn(uri).map((c) => c.key), `conflicts in ${uri}`);
  }
}

for (const form of ['NFC', 'NFD'] as const) {
  describe(`an edited document's entities, taken back (${form})`, () => {
    const seeds = seedFiles().map((f) => readSeed(f).normalize(form));

    it('takes back the entities before an edit and makes new ones from it on', () => {
      const index = new CorpusIndex();
      index.set('a', seeds[0]);
      const before = index.get('a')!.entities.slice();
      // A paragraph added in the middle, at a line's end.
      const at = seeds[0].indexOf('\n', seeds[0].length >> 1);
      const text = seeds[0].slice(0, at) + '\nChỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.'.normalize(form) + seeds[0].slice(at);
      index.set('a', text);
      const after = index.get('a')!.entities;
      const held = new Set(before);
      // Before the edit, an entity extracted as it was is the one held (the extraction reads the whole
      // text, so some may differ: a person's posts gather from the whole document).
      const same = (a: Entity, b: Entity) => JSON.stringify(a) === JSON.stringify(b);
      for (const e of after.filter((x) => x.end <= at)) {
        const old = before.find((b) => same(b, e));
        if (old) assert.strictEqual(e, old, `${e.kind} ${e.text} at ${e.start}`);
      }
      assert.ok(after.filter((e) => e.end <= at && held.has(e)).length > before.filter((e) => e.end <= at).length / 2, 'fewer than half taken back');
      assert.ok(after.filter((e) => e.start >= at).every((e) => !held.has(e)), 'an entity after the edit is an old object');
      assert.strictEqual(new Set(after).size, after.length, 'an object listed twice');
      assertSameAsFresh(index, new Map([['a', text]]));
    });

    it('answers as a fresh index when an edit moves lines but no offset', () => {
      // A space turned into a line end before a citation: its offsets and fields stay, its line and
      // character do not, and the references give its new range.
      const index = new CorpusIndex();
      const texts = new Map([['a', seeds[0]], ['b', seeds[1]]]);
      for (const [u, t] of texts) index.set(u, t);
      const cited = index.get('a')!.entities.filter((e) => e.kind === 'citation' && e.start > 400);
      assert.ok(cited.length > 0);
      const target = cited[cited.length - 1];
      const space = seeds[0].lastIndexOf(' ', target.start - 30);
      const text = seeds[0].slice(0, space) + '\n' + seeds[0].slice(space + 1);
      index.set('a', text);
      texts.set('a', text);
      assert.ok(index.get('a')!.entities.includes(target), 'the citation was extracted again as it was');
      assertSameAsFresh(index, texts);
    });

    it('answers as a fresh index when an edit changes the term of a citation it did not touch', () => {
      // An undated citation takes the term of a dated one of the same code in its file: a dated mention
      // added after it gives it a term, and taking it away takes the term back.
      const undated = 'Mở đầu.\nThực hiện Kết luận số 21-KL/TW, các cấp ủy tổ chức học tập.\n'.normalize(form);
      const dated = 'Kết thúc: Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.\n'.normalize(form);
      const index = new CorpusIndex();
      const texts = new Map([['a', undated], ['b', seeds[0]]]);
      for (const [u, t] of texts) index.set(u, t);
      const first = index.get('a')!.entities.find((e) => e.kind === 'citation')!;
      assert.strictEqual(index.mentionOf('a', first)?.term, null);
      texts.set('a', undated + dated);
      index.set('a', undated + dated);
      assert.strictEqual(index.get('a')!.entities.find((e) => e.kind === 'citation'), first, 'the first citation was taken back');
      assert.notStrictEqual(index.mentionOf('a', first)?.term, null);
      assertSameAsFresh(index, texts);
      texts.set('a', undated);
      index.set('a', undated);
      assert.strictEqual(index.mentionOf('a', first)?.term, null);
      assertSameAsFresh(index, texts);
    });

    it('answers as a fresh index when an edit changes only the dateline an undated mention takes its term from', () => {
      // A code cited in three terms; a document's undated mention of it takes the term its dateline's year
      // falls in. The year changes, not its length: the mention's entity, place and own term stay.
      const texts = new Map([
        ['a.txt', 'ĐẢNG BỘ TỈNH X\nHà Nội, ngày 16 tháng 01 năm 2017\nThực hiện Chỉ thị số 77-CT/TW, các cấp ủy.\n'.normalize(form)],
        ['b.txt', 'Theo Chỉ thị số 77-CT/TW ngày 16/01/2012 của Ban Chấp hành Trung ương.\n'.normalize(form)],
        ['c.txt', 'Theo Chỉ thị số 77-CT/TW ngày 03/01/2022 của Bộ Chính trị.\n'.normalize(form)],
        ['d.txt', 'Theo Chỉ thị số 77-CT/TW ngày 03/01/2017 của Bộ Chính trị.\n'.normalize(form)],
      ]);
      const index = new CorpusIndex();
      for (const [u, t] of texts) index.set(u, t);
      assert.ok(index.isSplit('77-CT/TW'));
      for (const u of texts.keys()) for (const k of keysOf(index, u)) answers(index, k);
      for (const u of texts.keys()) index.conflictsIn(u);
      const cited = index.get('a.txt')!.entities.find((e) => e.kind === 'citation')!;
      for (const year of ['2012', '2022', '2017']) {
        // The dateline's year: the only four digits that end a line.
        const text = texts.get('a.txt')!.replace(/\d{4}(?=\n)/, year);
        assert.notStrictEqual(text, texts.get('a.txt'));
        texts.set('a.txt', text);
        index.set('a.txt', text);
        assert.strictEqual(index.get('a.txt')!.entities.find((e) => e.kind === 'citation'), cited, 'the citation was taken back');
        assertSameAsFresh(index, texts);
      }
    });

    it("gives the editor's locations the new place of a mention whose span does not pack", () => {
      // A citation 11,000 characters into its line (past what a packed span holds), moved to the next
      // line by a space turned into a line end: Find All References must not keep its old Location.
      const quadOf = (index: CorpusIndex) => new ListMapper((m: Mention) => ({ uri: m.uri, range: index.mentionRange(m, quad) }));
      const filler = 'các nội dung được triển khai đồng bộ '.repeat(300);
      const cite = 'Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương';
      const text = `Mở đầu.\nCác cấp ủy thực hiện ${filler} ${cite}.\n`.normalize(form);
      const index = new CorpusIndex();
      index.set('a', text);
      // Enough other documents citing it for the list to be kept between requests (ListMapper keeps 64 or more).
      for (let i = 0; i < 70; i++) index.set(`b${String(i).padStart(3, '0')}`, `Thực hiện ${cite}.\n`.normalize(form));
      const key = index.keyAt('a', index.get('a')!.entities.find((e) => e.kind === 'citation')!);
      const mapper = quadOf(index);
      // Both ways the providers make them: from the mention records, and from the posting's columns.
      const fromRecords = () => mapper.map(key, index.referencesOf(key)).find((l) => l.uri === 'a')!.range;
      const fromColumns = () => {
        const c = index.mentionColumns(key)!;
        return mapper.mapColumns(`${key} columns`, c, (i) => ({ uri: c.owners[i], range: index.columnRange(c, i, quad) })).find((l) => l.uri === 'a')!.range;
      };
      const before = fromRecords();
      assert.ok(before[1] > 8192, `the citation stands at character ${before[1]}`);
      assert.deepStrictEqual(fromColumns(), before);
      const moved = text.replace('Các cấp ủy thực hiện'.normalize(form), 'Các cấp ủy\nthực hiện'.normalize(form));
      assert.strictEqual(moved.length, text.length);
      index.set('a', moved);
      const cut = 'Các cấp ủy\n'.normalize(form).length;
      const after = [before[0] + 1, before[1] - cut, before[2] + 1, before[3] - cut];
      assert.deepStrictEqual(fromRecords(), after);
      assert.deepStrictEqual(fromColumns(), after);
    });

    it('keeps answers asked before an edit right when it leaves their keys alone', () => {
      const index = new CorpusIndex();
      const texts = new Map(seedFiles().map((f, i) => [f, seeds[i]] as [string, string]));
      for (const [u, t] of texts) index.set(u, t);
      // Every key's answers asked (and cached) before the edits.
      const all = [...new Set([...texts.keys()].flatMap((u) => keysOf(index, u)))];
      for (const k of all) answers(index, k);
      for (const [u, t] of texts) {
        const text = t + '\nNgười viết bổ sung: tiếp tục quán triệt Chỉ thị số 05-CT/TW.\n'.normalize(form);
        texts.set(u, text);
        index.set(u, text);
      }
      assertSameAsFresh(index, texts);
    });
  });
}

describe('reuseHeld', () => {
  const text = readSeed(seedFiles()[0]);
  const held = extract(text, { ranges: false }).entities;

  it('takes back every entity of the same extraction, each once', () => {
    const fresh = extract(text, { ranges: false }).entities;
    assert.deepStrictEqual(reuseHeld(held, fresh), []);
    fresh.forEach((e, i) => assert.strictEqual(e, held[i]));
  });

  it('leaves fresh an entity that differs in any field, or in its range', () => {
    const fresh = extract(text, { ranges: false }).entities;
    const i = fresh.findIndex((e) => e.kind === 'person');
    const j = fresh.findIndex((e) => e.kind === 'citation');
    fresh[i] = { ...fresh[i], positions: [...(fresh[i] as Entity & { positions: string[] }).positions, 'Ủy viên'] } as Entity;
    fresh[j] = { ...fresh[j], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    assert.deepStrictEqual(reuseHeld(held, fresh), [Math.min(i, j), Math.max(i, j)]);
    assert.notStrictEqual(fresh[i], held[i]);
    assert.notStrictEqual(fresh[j], held[j]);
  });

  it('never takes one held entity for two fresh ones', () => {
    const e = held[0];
    const fresh = [{ ...e }, { ...e }];
    assert.deepStrictEqual(reuseHeld([e], fresh), [1]);
    assert.strictEqual(fresh[0], e);
    assert.notStrictEqual(fresh[1], e);
  });
});
