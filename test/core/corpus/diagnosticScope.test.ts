// Which documents a change sends back to the diagnostics: the changed one, and those citing a code
// whose conflict state may have changed; never every document sharing a date or a body with it.
import * as assert from 'assert';
import fc from 'fast-check';
import { CorpusIndex, IndexChange } from '../../../src/core/corpus/corpusIndex';
import { conflictReport, DiagnosticQueue, DiagnosticScope, findingsIn, MAX_RELATED, SlicedDiagnosis } from '../../../src/core/corpus/diagnosticScope';

const cite = (date: string) => `Ngày 20/3/2024, Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết số 12-NQ/TW ngày ${date} của Bộ Chính trị.`;

describe('DiagnosticScope', () => {
  function setup() {
    const index = new CorpusIndex();
    const changes: IndexChange[] = [];
    index.onDidChange((c) => changes.push(c));
    index.set('a', cite('16/01/2012'));
    index.set('b', cite('16/01/2012'));
    index.set('c', 'Ngày 20/3/2024, Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ.');
    return { index, changes };
  }

  it('a citation seen for the first time, or with a conflict, sends every document citing it', () => {
    const { index, changes } = setup();
    const scope = new DiagnosticScope();
    const into = new Set<string>();
    assert.strictEqual(scope.collect(index, changes[0], into), false);
    assert.deepStrictEqual([...into].sort(), ['a', 'b'], 'unknown conflict state: both citing documents');
    changes.length = 0;
    into.clear();
    index.set('a', cite('16/01/2012') + ' ');
    scope.collect(index, changes[0], into);
    assert.deepStrictEqual([...into], ['a'], 'no conflict before or after: only the changed document');
    changes.length = 0;
    into.clear();
    index.set('a', cite('30/7/2012'));
    assert.ok(index.conflictsOf('12-NQ/TW').length > 0, 'two dates for one code: a conflict');
    scope.collect(index, changes[0], into);
    assert.deepStrictEqual([...into].sort(), ['a', 'b'], 'a new conflict shows in the other citing document too');
  });

  it('with a conflict, an edit that keeps its values sends only the edited document; one that changes them, all', () => {
    const { index, changes } = setup();
    index.set('d', cite('30/7/2012'));
    const scope = new DiagnosticScope();
    const into = new Set<string>();
    for (const c of changes) scope.collect(index, c, into);
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW').map((c) => [c.kind, c.values]), [['dates', ['2012-01-16', '2012-07-30']]]);
    const send = (uri: string, text: string) => {
      changes.length = 0;
      into.clear();
      index.set(uri, text);
      for (const c of changes) scope.collect(index, c, into);
      return [...into].sort();
    };
    // Typing in a document that cites the conflicted code: the others' diagnostics cannot change.
    assert.deepStrictEqual(send('a', cite('16/01/2012') + ' Toàn văn.'), ['a']);
    assert.deepStrictEqual(send('d', cite('30/7/2012') + ' Toàn văn.'), ['d']);
    // A third date: every citing document's message names it.
    assert.deepStrictEqual(send('b', cite('1/8/2012')), ['a', 'b', 'd']);
    // The dates agree again: the others' warnings go.
    assert.deepStrictEqual(send('b', cite('16/01/2012')), ['a', 'b', 'd']);
    assert.deepStrictEqual(send('d', cite('16/01/2012')), ['a', 'b', 'd']);
    assert.deepStrictEqual(index.conflictsOf('12-NQ/TW'), []);
  });

  it('conflictReport: each mention of a document with the mentions elsewhere that disagree with it', () => {
    const { index } = setup();
    index.set('d', cite('30/7/2012'));
    const [dates] = index.conflictsOf('12-NQ/TW');
    const report = (uri: string) => conflictReport(index, dates, uri).map((f) => [f.value, f.others.map((o) => `${o.mention.uri} ${o.value}`)]);
    assert.deepStrictEqual(report('a'), [['2012-01-16', ['d 2012-07-30']]]);
    assert.deepStrictEqual(report('d'), [['2012-07-30', ['a 2012-01-16', 'b 2012-01-16']]]);
    assert.deepStrictEqual(report('c'), [], 'a document not citing the code');
    // Issuers agree as the conflict counts them: one spelling of a body within another is no disagreement.
    index.set('e', 'Nghị quyết số 05-NQ/TW ngày 1/2/2020 của Ban Bí thư. Nghị quyết số 05-NQ/TW ngày 1/2/2020 của Ban Bí thư Trung ương Đảng.');
    index.set('f', 'Nghị quyết số 05-NQ/TW ngày 1/2/2020 của Bộ Chính trị.');
    const issuers = index.conflictsOf('05-NQ/TW').find((c) => c.kind === 'issuers')!;
    assert.deepStrictEqual(conflictReport(index, issuers, 'e').map((f) => f.others.map((o) => o.value)), [['Bộ Chính trị'], ['Bộ Chính trị']]);
    assert.deepStrictEqual(conflictReport(index, issuers, 'f').map((f) => f.others.length), [2]);
  });

  it(`conflictReport names at most ${MAX_RELATED} others, and every mention of a code cited in two terms`, () => {
    const index = new CorpusIndex();
    for (let i = 0; i < 30; i++) index.set(`x${String(i).padStart(2, '0')}`, cite('16/01/2012'));
    index.set('y', cite('16/3/2022'));
    const terms = index.conflictsOf('12-NQ/TW').find((c) => c.kind === 'terms')!;
    assert.ok(terms, 'the code names two documents');
    const mine = conflictReport(index, terms, 'y');
    assert.strictEqual(mine.length, 1);
    assert.strictEqual(mine[0].others.length, MAX_RELATED);
    assert.deepStrictEqual(conflictReport(index, terms, 'x05').map((f) => f.others.map((o) => o.mention.uri)), [['y']]);
  });

  it('a shared date or body does not send the other documents; a change naming no document sends all', () => {
    const { index, changes } = setup();
    const scope = new DiagnosticScope();
    const into = new Set<string>();
    for (const c of changes) scope.collect(index, c, into);
    into.clear();
    changes.length = 0;
    index.set('c', 'Ngày 20/3/2024, Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ và thi đua.');
    assert.ok(index.citingDocuments(index.get('c')!.entities[0].key).length > 1, 'c shares its date with a and b');
    scope.collect(index, changes[0], into);
    assert.deepStrictEqual([...into], ['c']);
    changes.length = 0;
    index.setCatalog(() => []);
    assert.strictEqual(scope.collect(index, changes[0], into), true);
  });

  it('findingsIn gives what a document reports, of the kinds asked for', () => {
    const { index } = setup();
    index.set('d', 'Tiêu đề\n\nThứ Ba, 18/10/2021 08:43\n\nThực hiện Nghị quyết số 12-NQ/TW ngày 30/7/2012 và Quy định số 37-Q\u00d0/TW.');
    const all = findingsIn(index, 'd', { conflicts: true, weekdays: true, lookalikes: true });
    assert.deepStrictEqual(all.conflicts.map((c) => [c.key, c.kind]), [['12-NQ/TW', 'dates']]);
    assert.deepStrictEqual(all.weekdays.map((e) => [e.weekday, e.iso]), [['Thứ Ba', '2021-10-18']]);
    assert.deepStrictEqual(all.lookalikes.map((l) => l.fixed), ['37-QĐ/TW']);
    assert.deepStrictEqual(findingsIn(index, 'd', { conflicts: false, weekdays: false, lookalikes: false }), { conflicts: [], weekdays: [], lookalikes: [] });
    assert.deepStrictEqual(findingsIn(index, 'c', { conflicts: true, weekdays: true, lookalikes: true }), { conflicts: [], weekdays: [], lookalikes: [] }, 'nothing to report');
  });

  it('DiagnosticQueue: everything at first; after a bulk index, its documents once, not the whole corpus again', () => {
    const index = new CorpusIndex();
    const queue = new DiagnosticQueue(index);
    index.onDidChange((c) => queue.add(c));
    index.set('old', cite('16/01/2012'));
    assert.deepStrictEqual(queue.take(), { all: true, uris: ['old'] }, 'the first pass covers every document');
    assert.deepStrictEqual(queue.take(), { all: false, uris: [] });
    // A bulk index of 3,000 documents, announced as the parallel index and the cache load do.
    const hold = index.hold();
    for (let i = 0; i < 3000; i++) index.set(`n${String(i).padStart(4, '0')}`, i % 2 ? cite('16/01/2012') : 'Ngày 20/3/2024, Đảng ủy họp.');
    hold.flush();
    const first = queue.take();
    assert.strictEqual(first.all, false, 'thousands of new documents do not make it a pass over all');
    assert.deepStrictEqual(first.uris.sort(), Array.from({ length: 3000 }, (_, i) => `n${String(i).padStart(4, '0')}`), 'the new documents (the one there before cites the code with the same date: nothing changes for it)');
    for (let i = 3000; i < 3100; i++) index.set(`n${i}`, 'Ngày 21/3/2024, Đảng ủy họp.');
    hold.release();
    assert.deepStrictEqual(queue.take().uris.sort(), Array.from({ length: 100 }, (_, i) => `n${3000 + i}`).sort(), 'the second announcement: only what came since');
    queue.addAll();
    assert.deepStrictEqual(queue.take().all, true);
    index.setCatalog(() => []);
    const afterCatalog = queue.take();
    assert.strictEqual(afterCatalog.all, true, 'a new catalogue: every document');
    assert.strictEqual(afterCatalog.uris.length, 3101);
  });

  it('SlicedDiagnosis: what the queue holds, a slice at a time, the rest at the next turns of the event loop', async () => {
    const index = new CorpusIndex();
    const queue = new DiagnosticQueue(index);
    index.onDidChange((c) => queue.add(c));
    for (let i = 0; i < 5; i++) index.set(`d${i}`, cite('16/01/2012'));
    const seen: string[] = [];
    let alls = 0;
    const turn = () => new Promise((r) => setImmediate(r));
    // No time for a slice: one document a turn.
    const sliced = new SlicedDiagnosis(queue, (u) => seen.push(u), () => alls++, 0);
    sliced.run();
    assert.strictEqual(alls, 1, 'the first pass asks for all');
    assert.deepStrictEqual(seen, ['d0'], 'one document now');
    assert.strictEqual(sliced.pending, 4);
    await turn();
    assert.deepStrictEqual(seen, ['d0', 'd1']);
    // A change meanwhile: its documents join those waiting, each diagnosed once.
    index.set('d3', cite('30/7/2012'));
    sliced.run();
    while (sliced.pending > 0) await turn();
    assert.deepStrictEqual(seen.slice(2).sort(), ['d0', 'd1', 'd2', 'd3', 'd4'], 'the conflict sends every citing document again; those still waiting are diagnosed once');
    // A pass over all drops what waits and starts again; dispose stops.
    seen.length = 0;
    queue.addAll();
    sliced.run();
    assert.strictEqual(alls, 2);
    sliced.dispose();
    await turn();
    assert.deepStrictEqual(seen, ['d0'], 'nothing after dispose');
    // With time enough, everything goes at once.
    queue.addAll();
    const whole: string[] = [];
    new SlicedDiagnosis(queue, (u) => whole.push(u), undefined, 1000).run();
    assert.strictEqual(whole.length, 5);
    // A document whose diagnosis throws leaves the others their turn.
    queue.addAll();
    const after: string[] = [];
    const failing = new SlicedDiagnosis(queue, (u) => {
      after.push(u);
      if (u === 'd0') throw new Error('cannot diagnose d0');
    }, undefined, 1000);
    assert.throws(() => failing.run(), /cannot diagnose d0/);
    while (failing.pending > 0) await turn();
    assert.deepStrictEqual(after.sort(), ['d0', 'd1', 'd2', 'd3', 'd4'], 'each once, d0 included');
  });
});

describe('diagnostics kept up to date through the queue', () => {
  // What a document's conflict diagnostics say: each reported mention, the message's values and issuers,
  // and the related places with their values.
  const report = (index: CorpusIndex, uri: string): string[] =>
    findingsIn(index, uri, { conflicts: true, weekdays: false, lookalikes: false }).conflicts.flatMap((c) =>
      conflictReport(index, c, uri).map((f) =>
        [c.kind, c.scope, c.values.join(','), f.issuers.join(';'), f.mention.entity.start, f.value, f.others.map((o) => `${o.mention.uri}#${o.mention.entity.start}=${o.value}`).join(' ')].join('|')));

  const SENTENCES = [
    'Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương.',
    'Nghị quyết số 12-NQ/TW ngày 20/01/2012 của Bộ Chính trị.',
    'Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị.',
    'Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Bí thư.',
    'Nghị quyết số 12-NQ/TW của Bộ Chính Trị.',
    'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
    'Chỉ thị số 05-CT/TW ngày 16/5/2016 của Bộ Chính trị.',
    'Tỉnh ủy họp.',
  ];

  it('shows after any sequence of edits, renames and deletions what diagnosing every document afresh shows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('set' as const), doc: fc.nat(5), pad: fc.nat(3), picks: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 3 }) }),
            fc.record({ op: fc.constant('delete' as const), doc: fc.nat(5) }),
            fc.record({ op: fc.constant('rename' as const), doc: fc.nat(5), to: fc.nat(5) }),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        (steps) => {
          const index = new CorpusIndex();
          const queue = new DiagnosticQueue(index);
          index.onDidChange((c) => queue.add(c));
          const shown = new Map<string, string[]>();
          const flush = () => {
            const { all, uris } = queue.take();
            if (all) shown.clear();
            for (const uri of uris) {
              const r = index.has(uri) ? report(index, uri) : [];
              if (r.length) shown.set(uri, r);
              else shown.delete(uri);
            }
          };
          flush();
          for (const s of steps) {
            const uri = `d${s.doc}`;
            if (s.op === 'set') index.set(uri, 'Hôm nay, '.repeat(s.pad) + s.picks.map((i) => SENTENCES[i]).join(' '));
            else if (s.op === 'delete') index.delete(uri);
            else if (s.doc !== s.to) index.rename(uri, `d${s.to}`);
            flush();
            const fresh = new Map<string, string[]>();
            for (const d of index.documents()) {
              const r = report(index, d.uri);
              if (r.length) fresh.set(d.uri, r);
            }
            assert.deepStrictEqual(new Map([...shown].sort()), new Map([...fresh].sort()));
          }
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
