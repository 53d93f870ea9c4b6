import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeForIndex, readFileForIndex } from '../../../src/core/corpus/readPolicy';
import { readSeed, seedFiles, seedsDir } from '../../paths';

describe('file-read policy', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-read-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a seed unchanged', () => {
    const f = seedFiles()[0];
    const r = readFileForIndex(path.join(seedsDir, f), 5120 * 1024);
    assert.deepStrictEqual(r, { text: readSeed(f), truncated: false, warnings: [] });
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

  it('drops a byte-order mark and throws for a file that is gone', () => {
    assert.strictEqual(decodeForIndex(Buffer.from('\ufeffSố 05-CT/TW'), 100).text, 'Số 05-CT/TW');
    assert.throws(() => readFileForIndex(path.join(dir, 'vanished.txt'), 100), /ENOENT/);
  });
});
