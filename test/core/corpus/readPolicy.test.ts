import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { BINARY_SKIPPED, decodeForIndex, readFileForIndex, truncateAsOnDisk, truncateToBytes, UTF16_WITHOUT_BOM_SKIPPED } from '../../../src/core/corpus/readPolicy';
import { readSeed, seedFiles, seedsDir } from '../../paths';

describe('file-read policy', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-read-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a seed unchanged', () => {
    const f = seedFiles()[0];
    const r = readFileForIndex(path.join(seedsDir, f), 5120 * 1024);
    assert.deepStrictEqual(r, { text: readSeed(f), truncated: false, warnings: [] });
  });

  it('decodes UTF-16LE and UTF-16BE text with a byte-order mark instead of skipping it as binary', () => {
    const text = 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị 𠀧.\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    assert.deepStrictEqual(decodeForIndex(le, 1024), { text, truncated: false, warnings: [] });
    assert.deepStrictEqual(decodeForIndex(be, 1024), { text, truncated: false, warnings: [] });
  });

  it('truncates UTF-16 text on a character boundary, never half a surrogate pair', () => {
    const text = 'ab𠀧cd';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    // BOM, a, b: 6 bytes; 𠀧 is a surrogate pair of 4 bytes (6..10): cuts at 8 and 9 fall inside it.
    for (const limit of [8, 9]) {
      const r = decodeForIndex(le, limit);
      assert.deepStrictEqual([r.text, r.truncated, r.warnings.length], ['ab', true, 1], String(limit));
    }
    assert.strictEqual(decodeForIndex(le, 7).text, 'ab');
    assert.strictEqual(decodeForIndex(le, 10).text, 'ab𠀧');
    assert.strictEqual(decodeForIndex(le, 12).text, 'ab𠀧c');
  });

  it('cuts an editor\'s text where the same text read from disk as UTF-8 is cut', () => {
    const seed = readSeed(seedFiles()[0]);
    for (const max of [0, 1, 2, 3, 100, 1001, 1002, 1003, 4096]) {
      const disk = decodeForIndex(Buffer.from(seed, 'utf8'), max);
      const cut = truncateToBytes(seed, max);
      assert.strictEqual(cut.text, disk.text, `at ${max} bytes`);
      assert.strictEqual(cut.truncated, disk.truncated);
    }
    // Characters of one to four bytes, cut anywhere: a surrogate pair is never split.
    const chars = fc.constantFrom('a', ' ', '\n', 'đ', 'ệ', 'ủ', '—', '\u0301', '😀', '𝐀');
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(200), (parts, max) => {
      const text = parts.join('');
      const cut = truncateToBytes(text, max);
      const disk = decodeForIndex(Buffer.from(text, 'utf8'), max, Buffer.byteLength(text));
      assert.strictEqual(cut.text, disk.text);
      assert.strictEqual(cut.truncated, disk.truncated);
    }), { numRuns: 500 });
  });

  it('cuts an editor\'s text as its file is cut, whatever the file\'s encoding (UTF-8, with a byte-order mark, UTF-16)', () => {
    const utf16le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
    const utf16be = (t: string) => Buffer.from(utf16le(t).swap16());
    const utf8bom = (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]);
    const utf8 = (t: string) => Buffer.from(t, 'utf8');
    const chars = fc.constantFrom('a', ' ', '\n', 'đ', 'ệ', 'ủ', '—', '\u0301', '😀', '𝐀');
    for (const encode of [utf8, utf8bom, utf16le, utf16be]) {
      fc.assert(fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(200), (parts, max) => {
        const text = parts.join('');
        const bytes = encode(text);
        const disk = decodeForIndex(bytes, max);
        const open = truncateAsOnDisk(text, max, bytes.subarray(0, 3));
        assert.strictEqual(open.text, disk.text, `${encode.name}, ${max} bytes`);
        assert.strictEqual(open.truncated, disk.truncated);
      }), { numRuns: 300 });
    }
    // Without the file's first bytes, as UTF-8.
    assert.deepStrictEqual(truncateAsOnDisk('đệ', 3, null), truncateToBytes('đệ', 3));
  });

  it('tells UTF-16 text saved without its byte-order mark from other binary files (both skipped)', () => {
    const text = readSeed(seedFiles()[0]);
    const forms = { nfc: text.normalize('NFC'), nfd: text.normalize('NFD') };
    for (const [form, t] of Object.entries(forms)) {
      const le = Buffer.from(t, 'utf16le');
      const be = Buffer.from(le).swap16();
      for (const [order, bytes] of Object.entries({ le, be })) {
        const r = decodeForIndex(bytes, 5120 * 1024);
        assert.deepStrictEqual([r.text, r.warnings], [null, [UTF16_WITHOUT_BOM_SKIPPED]], `${form} ${order}`);
      }
    }
    // A zip, and a run of 16-bit numbers whose upper bytes are not mostly zero.
    const numbers = Buffer.alloc(4096);
    for (let i = 0; i < numbers.length; i += 2) numbers.writeUInt16LE((i * 2654435761) % 65536, i);
    numbers[100] = 0;
    for (const bytes of [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42, 0x00, 0x00, 0x43, 0x44, 0x45, 0x00]), numbers]) {
      assert.deepStrictEqual(decodeForIndex(bytes, 1024 * 1024).warnings, [BINARY_SKIPPED]);
    }
  });

  it('skips a binary file', () => {
    const r = decodeForIndex(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 1024);
    assert.strictEqual(r.text, null);
    assert.match(r.warnings[0], /binary/);
  });

  it('truncates a 50 MB file at the limit, on a character boundary, reading only the start', () => {
    const file = path.join(dir, 'big.txt');
    const line = 'Chỉ thị số 05-CT/TW của Bộ Chính trị. Đồng chí Nguyễn Mạnh Cường.\n';
    const chunk = Buffer.from(line.repeat(Math.ceil((1 << 20) / Buffer.byteLength(line))));
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const limit = 1000 * 1024 + 1; // lands inside a multi-byte letter somewhere
    const r = readFileForIndex(file, limit);
    assert.ok(r.truncated);
    assert.ok(r.text !== null && Buffer.byteLength(r.text) <= limit && Buffer.byteLength(r.text) > limit - 4);
    assert.ok(!r.text.includes('\ufffd'), 'no character cut in half');
    assert.ok(line.startsWith(r.text.slice(r.text.lastIndexOf('\n') + 1)));
    assert.match(r.warnings.join(), /truncated at 1000 KB/);
  });

  it('replaces invalid UTF-8 and says so', () => {
    const bytes = Buffer.concat([Buffer.from('Nghị quyết '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' 12-NQ/TW')]);
    const r = decodeForIndex(bytes, 1 << 20);
    assert.ok(r.text!.startsWith('Nghị quyết ') && r.text!.endsWith(' 12-NQ/TW') && r.text!.includes('\ufffd'));
    assert.match(r.warnings.join(), /invalid UTF-8/);
  });

  it('skips a FIFO without waiting for a writer, unless asked to read streams', function () {
    const fifo = path.join(dir, 'fifo.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    // In a process of its own: a read that waits on the FIFO would otherwise hang the whole run.
    const policy = path.join(__dirname, '..', '..', '..', 'src', 'core', 'corpus', 'readPolicy.js');
    const reader = path.join(dir, 'read.js');
    fs.writeFileSync(reader, `const [file, streams] = process.argv.slice(2);
process.stdout.write(JSON.stringify(require(${JSON.stringify(policy)}).readFileForIndex(file, 1024, { streams: streams === 'streams' })));`);
    const r = spawnSync(process.execPath, [reader, fifo], { encoding: 'utf8', timeout: 10_000 });
    assert.strictEqual(r.status, 0, `status ${r.status}, signal ${r.signal}: ${r.stderr}`);
    assert.deepStrictEqual(JSON.parse(r.stdout), { text: null, truncated: false, warnings: ['not a regular file: a named pipe (FIFO)'] });
    // With streams, what a writer sends is read to its end.
    const sh = `printf 'Chỉ thị số 05-CT/TW' > "$1" & "$2" "$3" "$1" streams; wait`;
    const w = spawnSync('sh', ['-c', sh, 'sh', fifo, process.execPath, reader], { encoding: 'utf8', timeout: 10_000 });
    assert.strictEqual(w.status, 0, w.stderr);
    assert.deepStrictEqual(JSON.parse(w.stdout), { text: 'Chỉ thị số 05-CT/TW', truncated: false, warnings: [] });
  });

  it('keeps a second byte-order mark as a character, as VS Code does: ranges on the first line agree with the editor\'s', () => {
    // What the editor holds for a file that starts with two marks: the first is the mark, the second a character.
    const text = '\ufeffChỉ thị số 05-CT/TW\n';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    assert.deepStrictEqual(decodeForIndex(bytes, 1024), { text, truncated: false, warnings: [] });
    for (const max of [3, 5, 6, 7, 12, 40]) assert.strictEqual(decodeForIndex(bytes, max).text, truncateAsOnDisk(text, max, bytes.subarray(0, 3)).text, String(max));
  });

  it('drops a byte-order mark and throws for a file that is gone', () => {
    assert.strictEqual(decodeForIndex(Buffer.from('\ufeffSố 05-CT/TW'), 100).text, 'Số 05-CT/TW');
    assert.throws(() => readFileForIndex(path.join(dir, 'vanished.txt'), 100), /ENOENT/);
  });
});
