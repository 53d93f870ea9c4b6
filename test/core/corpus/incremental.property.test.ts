// Whatever sequence of edits, creations, renames and deletions reaches the index, it must answer
// exactly as an index built from scratch over the final files would — including answers it cached
// before the changes.
import * as assert from 'assert';
import fc from 'fast-check';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { ListMapper } from '../../../src/core/corpus/listMapper';
import { extract } from '../../../src/core/extract';
import { lineStarts } from '../../../src/core/text/lines';
import { ExtractResult } from '../../../src/core/types';
import { readSeed, seedFiles } from '../../paths';

// The real extractor, plus a citation's "ngày dd/mm/yyyy" when it does not give one, so that codes
// cited in two terms occur whatever stage the extraction engine is at. The index is given entities
// without ranges, as the extension gives it: it finds them from the line starts it keeps.
function extractWithDates(text: string, ranges = false): ExtractResult {
  const r = extract(text, { ranges });
  for (const e of r.entities) {
    if (e.kind !== 'citation' || e.date) continue;
    const m = /^\s*ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.slice(e.end, e.end + 40));
    if (m) e.date = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  return r;
}

const SNIPPETS = [
  ' Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương về xây dựng Đảng. ',
  ' Nghị quyết số 12-NQ/TW ngày 03/01/2022 của Bộ Chính trị. ',
  ' Nghị quyết số 12-NQ/TW ngày 20/01/2012 của Ban Chấp hành Trung ương. ',
  ' Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. ',
  ' Chỉ thị số 05-CT/TW. ',
  ' đồng chí Nguyễn Mạnh Cường, Tỉnh ủy viên, phát biểu. ',
  ' Quy định 37-QĐ/TW ngày 25/10/2021. ',
  ' Quy định số 37-Q\u00d0/TW của Bộ Chính trị. ',
  '\u0000',
  '',
  ' Kết luận số 21-KL/TW\r\nngày 25/10/2021 của Ban Chấp hành Trung ương;\r\n\r\nđồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy. ',
  '\rChỉ thị số 05-CT/TW\rngày 15/5/2016;\r\rđồng chí Nguyễn Mạnh Cường,\rTỉnh ủy viên. ',
  '\r\n',
  '\r',
];

const seeds = seedFiles().map((f) => readSeed(f));
const URIS = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];

type Op =
  | { op: 'set'; uri: string; seed: number; at: number; len: number; snippet: number; eol: number }
  | { op: 'delete'; uri: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'renameAll'; pairs: [string, string][] }
  | { op: 'deleteAll'; uris: string[] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), uri: fc.constantFrom(...URIS), seed: fc.nat(seeds.length - 1), at: fc.nat(), len: fc.nat(400), snippet: fc.nat(SNIPPETS.length - 1), eol: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), uri: fc.constantFrom(...URIS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.constantFrom(...URIS), to: fc.constantFrom(...URIS) }) },
  // A folder renamed or deleted: several documents at once, sources and targets overlapping.
  { weight: 2, arbitrary: fc.record({ op: fc.constant('renameAll' as const), pairs: fc.array(fc.tuple(fc.constantFrom(...URIS), fc.constantFrom(...URIS)), { maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteAll' as const), uris: fc.array(fc.constantFrom(...URIS), { maxLength: 4 }) }) },
);

/** What renameAll does to the files: every pair at once; a source or a target named twice, its last pair. */
function renameAllFiles(files: Map<string, string>, pairs: [string, string][]): void {
  const bySource = new Map<string, string>();
  for (const [from, to] of pairs) if (from !== to && files.has(from)) bySource.set(from, to);
  const byTarget = new Map<string, string>();
  for (const [from, to] of bySource) byTarget.set(to, from);
  const moved = [...byTarget].map(([to, from]) => [to, files.get(from)!] as const);
  for (const from of bySource.keys()) files.delete(from);
  for (const [to, text] of moved) files.set(to, text);
}

/**
 * Mutates a seed: cuts `len` characters at `at` and puts a snippet there; then, by `eol`, writes its line
 * ends as they are, all CRLF, all lone CR, or every other one CRLF or CR.
 */
function mutate(o: Extract<Op, { op: 'set' }>, current: string | undefined): string {
  const base = current !== undefined && o.seed % 2 === 0 ? current : seeds[o.seed];
  const at = o.at % (base.length + 1);
  const text = base.slice(0, at) + SNIPPETS[o.snippet] + base.slice(Math.min(base.length, at + o.len));
  let n = 0;
  const eols = [null, ['\r\n'], ['\r'], ['\n', '\r\n'], ['\n', '\r'], ['\r\n', '\r']][o.eol];
  return eols ? text.replace(/\r\n|\r|\n/g, () => eols[n++ % eols.length]) : text;
}

/** A range as four numbers. */
const quad = (a: number, b: number, c: number, d: number) => [a, b, c, d];
const rangeQuad = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => quad(r.start.line, r.start.character, r.end.line, r.end.character);

/** Line and character of an offset, every "\r\n", lone "\r" and "\n" ending a line. */
function position(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return [before.length - 1, before[before.length - 1].length];
}

/** The ranges the index gives for each document's entities, three ways, equal those the extractor gives with ranges. */
function assertRanges(index: CorpusIndex, files: Map<string, string>): void {
  for (const [uri, text] of files) {
    const expected = extract(text).entities.map((e) => [e.kind, e.start, e.end, rangeQuad(e.range)]);
    // And those are the entities' places in the text, its line ends counted here.
    for (const [kind, start, end, r] of expected as Array<[string, number, number, number[]]>) {
      assert.deepStrictEqual(r, [...position(text, start), ...position(text, end)], `${kind} at ${start} in ${uri}`);
    }
    const doc = index.get(uri)!;
    assert.deepStrictEqual(doc.entities.map((e) => [e.kind, e.start, e.end, rangeQuad(index.rangeOf(uri, e))]), expected, `rangeOf in ${uri}`);
    assert.deepStrictEqual(doc.entities.map((e) => [e.kind, e.start, e.end, index.withRange(uri, e, quad)]), expected, `withRange in ${uri}`);
    assert.deepStrictEqual(index.entitiesWithRanges(uri).map((e) => [e.kind, e.start, e.end, rangeQuad(e.range)]), expected, `entitiesWithRanges of ${uri}`);
  }
}

/**
 * Questions asked between changes that sort no posting of a bare key (no list of mentions is asked
 * for): the answers kept up to date change by change (fullest citation, richest mention) are read
 * while documents appended out of uri order still wait to be merged.
 */
function lightRead(index: CorpusIndex, keys: Set<string>, which: number): void {
  let i = 0;
  for (const key of keys) {
    if (i++ % 3 !== which % 3) continue;
    void index.richestMentionOf(key);
    void index.definitionsOf(key);
    void index.mentionCount(key);
  }
  const uris = [...index.documents()].map((d) => d.uri);
  const uri = uris[which % Math.max(1, uris.length)];
  if (uri !== undefined) for (const e of index.get(uri)!.entities) void index.withRange(uri, e, quad);
}

/** Everything the providers ask, in a comparable form. */
function snapshot(index: CorpusIndex, keys: Set<string>): unknown {
  const docs = [...index.documents()].map((d) => [d.uri, d.entities.map((e) => [e.kind, e.start, e.end, e.key, index.mentionOf(d.uri, e)?.term ?? '-'])]).sort();
  const perKey: unknown[] = [];
  for (const base of [...keys].sort()) {
    const variants = [base, ...index.termsOf(base).map((t) => `${base}@${t}`)];
    for (const key of variants) {
      // A hover's links: each document's first mention, as a pass over the references finds it.
      const firsts: [string, number][] = [];
      for (const m of index.referencesOf(key)) if (firsts[firsts.length - 1]?.[0] !== m.uri) firsts.push([m.uri, m.entity.start]);
      assert.deepStrictEqual(index.firstMentionsByDocument(key, 3).map((m) => [m.uri, m.entity.start]), firsts.slice(0, 3), key);
      const def = index.definitionOf(key);
      perKey.push([
        key,
        index.referencesOf(key).map((m) => [m.uri, m.entity.start, index.keysOf(m).join('|')]),
        index.citingDocuments(key),
        def ? [def.kind, 'uri' in def ? def.uri : null, def.kind === 'citation' ? def.entity.start : null] : null,
        index.definitionsOf(key).map((d) => [d.kind, 'uri' in d ? d.uri : null, d.kind === 'citation' ? d.entity.start : null]),
        mentionRanges(index, key),
        index.positionsOf(key),
        ((m) => (m ? [m.uri, m.entity.start] : null))(index.richestMentionOf(key)),
        index.mentionCount(key),
        [...index.documents()].map((d) => d.uri).sort().map((uri) => index.referencesIn(key, uri).map((m) => m.entity.start)),
        index.labelOf(key),
        index.conflictsOf(key).map((c) => [c.kind, c.scope, c.values, c.mentions.map((m) => [m.uri, m.entity.start])]),
      ]);
    }
  }
  const conflictsIn = [...index.documents()].map((d) => [d.uri, index.conflictsIn(d.uri).map((c) => c.kind + c.scope)]).sort();
  const search = ['', 'nguyen', '12-nq', 'chi thi'].map((q) => index.searchSymbols(q).map((h) => [h.key, h.label, h.count, h.first.uri, h.first.entity.start]));
  const names = ['Nguyễn Mạnh Cường', 'nguyen manh cuong', 'Lê Quốc Chỉnh'].map((n) => index.personByName(n) ?? null);
  const lookalikes = [...index.documents()].map((d) => [d.uri, index.lookalikesIn(d.uri).map((l) => [l.start, l.fixed, rangeQuad(l.range)])]).sort();
  const ranges = [...index.documents()].map((d) => [
    d.uri,
    d.entities.map((e) => [rangeQuad(index.rangeOf(d.uri, e)), index.withRange(d.uri, e, quad)]),
    index.entitiesWithRanges(d.uri).map((e) => rangeQuad(e.range)),
  ]).sort();
  return { docs, perKey, conflictsIn, search, names, lookalikes, ranges, counts: [index.documentCount, index.entityCount, index.knownNameCount] };
}

/** The ranges of a key's mentions as Find All References makes them (from the places the postings keep), checked against the entities'. */
function mentionRanges(index: CorpusIndex, key: string): unknown[] {
  const refs = index.referencesOf(key);
  const ranges = refs.map((m) => index.withRange(m.uri, m.entity, quad));
  assert.deepStrictEqual(refs.map((m) => index.mentionRange(m, quad)), ranges, `places of ${key}`);
  return ranges;
}

/**
 * Find All References' locations of every bare key as the provider makes them, from the posting's columns
 * through a mapper kept from one change to the next (only what changed made again): as made afresh.
 */
function assertLocations(index: CorpusIndex, mapper: ListMapper<never, unknown>, keys: Set<string>): void {
  for (const key of keys) {
    const c = index.mentionColumns(key);
    if (!c) continue;
    const kept = mapper.mapColumns(key, c, (i) => [c.owners[i], c.items[i].start, index.columnRange(c, i, quad)]);
    assert.deepStrictEqual(kept, index.referencesOf(key).map((m) => [m.uri, m.entity.start, index.withRange(m.uri, m.entity, quad)]), `locations of ${key}`);
  }
}

function allKeys(index: CorpusIndex, extra: Set<string>): Set<string> {
  const keys = new Set(extra);
  for (const d of index.documents()) for (const e of d.entities) keys.add(e.key);
  return keys;
}

describe('CorpusIndex incremental updates', () => {
  it('always equal a full rebuild of the final files', function () {
    this.timeout(120_000);
    fc.assert(
      // Each run reads between changes at its own rate (never, now and then, often, always), so that a
      // posting's documents appended out of uri order stay unmerged across removals, overwrites and
      // further appends; a read is a full snapshot (which merges) or a light one (which does not).
      fc.property(fc.constantFrom(0, 15, 40, 100), fc.array(fc.tuple(opArb, fc.nat(99), fc.nat(5)), { minLength: 1, maxLength: 25 }), (readRate, steps) => {
        const index = new CorpusIndex({ extract: (t) => extractWithDates(t) });
        const files = new Map<string, string>();
        const seen = new Set<string>();
        // Every answer kept, however short, and as many as the keys.
        const locations = new ListMapper<never, unknown>(() => null, 0);
        for (const [o, dice, which] of steps) {
          if (o.op === 'set') {
            const text = mutate(o, files.get(o.uri));
            files.set(o.uri, text);
            index.set(o.uri, text);
          } else if (o.op === 'delete') {
            files.delete(o.uri);
            index.delete(o.uri);
          } else if (o.op === 'renameAll') {
            renameAllFiles(files, o.pairs);
            index.renameAll(o.pairs);
          } else if (o.op === 'deleteAll') {
            for (const u of o.uris) files.delete(u);
            index.deleteAll(o.uris);
          } else if (files.has(o.from) && o.from !== o.to) {
            files.set(o.to, files.get(o.from)!);
            files.delete(o.from);
            index.rename(o.from, o.to);
          }
          // Ask questions between changes so that stale cached answers would show.
          for (const k of allKeys(index, seen)) seen.add(k);
          if (dice >= readRate) continue;
          if (which < 2) {
            void snapshot(index, seen);
            assertLocations(index, locations, seen);
          } else lightRead(index, seen, which);
        }
        const rebuilt = new CorpusIndex({ extract: (t) => extractWithDates(t) });
        for (const [uri, text] of files) rebuilt.set(uri, text);
        // Ranges first: the snapshot's lists of mentions merge the postings.
        assertRanges(index, files);
        assert.deepStrictEqual(snapshot(index, allKeys(index, seen)), snapshot(rebuilt, allKeys(rebuilt, seen)));
        assertRanges(index, files);
        assertLocations(index, locations, allKeys(index, seen));
      }),
      { numRuns: 100 },
    );
  });

  it('splits and rejoins a code as files from different terms come and go', () => {
    const index = new CorpusIndex({ extract: extractWithDates });
    index.set('a.txt', SNIPPETS[0]);
    assert.ok(!index.isSplit('12-NQ/TW'));
    index.set('b.txt', SNIPPETS[1]);
    assert.deepStrictEqual(index.termsOf('12-NQ/TW'), ['XI', 'XIII']);
    index.set('b.txt', SNIPPETS[2]);
    assert.deepStrictEqual(index.termsOf('12-NQ/TW'), ['XI']);
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW').map((c) => c.kind), ['dates']);
  });
});

describe('CorpusIndex arrival order', () => {
  it('answers the same whether a large folder arrives in uri order or in any other, edits included', function () {
    this.timeout(120_000);
    // Enough copies of the seeds that the commonest keys grow postings past the length where documents
    // arriving out of uri order are appended and sorted later instead of spliced in place.
    const results = seeds.map((s) => extractWithDates(s, true));
    // With their line starts, as a worker sends them: the postings keep each mention's place.
    const lines = seeds.map((s) => lineStarts(s));
    const N = 2000;
    const uri = (i: number) => `doc-${String(i).padStart(5, '0')}.txt`;
    const inOrder = new CorpusIndex();
    const shuffled = new CorpusIndex();
    for (let i = 0; i < N; i++) inOrder.setResult(uri(i), results[i % results.length], undefined, lines[i % results.length]);
    for (let j = 0; j < N; j++) {
      const i = (j * 7919) % N;
      shuffled.setResult(uri(i), results[i % results.length], undefined, lines[i % results.length]);
    }
    const longest = Math.max(...[...new Set(results.flatMap((r) => r.entities.map((e) => e.key)))].map((k) => shuffled.mentionCount(k)));
    assert.ok(longest > 4096, `longest posting has ${longest} mentions`);
    // Edits, deletions and renames, some asked about in between, the same on both.
    for (const index of [inOrder, shuffled]) {
      for (let j = 0; j < 60; j++) {
        const i = (j * 131) % N;
        if (j % 3 === 0) index.delete(uri(i));
        else if (j % 3 === 1) index.setResult(uri(i), results[(i + 1) % results.length], undefined, lines[(i + 1) % results.length]);
        else index.rename(uri(i), uri(i).replace('doc-', 'moved-'));
        if (j % 10 === 0) void index.definitionOf(results[0].entities[0].key);
      }
    }
    const keys = new Set(results.flatMap((r) => r.entities.map((e) => e.key)));
    assert.deepStrictEqual(snapshot(shuffled, keys), snapshot(inOrder, keys));
  });
});
