// What the watchers and the editors changed during a full index, by document and by folder: a folder
// deleted or renamed while a start loads the cache takes along the documents the start had listed but
// not put in yet, which must not come back from the cache as documents whose files are gone.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { DiskOutcomes, loadFromCache, readIndexCache, stampFiles, statStamp, writeIndexCache, writeIndexCacheSync } from '../../../src/core/corpus/indexCache';
import { folderPrefix, Touched } from '../../../src/core/corpus/touched';
import { lineStarts } from '../../../src/core/text/lines';

describe('what changed during a full index (Touched)', () => {
  it('holds documents one by one and folders with everything under them, not their namesakes', () => {
    const t = new Touched();
    assert.ok(t.noDocuments);
    t.add('file:///c/a.txt').addFolder('file:///c/sub/');
    assert.ok(!t.noDocuments);
    assert.ok(t.has('file:///c/a.txt'));
    assert.ok(t.has('file:///c/sub/x.txt') && t.has('file:///c/sub/deep/y.txt'), 'under the folder, at any depth');
    assert.ok(!t.has('file:///c/sub2/x.txt') && !t.has('file:///c/b.txt'), 'a folder whose name begins the same is another');
    assert.ok(!t.has('file:///c/sub'), 'the folder itself is a document only when added as one');
    assert.deepStrictEqual([...t.documents()], ['file:///c/a.txt']);
    assert.strictEqual(folderPrefix('file:///c/sub'), folderPrefix('file:///c/sub//'));
    const folderOnly = new Touched().addFolder('file:///c/sub');
    assert.ok(folderOnly.noDocuments && folderOnly.has('file:///c/sub/x.txt'), 'a folder counts for has(), not as a document');
  });

  describe('a folder renamed while a start loads the cache', () => {
    let dir: string;
    const CODE = '05-CT/TW';
    const files: { key: string; path: string }[] = [];

    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-touched-'));
      fs.mkdirSync(path.join(dir, 'sub'));
      for (let i = 0; i < 40; i++) {
        const p = path.join(dir, i < 20 ? 'sub' : '', `d${String(i).padStart(2, '0')}.txt`);
        fs.writeFileSync(p, `Thực hiện Quy định số ${i + 1}-QĐ/TW ngày 3/2/2019 của Ban Bí thư; Chỉ thị số ${CODE} ngày 15/5/2016 của Bộ Chính trị.\n`);
        files.push({ key: 'file://' + p, path: p });
      }
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** The cache a previous session wrote, with or without the postings. */
    async function writeCache(file: string, postings: boolean): Promise<void> {
      const index = new CorpusIndex();
      const outcomes = new DiskOutcomes();
      for (const f of files) {
        const text = fs.readFileSync(f.path, 'utf8');
        const doc = index.set(f.key, text);
        outcomes.record(f.key, f.path, statStamp(f.path)!, { entities: doc.entities, info: doc.info, warnings: doc.warnings }, null, lineStarts(text));
      }
      if (postings) await writeIndexCache(file, 'fp', outcomes.snapshot(), { index });
      else writeIndexCacheSync(file, 'fp', outcomes.snapshot());
    }

    /**
     * A start from the cache, as the extension does it: `accept` refuses what was touched; at the load's
     * pause number `at` the folder "sub" is renamed "moved", and the extension hears of it as the editor
     * tells it (the old folder deleted, the new one created: its files read from disk). Returns the index.
     */
    async function startWithRename(file: string, at: number): Promise<{ index: CorpusIndex; renamed: boolean }> {
      const from = path.join(dir, 'sub');
      const to = path.join(dir, 'moved');
      const stamped = stampFiles(files).stamped;
      const read = await readIndexCache(file, 'fp');
      assert.strictEqual(read.status, 'ok');
      const index = new CorpusIndex();
      const touched = new Touched();
      let pauses = 0;
      let renamed = false;
      await loadFromCache(index, (read as { cache: Parameters<typeof loadFromCache>[1] }).cache, stamped, {
        accept: (key) => !touched.has(key),
        sliceMs: 0,
        pause: async () => {
          if (++pauses !== at) return;
          fs.renameSync(from, to);
          renamed = true;
          // deletedTree: the folder and what the index holds under it.
          const oldKey = 'file://' + from;
          touched.add(oldKey).addFolder(oldKey);
          index.deleteAll([...index.documents()].map((d) => d.uri).filter((u) => u.startsWith(folderPrefix(oldKey))));
          // createdTree: the files under the new name, read from disk.
          for (const name of fs.readdirSync(to)) {
            const key = 'file://' + path.join(to, name);
            touched.add(key);
            index.set(key, fs.readFileSync(path.join(to, name), 'utf8'));
          }
        },
      });
      if (renamed) fs.renameSync(to, from);
      return { index, renamed };
    }

    for (const postings of [true, false]) {
      it(`${postings ? 'with' : 'without'} the postings: no document of the old folder comes back, none is counted twice`, async () => {
        const file = path.join(dir, `cache-${postings}.bin`);
        await writeCache(file, postings);
        const fresh = new CorpusIndex();
        for (const f of files) fresh.set(f.key, fs.readFileSync(f.path, 'utf8'));
        const key = fresh.get(files[30].key)!.entities.find((e) => e.text.includes(CODE))!.key;
        assert.strictEqual(fresh.mentionCount(key), 40);
        let renames = 0;
        for (let at = 1; ; at++) {
          const { index, renamed } = await startWithRename(file, at);
          if (!renamed) break;
          renames++;
          const uris = [...index.documents()].map((d) => d.uri);
          assert.deepStrictEqual(uris.filter((u) => u.includes('/sub/')), [], `at pause ${at}: nothing under the renamed folder's old name`);
          assert.strictEqual(uris.filter((u) => u.includes('/moved/')).length, 20, `at pause ${at}: its files under the new name`);
          assert.strictEqual(index.documentCount, 40, `at pause ${at}`);
          assert.strictEqual(index.mentionCount(key), 40, `at pause ${at}: each citation once`);
        }
        assert.ok(renames >= 3, `the load paused where the folder could be renamed (${renames} times)`);
      });
    }
  });
});
