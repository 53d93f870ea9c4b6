import * as assert from 'assert';
import { describeProblem, parseCatalogFile } from '../../../src/core/corpus/catalogFile';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { readSeed, seedFiles } from '../../paths';

const YAML = `# Known documents of this corpus
documents:
  - code: 05-CT/TW
    type: Chỉ thị
    title: Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
    date: 2016-05-15
    issuer: Bộ Chính trị
    link: https://example.org/05-ct-tw
  - title: no code here
  - code: 1968-QĐ/TU
    date: 2019-05-21
`;

describe('workspace catalogue file', () => {
  it('reads entries with their lines and notes what it skips', () => {
    const r = parseCatalogFile('file:///w/vankien.catalog.yaml', YAML);
    assert.deepStrictEqual(r.entries.map((e) => [e.code, e.date, e.location?.line]), [['05-CT/TW', '2016-05-15', 2], ['1968-QĐ/TU', '2019-05-21', 9]]);
    assert.deepStrictEqual(r.warnings.map(describeProblem), ['line 9: entry without a recognisable code or alias skipped']);
    assert.deepStrictEqual(r.warnings.map((w) => [w.line, w.kind]), [[8, 'no-code']]);
  });

  it('ignores a date that is not one, and says where', () => {
    const r = parseCatalogFile('x', 'documents:\n  - code: 05-CT/TW\n    date: 2016-13-45\n  - code: 02-NQ/TW\n    date: 2021-02-29\n  - code: 37-QĐ/TW\n    date: 2021-10\n  - code: 12-NQ/TW\n    date: 2012-01-16\n');
    assert.deepStrictEqual(r.entries.map((e) => [e.code, e.date]), [['05-CT/TW', null], ['02-NQ/TW', null], ['37-QĐ/TW', '2021-10'], ['12-NQ/TW', '2012-01-16']]);
    assert.deepStrictEqual(r.warnings.map((w) => [w.line, w.kind, w.detail]), [[1, 'not-a-date', '2016-13-45'], [3, 'not-a-date', '2021-02-29']]);
  });

  it('reads an alias as the name a text gives the document, and answers for its mentions', () => {
    const yaml = [
      'documents:',
      '  - code: 08-NQ/TU',
      '    type: Nghị quyết',
      '    title: Về phát triển du lịch',
      '    date: 2022-07-20',
      '    aliases:',
      '      - Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX',
      '      - NQ:HN7:ĐB:tỉnh',
      '      - du lịch là ngành kinh tế mũi nhọn',
      '',
    ].join('\n');
    const r = parseCatalogFile('cat.yaml', yaml);
    assert.deepStrictEqual(r.entries.map((e) => [e.key, e.aliases]), [['08-NQ/TU', ['NQ:HN7:ĐB:tỉnh:XX', 'NQ:HN7:ĐB:tỉnh']]]);
    assert.deepStrictEqual(r.warnings.map((w) => [w.line, w.kind, w.detail]), [[1, 'not-a-name', 'du lịch là ngành kinh tế mũi nhọn']]);
    // The index asks by the key its mentions get: "Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)" names the entry.
    const index = new CorpusIndex({ catalog: (key) => r.entries.filter((e) => e.key === key || e.aliases.includes(key)) });
    index.set('a.txt', 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX) về phát triển du lịch.\n');
    const def = index.definitionOf('NQ:HN7:ĐB:tỉnh:XX');
    assert.ok(def && def.kind === 'catalog' && def.entry.code === '08-NQ/TU' && def.entry.location?.line === 1, JSON.stringify(def));
    assert.strictEqual(index.labelOf('NQ:HN7:ĐB:tỉnh:XX'), 'Nghị quyết 08-NQ/TU');
    // The code and the name are one document: its mentions under both, and their counts, go together.
    index.set('b.txt', 'Thực hiện Nghị quyết số 08-NQ/TU ngày 20/7/2022 của Tỉnh ủy.\n');
    assert.deepStrictEqual(index.keysOfSameDocument('NQ:HN7:ĐB:tỉnh:XX'), ['NQ:HN7:ĐB:tỉnh:XX', '08-NQ/TU']);
    assert.deepStrictEqual(index.keysOfSameDocument('08-NQ/TU'), ['08-NQ/TU', 'NQ:HN7:ĐB:tỉnh:XX']);
    const same = index.keysOfSameDocument('08-NQ/TU');
    assert.deepStrictEqual(index.referencesOfAny(same).map((m) => m.uri), ['a.txt', 'b.txt']);
    assert.deepStrictEqual([index.mentionCountOfAny(same), index.citingDocumentsOfAny(same)], [2, ['a.txt', 'b.txt']]);
    assert.deepStrictEqual(index.firstMentionsByDocumentOfAny(same, 1).map((m) => m.uri), ['a.txt']);
    // A key the catalogue ties to nothing else stands alone.
    assert.deepStrictEqual(index.keysOfSameDocument('NQ:HN8:ĐB:tỉnh'), ['NQ:HN8:ĐB:tỉnh']);
  });

  it('joins a code and its names the same way from every key, and joins nothing when entries disagree', () => {
    const lookupOf = (entries: ReturnType<typeof parseCatalogFile>['entries']) => (key: string) => entries.filter((e) => e.key === key || e.aliases.includes(key));
    const texts: [string, string][] = [
      ['a.txt', 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX).\n'],
      ['b.txt', 'Thực hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy và Nghị quyết Hội nghị Tỉnh ủy lần thứ 8 (khóa XX).\n'],
      ['c.txt', 'Thực hiện Nghị quyết số 15-NQ/TU của Tỉnh ủy.\n'],
    ];
    const indexWith = (yaml: string) => {
      const index = new CorpusIndex({ catalog: lookupOf(parseCatalogFile('cat.yaml', yaml).entries) });
      for (const [uri, text] of texts) index.set(uri, text);
      return index;
    };
    // Two entries of one code, each with a name: one group, whichever key is asked.
    const two = indexWith('- code: 08-NQ/TU\n  aliases: [Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX]\n- code: 08-NQ/TU\n  aliases: [Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XX]\n');
    const group = ['08-NQ/TU', 'NQ:HN7:ĐB:tỉnh:XX', 'NQ:HN8:ĐB:tỉnh:XX'];
    for (const k of group) assert.deepStrictEqual([...two.keysOfSameDocument(k)].sort(), [...group].sort(), k);
    // One name given two codes (two provinces' catalogues): a slip that joins no two documents.
    const clash = indexWith('- code: 08-NQ/TU\n  aliases: [Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX]\n- code: 15-NQ/TU\n  aliases: [Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX]\n');
    for (const k of ['NQ:HN7:ĐB:tỉnh:XX', '08-NQ/TU', '15-NQ/TU']) assert.deepStrictEqual(clash.keysOfSameDocument(k), [k]);
  });

  it('joins a plenum written with its place and without it when an entry names both', () => {
    const r = parseCatalogFile('cat.yaml', '- code: 08-NQ/TU\n  aliases:\n    - Nghị quyết Hội nghị lần thứ 7 Tỉnh ủy Nghệ An\n    - Nghị quyết Hội nghị Tỉnh ủy lần thứ 7\n');
    const index = new CorpusIndex({ catalog: (key) => r.entries.filter((e) => e.key === key || e.aliases.includes(key)) });
    index.set('a.txt', 'Quán triệt Nghị quyết Hội nghị lần thứ 7 Tỉnh ủy Nghệ An về du lịch.\n');
    index.set('b.txt', 'Sơ kết Nghị quyết Hội nghị Tỉnh ủy lần thứ 7.\n');
    assert.deepStrictEqual(index.referencesOfAny(index.keysOfSameDocument('NQ:HN7:ĐB:tỉnh')).map((m) => m.uri), ['a.txt', 'b.txt']);
  });

  it('takes a code alias as the entry\'s own code where the entry writes none or the same one loosely', () => {
    for (const yaml of ['- code: số 08-NQ/TU\n  aliases: [Nghị quyết số 08-NQ/TU]\n', '- title: Nghị quyết về du lịch\n  aliases: [Nghị quyết số 08-NQ/TU]\n']) {
      const r = parseCatalogFile('cat.yaml', yaml);
      assert.deepStrictEqual([r.entries.map((e) => e.key), r.warnings], [['08-NQ/TU'], []], yaml);
    }
  });

  it('joins a coded entry with an entry keyed by a name that agrees with it', () => {
    const r = parseCatalogFile('cat.yaml', '- code: 08-NQ/TU\n  aliases: [Nghị quyết Hội nghị Tỉnh ủy lần thứ 7]\n- title: Về du lịch\n  aliases: [Nghị quyết Hội nghị Tỉnh ủy lần thứ 7, Nghị quyết Hội nghị Tỉnh ủy lần thứ 9]\n');
    const index = new CorpusIndex({ catalog: (key) => r.entries.filter((e) => e.key === key || e.aliases.includes(key)) });
    index.set('a.txt', 'Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 và Nghị quyết Hội nghị Tỉnh ủy lần thứ 9; Nghị quyết số 08-NQ/TU.\n');
    assert.deepStrictEqual([...index.keysOfSameDocument('08-NQ/TU')].sort(), ['08-NQ/TU', 'NQ:HN7:ĐB:tỉnh', 'NQ:HN9:ĐB:tỉnh']);
  });

  it('ignores, and says so, an alias that names a document by its code', () => {
    const r = parseCatalogFile('cat.yaml', 'documents:\n  - code: 08-NQ/TU\n    aliases:\n      - Nghị quyết số 09-NQ/TU\n      - Nghị quyết Trung ương 4 khóa XII\n      - Nghị quyết số 08-NQ/TU\n');
    assert.deepStrictEqual(r.entries.map((e) => e.aliases), [[]]);
    assert.deepStrictEqual(r.warnings.map((w) => [w.kind, w.detail]), [['alias-is-a-code', 'Nghị quyết số 09-NQ/TU'], ['alias-is-a-code', 'Nghị quyết Trung ương 4 khóa XII']]);
  });

  it('keeps an entry named by an alias alone under that name\'s key', () => {
    const r = parseCatalogFile('cat.yaml', 'documents:\n  - title: Nghị quyết về du lịch\n    aliases: [Nghị quyết Hội nghị Thành ủy lần thứ 5]\n');
    assert.deepStrictEqual(r.entries.map((e) => [e.key, e.code, e.aliases]), [['NQ:HN5:ĐB:thành phố', null, []]]);
  });

  it('becomes the definition of a cited code when no corpus document is that document', () => {
    const entries = parseCatalogFile('cat.yaml', YAML).entries;
    const index = new CorpusIndex({ catalog: (key) => entries.filter((e) => e.key === key) });
    for (const f of seedFiles()) index.set(f, readSeed(f));
    assert.ok(index.referencesOf('05-CT/TW').length > 0);
    const def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'catalog' && def.entry.location?.line === 2, JSON.stringify(def));
  });

  it('survives a broken file', () => {
    const r = parseCatalogFile('x', 'documents: [\n  - code: 05-CT/TW\n');
    assert.deepStrictEqual(r.entries, []);
    assert.ok(r.warnings.length > 0);
    assert.deepStrictEqual(parseCatalogFile('x', '').entries, []);
  });
});
