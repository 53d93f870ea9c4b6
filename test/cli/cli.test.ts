// The built command-line tool (dist/cli.js), run as a user would run it.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseCsv, parseJson, parseYaml } from '../../src/core/export';
import { repoRoot, seedFiles, seedsDir } from '../paths';
import { seedsExport } from '../core/export/seedsExport';
import { INVALID_UTF8_REPLACED, UTF16_WITHOUT_BOM_SKIPPED } from '../../src/core/corpus/readPolicy';

const cliPath = path.join(repoRoot, 'dist', 'cli.js');

function vankien(args: string[], cwd = repoRoot): { code: number | null; stdout: string; stderr: string } {
  // A tool that hangs (on a FIFO, say) is killed and fails the test rather than the whole run.
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vankien (command-line tool)', function () {
  // Each test starts the tool as a process of its own, some twice: on a loaded machine that takes
  // longer than mocha's 2 s.
  this.timeout(30_000);
  let tmp: string;
  before(() => {
    assert.ok(fs.existsSync(cliPath), `${cliPath} is missing: run "npm run build" first`);
  });
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-cli-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints help with exit 0', () => {
    const r = vankien(['--help']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /Usage: vankien export PATH\.\.\./);
    assert.match(r.stdout, /--force/);
    assert.match(r.stdout, /Exit status/);
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = vankien(['--version']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout.trim(), pkg.version);
  });

  for (const args of [[], ['frobnicate'], ['export'], ['export', 'seeds', '--format', 'xml'], ['export', 'seeds', '--force=no'], ['export', 'seeds', '--max-size-kb', '0x10'], ['export', 'seeds', '--max-size-kb', '1e3'], ['export', 'seeds', '--kinds', 'citation,planet'], ['export', 'seeds', '--bogus'], ['export', 'seeds', '--out'], ['export', 'seeds', '--kinds', ''], ['export', 'seeds', '--kinds', ','], ['export', 'seeds', '--csv-delimiter', 'tab']]) {
    it(`rejects "${args.join(' ')}" as a usage error (exit 1)`, () => {
      const r = vankien(args);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^vankien: /);
    });
  }

  it('answers --version and --help anywhere among the options, but not as an option\'s value or after "--"', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.deepStrictEqual([vankien(['export', 'seeds', '--version']).stdout, vankien(['export', 'seeds', '-v']).code], [`${pkg.version}\n`, 0]);
    assert.match(vankien(['export', 'seeds', '-h']).stdout, /^Usage: /);
    fs.writeFileSync(path.join(tmp, '-h'), 'Chỉ thị số 05-CT/TW của Bộ Chính trị.\n');
    fs.writeFileSync(path.join(tmp, '--version'), 'Nghị quyết số 12-NQ/TW.\n');
    const r = vankien(['export', '--format', 'json', '--kinds', 'citation', '--', '-h', '--version'], tmp);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(parseJson(r.stdout).tags.map((t) => [t.file, t.key]), [['--version', '12-NQ/TW'], ['-h', '05-CT/TW']]);
    // An option's value is not an option.
    const out = vankien(['export', 'seeds', '--out', '-h'], tmp);
    assert.strictEqual(out.code, 1);
    assert.match(out.stderr, /-h exists; use --force/);
  });

  it('takes --out - as standard output', () => {
    const r = vankien(['export', seedsDir, '--format', 'json', '--out', '-'], tmp);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(parseJson(r.stdout), seedsExport());
    assert.deepStrictEqual(fs.readdirSync(tmp), []);
  });

  it('says that the --out folder does not exist, before exporting anything (exit 1)', () => {
    const r = vankien(['export', 'seeds', '--out', path.join(tmp, 'missing', 'tags.json')]);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, `vankien: cannot write ${path.join(tmp, 'missing', 'tags.json')}: folder ${path.join(tmp, 'missing')} does not exist\n`);
    assert.deepStrictEqual(fs.readdirSync(tmp), []);
  });

  it('exports a folder to standard output as JSON, the same document the core builds', () => {
    const r = vankien(['export', 'seeds', '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    assert.deepStrictEqual(parseJson(r.stdout), seedsExport());
  });

  it('names files relative to the folder given, whatever the current directory', () => {
    const r = vankien(['export', seedsDir, '--format', 'yaml'], os.tmpdir());
    assert.strictEqual(r.code, 0, r.stderr);
    const doc = parseYaml(r.stdout);
    assert.deepStrictEqual(doc.files.map((f) => f.path), seedFiles().map((n) => `seeds/${n}`));
    const one = vankien(['export', path.join(seedsDir, seedFiles()[0]), '--format', 'json'], os.tmpdir());
    assert.deepStrictEqual(parseJson(one.stdout).files.map((f) => f.path), [seedFiles()[0]]);
  });

  it('keeps a backslash in a file name as part of the name on POSIX systems, not as a folder separator', function () {
    if (path.sep !== '/') this.skip();
    const corpus = path.join(tmp, 'corp');
    fs.mkdirSync(path.join(corpus, 'a'), { recursive: true });
    fs.writeFileSync(path.join(corpus, 'a\\b.txt'), 'Chỉ thị số 05-CT/TW của Bộ Chính trị.\n');
    fs.writeFileSync(path.join(corpus, 'a', 'b.txt'), 'Nghị quyết số 12-NQ/TW của Bộ Chính trị.\n');
    const r = vankien(['export', 'corp', '--format', 'json', '--kinds', 'citation'], tmp);
    assert.strictEqual(r.code, 0, r.stderr);
    const doc = parseJson(r.stdout);
    assert.deepStrictEqual(doc.files.map((f) => [f.path, f.tags]), [['corp/a/b.txt', 1], ['corp/a\\b.txt', 1]]);
    assert.deepStrictEqual(doc.tags.map((t) => [t.file, t.key]), [['corp/a/b.txt', '12-NQ/TW'], ['corp/a\\b.txt', '05-CT/TW']]);
  });

  it('exports YAML by default and CSV on request', () => {
    const yaml = vankien(['export', 'seeds']);
    assert.strictEqual(yaml.code, 0);
    assert.deepStrictEqual(parseYaml(yaml.stdout), seedsExport());
    const csv = vankien(['export', 'seeds', '--format=csv']);
    assert.strictEqual(csv.stdout.charCodeAt(0), 0xfeff);
    assert.deepStrictEqual(parseCsv(csv.stdout).tags, seedsExport().tags);
    // With ";" between fields, for spreadsheets whose decimal mark is ",".
    const semi = vankien(['export', 'seeds', '--format=csv', '--csv-delimiter', ';']);
    assert.strictEqual(semi.code, 0);
    assert.ok(semi.stdout.startsWith('\uFEFFkind;file;text;'), semi.stdout.slice(0, 40));
    assert.deepStrictEqual(parseCsv(semi.stdout).tags, seedsExport().tags);
  });

  it('filters kinds', () => {
    const r = vankien(['export', 'seeds', '-f', 'json', '--kinds', 'citation']);
    assert.deepStrictEqual(parseJson(r.stdout), seedsExport(['citation']));
  });

  it('writes --out atomically, with the format from its extension, and nothing on stdout', () => {
    const out = path.join(tmp, 'tags.csv');
    const r = vankien(['export', 'seeds', '--out', out]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.deepStrictEqual(parseCsv(fs.readFileSync(out, 'utf8')).tags, seedsExport().tags);
    assert.deepStrictEqual(fs.readdirSync(tmp), ['tags.csv']);
  });

  it('refuses to replace an existing --out without --force (exit 1), replaces it with --force', () => {
    const out = path.join(tmp, 'tags.json');
    fs.writeFileSync(out, 'precious');
    const refused = vankien(['export', 'seeds', '-o', out]);
    assert.strictEqual(refused.code, 1);
    assert.match(refused.stderr, /exists; use --force/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'precious');
    const forced = vankien(['export', 'seeds', '-o', out, '--force']);
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.deepStrictEqual(parseJson(fs.readFileSync(out, 'utf8')), seedsExport());
  });

  it('exports the readable files and names the unreadable ones (exit 2)', () => {
    const corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(path.join(corpus, 'sub'), { recursive: true });
    fs.mkdirSync(path.join(corpus, 'node_modules'));
    fs.copyFileSync(path.join(seedsDir, seedFiles()[0]), path.join(corpus, 'a.txt'));
    fs.copyFileSync(path.join(seedsDir, seedFiles()[1]), path.join(corpus, 'sub', 'b.vankien'));
    fs.copyFileSync(path.join(seedsDir, seedFiles()[2]), path.join(corpus, 'node_modules', 'skipped.txt'));
    fs.writeFileSync(path.join(corpus, 'notes.md'), 'not a corpus file 05-CT/TW');
    fs.symlinkSync(path.join(tmp, 'vanished.txt'), path.join(corpus, 'broken.txt'));
    fs.writeFileSync(path.join(corpus, 'scan.txt'), Buffer.from([0x4e, 0x51, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(corpus, 'latin1.txt'), Buffer.concat([Buffer.from('Chỉ thị số 05-CT/TW '), Buffer.from([0xe0, 0xff])]));
    const r = vankien(['export', corpus, path.join(tmp, 'missing.txt'), '--format', 'json'], tmp);
    assert.strictEqual(r.code, 2, r.stderr);
    const doc = parseJson(r.stdout);
    assert.deepStrictEqual(doc.files.map((f) => f.path), ['corpus/a.txt', 'corpus/latin1.txt', 'corpus/sub/b.vankien']);
    assert.deepStrictEqual(doc.errors.map((e) => e.path), ['corpus/broken.txt', 'corpus/scan.txt', 'missing.txt']);
    for (const e of doc.errors) assert.match(r.stderr, new RegExp(`cannot read ${e.path.replace(/[.]/g, '\\.')}: `));
    assert.match(r.stderr, /warning: corpus\/latin1\.txt: invalid UTF-8/);
    assert.deepStrictEqual(doc.files.find((f) => f.path === 'corpus/latin1.txt')?.warnings, [INVALID_UTF8_REPLACED]);
    const a = seedsExport().tags.filter((t) => t.file === `seeds/${seedFiles()[0]}`).map((t) => ({ ...t, file: 'corpus/a.txt' }));
    assert.deepStrictEqual(doc.tags.filter((t) => t.file === 'corpus/a.txt'), a);
  });

  it('reads "Unicode" text (UTF-16 with a byte-order mark) and UTF-8 with a BOM like plain UTF-8', () => {
    const corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    const text = fs.readFileSync(path.join(seedsDir, seedFiles()[0]), 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    fs.writeFileSync(path.join(corpus, 'le.txt'), le);
    fs.writeFileSync(path.join(corpus, 'be.txt'), be);
    fs.writeFileSync(path.join(corpus, 'bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const r = vankien(['export', corpus, '--format', 'json'], tmp);
    assert.strictEqual(r.code, 0, r.stderr);
    const doc = parseJson(r.stdout);
    assert.deepStrictEqual(doc.files.map((f) => f.path), ['corpus/be.txt', 'corpus/bom8.txt', 'corpus/le.txt']);
    const want = seedsExport().tags.filter((t) => t.file === `seeds/${seedFiles()[0]}`);
    assert.ok(want.length > 0);
    for (const name of ['be.txt', 'bom8.txt', 'le.txt']) {
      assert.deepStrictEqual(doc.tags.filter((t) => t.file === `corpus/${name}`), want.map((t) => ({ ...t, file: `corpus/${name}` })), name);
    }
  });

  it('reads a path named on the command line that is a pipe (`cat f | vankien export /dev/stdin`) to its end, cut at the size limit', function () {
    if (!fs.existsSync('/dev/stdin')) this.skip();
    const seed = path.join(seedsDir, seedFiles()[0]);
    // Through a shell's pipe, as a person runs it (spawnSync's own stdin is a socket, which /dev/stdin cannot reopen).
    const piped = (...args: string[]) => {
      const r = spawnSync('sh', ['-c', 'f=$1; shift; cat "$f" | "$@"', 'sh', seed, process.execPath, cliPath, 'export', '/dev/stdin', '--format', 'json', ...args],
        { encoding: 'utf8', timeout: 20_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const r = piped();
    assert.strictEqual(r.code, 0, r.stderr);
    const want = seedsExport().tags.filter((t) => t.file === `seeds/${seedFiles()[0]}`);
    assert.deepStrictEqual(parseJson(r.stdout).tags, want.map((t) => ({ ...t, file: 'stdin' })));
    const cut = piped('--max-size-kb', '1');
    assert.strictEqual(cut.code, 0, cut.stderr);
    assert.deepStrictEqual(parseJson(cut.stdout).files[0].warnings, ['input of more than 1 KB truncated at 1 KB']);
  });

  it('leaves out a FIFO, a socket or a device named like a document in a folder, and names it (exit 2)', function () {
    const corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    fs.copyFileSync(path.join(seedsDir, seedFiles()[0]), path.join(corpus, 'a.txt'));
    if (spawnSync('mkfifo', [path.join(corpus, 'fifo.txt')]).status !== 0) this.skip();
    const r = vankien(['export', corpus, '--format', 'json'], tmp);
    assert.strictEqual(r.code, 2, r.stderr);
    const doc = parseJson(r.stdout);
    assert.deepStrictEqual(doc.files.map((f) => f.path), ['corpus/a.txt']);
    assert.deepStrictEqual(doc.errors, [{ path: 'corpus/fifo.txt', message: 'not a regular file: a named pipe (FIFO)' }]);
  });

  it('writes --out even when some inputs are unreadable, still exiting 2', () => {
    const out = path.join(tmp, 'tags.yaml');
    const r = vankien(['export', 'seeds', path.join(tmp, 'nope'), '--out', out]);
    assert.strictEqual(r.code, 2);
    const doc = parseYaml(fs.readFileSync(out, 'utf8'));
    assert.strictEqual(doc.files.length, seedFiles().length);
    assert.strictEqual(doc.errors.length, 1);
    assert.match(doc.errors[0].message, /no such file/);
  });

  it('never exports over one of its inputs: a named input as --out is refused before anything is written (exit 1)', () => {
    const doc = path.join(tmp, 'keep.txt');
    fs.copyFileSync(path.join(seedsDir, seedFiles()[0]), doc);
    const before = fs.readFileSync(doc);
    for (const out of [doc, path.join(tmp, '.', 'keep.txt')]) {
      const r = vankien(['export', doc, '-o', out, '--force']);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.match(r.stderr, /keep\.txt is one of the inputs/);
    }
    // Through a link to it too.
    fs.symlinkSync(doc, path.join(tmp, 'link.yaml'));
    assert.strictEqual(vankien(['export', doc, '-o', path.join(tmp, 'link.yaml'), '--force']).code, 1);
    assert.deepStrictEqual(fs.readFileSync(doc), before);
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['keep.txt', 'link.yaml']);
  });

  it("does not read its own output in the folder it exports: --out, or standard output sent to a file there", () => {
    const corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    fs.copyFileSync(path.join(seedsDir, seedFiles()[0]), path.join(corpus, 'a.txt'));
    // An earlier export saved as .txt: exported again, its tags would be the tags of an export.
    const out = path.join(corpus, 'tags.txt');
    assert.strictEqual(vankien(['export', corpus, '-o', out, '-f', 'json']).code, 0);
    const again = vankien(['export', corpus, '-o', out, '-f', 'json', '--force']);
    assert.strictEqual(again.code, 0, again.stderr);
    assert.deepStrictEqual(parseJson(fs.readFileSync(out, 'utf8')).files.map((f) => f.path), ['corpus/a.txt']);
    assert.match(again.stderr, /warning: corpus\/tags\.txt: not read: the export is written to it/);
    // `vankien export corpus > corpus/all.txt`: the shell makes the file before the tool starts.
    const all = path.join(corpus, 'all.txt');
    const fd = fs.openSync(all, 'w');
    try {
      const r = spawnSync(process.execPath, [cliPath, 'export', corpus, '-f', 'json'], { cwd: tmp, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 20_000 });
      assert.strictEqual(r.status, 0, r.stderr);
    } finally {
      fs.closeSync(fd);
    }
    assert.deepStrictEqual(parseJson(fs.readFileSync(all, 'utf8')).files.map((f) => f.path), ['corpus/a.txt', 'corpus/tags.txt']);
  });

  it('writes nothing when no PATH could be read (exit 1): a mistyped path does not replace a good export', () => {
    const out = path.join(tmp, 'good.csv');
    assert.strictEqual(vankien(['export', 'seeds', '-o', out]).code, 0);
    const good = fs.readFileSync(out);
    const r = vankien(['export', path.join(tmp, 'seedz'), '-o', out, '--force']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /cannot read .*seedz: no such file or directory/);
    assert.match(r.stderr, /no PATH could be read; nothing written/);
    assert.deepStrictEqual(fs.readFileSync(out), good);
    // To standard output neither; an empty folder is an empty export, not an error.
    const stdout = vankien(['export', path.join(tmp, 'seedz')]);
    assert.deepStrictEqual([stdout.code, stdout.stdout], [1, '']);
    fs.mkdirSync(path.join(tmp, 'empty'));
    const empty = vankien(['export', path.join(tmp, 'empty'), '-f', 'json']);
    assert.strictEqual(empty.code, 0, empty.stderr);
    assert.deepStrictEqual(parseJson(empty.stdout).files, []);
  });

  it('says plainly that standard output cannot be written (exit 1), without a stack trace', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const fd = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [cliPath, 'export', 'seeds'], { cwd: repoRoot, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 20_000 });
      assert.strictEqual(r.status, 1, r.stderr);
      assert.strictEqual(r.stderr, 'vankien: cannot write standard output: no space left on device\n');
    } finally {
      fs.closeSync(fd);
    }
  });

  it('--force keeps the replaced file\'s permissions, and replaces the file a link points to, keeping the link', () => {
    const out = path.join(tmp, 'private.json');
    fs.writeFileSync(out, 'old');
    fs.chmodSync(out, 0o600);
    assert.strictEqual(vankien(['export', 'seeds', '-o', out, '--force']).code, 0);
    assert.strictEqual(fs.statSync(out).mode & 0o777, 0o600);
    assert.deepStrictEqual(parseJson(fs.readFileSync(out, 'utf8')), seedsExport());
    const real = path.join(tmp, 'real.json');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, path.join(tmp, 'link.json'));
    const r = vankien(['export', 'seeds', '-o', path.join(tmp, 'link.json'), '--force']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(tmp, 'link.json')).isSymbolicLink(), 'still a link');
    assert.deepStrictEqual(parseJson(fs.readFileSync(real, 'utf8')), seedsExport());
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['link.json', 'private.json', 'real.json'], 'no temporary file left');
  });

  it('refuses a folder as --out before exporting anything, and warns of an --out whose extension names no format', () => {
    fs.mkdirSync(path.join(tmp, 'd'));
    const dir = vankien(['export', 'seeds', '-o', path.join(tmp, 'd'), '--force']);
    assert.strictEqual(dir.code, 1);
    assert.match(dir.stderr, /cannot write .*d: it is a folder/);
    assert.doesNotMatch(dir.stderr, /\.tmp/);
    const out = path.join(tmp, 'tags.xlsx');
    const r = vankien(['export', 'seeds', '-o', out]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: .*tags\.xlsx has no \.yaml, \.json or \.csv extension: writing YAML/);
    assert.deepStrictEqual(parseYaml(fs.readFileSync(out, 'utf8')), seedsExport());
    assert.strictEqual(vankien(['export', 'seeds', '-o', path.join(tmp, 'tags.xlsx2'), '-f', 'json']).stderr, '', 'no warning with --format');
  });

  it('names UTF-16 text saved without its byte-order mark as such, not as binary', () => {
    const corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'u16.txt'), Buffer.from(fs.readFileSync(path.join(seedsDir, seedFiles()[0]), 'utf8'), 'utf16le'));
    fs.writeFileSync(path.join(corpus, 'scan.txt'), Buffer.from([0x4e, 0x51, 0x00, 0x01, 0x02, 0x00, 0x00, 0x07, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const r = vankien(['export', corpus, '-f', 'json'], tmp);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`cannot read corpus/u16\\.txt: ${UTF16_WITHOUT_BOM_SKIPPED.replace(/[().]/g, '\\$&')}`));
    assert.match(r.stderr, /cannot read corpus\/scan\.txt: binary file \(NUL bytes\) skipped/);
  });

  it('Ctrl-C while --out is written leaves it as it was and no temporary file behind, and ends the tool by the signal', async () => {
    // 300 documents: their YAML takes most of a second to write, time to interrupt it.
    const corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    for (let i = 0; i < 60; i++) for (const f of seedFiles()) fs.copyFileSync(path.join(seedsDir, f), path.join(corpus, `${i}-${f}`));
    const out = path.join(tmp, 'tags.yaml');
    fs.writeFileSync(out, 'the export before');
    const child = spawn(process.execPath, [cliPath, 'export', corpus, '-o', out, '--force'], { cwd: tmp, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let seen = false;
    // The temporary file beside the target shows the write has begun.
    const poll = setInterval(() => {
      if (!seen && fs.readdirSync(tmp).some((f) => f.endsWith('.tmp'))) {
        seen = true;
        child.kill('SIGINT');
      }
    }, 2);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    clearInterval(poll);
    assert.ok(seen, `the write was not caught under way (exit ${code}; ${stderr})`);
    // Ended by the signal, as a shell's loop needs to see to stop (it reports 130).
    assert.deepStrictEqual([code, signal], [null, 'SIGINT'], stderr);
    assert.match(stderr, /interrupted; .*tags\.yaml left as it was/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'the export before');
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['corpus', 'tags.yaml']);
  });

  it('names a PATH or an --out it cannot reach (through a file, a link loop) instead of failing with a stack trace', () => {
    const doc = path.join(tmp, 'a.txt');
    fs.copyFileSync(path.join(seedsDir, seedFiles()[0]), doc);
    fs.symlinkSync('loop', path.join(tmp, 'loop'));
    // Standard output to a file, so that the inputs are checked against it.
    const toFile = (...args: string[]) => {
      const fd = fs.openSync(path.join(tmp, 'o.yaml'), 'w');
      try {
        const r = spawnSync(process.execPath, [cliPath, 'export', ...args], { cwd: tmp, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 20_000 });
        return { code: r.status, stderr: r.stderr };
      } finally {
        fs.closeSync(fd);
      }
    };
    const through = toFile('a.txt/foo', 'a.txt');
    assert.strictEqual(through.code, 2, through.stderr);
    assert.match(through.stderr, /^vankien: cannot read a\.txt\/foo: /m);
    const loop = toFile('loop', 'a.txt');
    assert.strictEqual(loop.code, 2, loop.stderr);
    assert.match(loop.stderr, /^vankien: cannot read loop: too many levels of symbolic links$/m);
    const out = vankien(['export', 'a.txt', '-o', 'a.txt/out.yaml'], tmp);
    assert.strictEqual(out.code, 1, out.stderr);
    assert.match(out.stderr, /^vankien: cannot write a\.txt\/out\.yaml: folder a\.txt does not exist$/m);
    for (const r of [through, loop, out]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
});
