// `vankien`: the tag export without the editor, for batch work over folders of documents.
import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import {
  CsvDelimiter, ENTITY_KINDS, EXPORT_FORMATS, ExportFormat, TargetExistsError, formatFromFileName, inBatches, isCsvDelimiter, isExportFormat, nothingRead,
  serializeExportChunks, writeFileAtomic,
} from './core/export';
import { DEFAULT_MAX_BYTES, exportFiles, FileIdentity, identityOf, sameFile } from './core/export/exportFiles';
import { describeFileError } from './core/corpus/readPolicy';

/** The package's version, read beside the bundle (dist/cli.js → package.json). */
function packageVersion(): string {
  for (const candidate of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'vankien' && pkg.version) return pkg.version;
    } catch {
      /* try the next place */
    }
  }
  return 'unknown';
}

export const EXIT_OK = 0;
/** Bad usage, or nothing written (output exists without --force, output cannot be written). */
export const EXIT_USAGE = 1;
/** The export was written but some inputs could not be read (named on stderr and in `errors`). */
export const EXIT_UNREADABLE = 2;
/** Interrupted while FILE was written (128 + the signal's number, as shells report the process the signal ended): FILE left as it was. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

const HELP = `Usage: vankien export PATH... [options]
       vankien --help | --version

Exports the tags (citations, people, dates, organisations, terms, abbreviations) found in
Vietnamese Party documents, in the "vankien-tags" format (YAML, JSON or CSV).

PATH is a file or a folder; folders are searched recursively for *.txt and *.vankien files
(node_modules and .git are skipped). Each tag's "file" is relative to the folder that holds
the given paths: "vankien export corpus" names files "corpus/...".

Options:
  -f, --format yaml|json|csv  output format (default: from the --out extension, else yaml)
  -o, --out FILE              write to FILE (atomically) instead of standard output
                              ("-" is standard output)
      --force                 replace FILE if it exists (without it an existing FILE is kept)
  -k, --kinds LIST            only these kinds, comma-separated: ${ENTITY_KINDS.join(',')}
      --csv-delimiter ,|;     CSV field separator (default ","; ";" for spreadsheets where
                              "," is the decimal mark, as in Excel with Vietnamese settings)
      --max-size-kb N         read at most N KB of each file (default ${DEFAULT_MAX_BYTES / 1024})
  -h, --help                  show this help
  -v, --version               show the version

Exit status:
  0  success
  1  usage error, or nothing written: FILE exists and --force was not given, FILE
     cannot be written or is one of the inputs, or no PATH could be read
  2  the export was written, but some paths could not be read (binary files, missing
     files, broken links); each is named on standard error and in the export's "errors"
  130, 143  ended by Ctrl-C or SIGTERM (as a shell reports it); while FILE was being
     written, its temporary file is removed first and FILE is left as it was
`;

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  format?: ExportFormat;
  out?: string;
  force: boolean;
  kinds?: string[];
  maxBytes: number;
  csvDelimiter?: CsvDelimiter;
}

export type Parsed = { action: 'help' } | { action: 'version' } | { action: 'export'; options: CliOptions };

/** Options followed by their value: the word after one is that value, never an option itself. */
const TAKES_VALUE = new Set(['-f', '--format', '-o', '--out', '-k', '--kinds', '--max-size-kb', '--csv-delimiter']);

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0) throw new UsageError('missing command');
  // Help and version anywhere among the options, whatever else is wrong; after "--" every word is a path.
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '-h' || argv[i] === '--help') return { action: 'help' };
    if (argv[i] === '-v' || argv[i] === '--version') return { action: 'version' };
    if (TAKES_VALUE.has(argv[i])) i++;
  }
  const args = [...argv];
  const command = args.shift();
  if (command !== 'export') throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  const options: CliOptions = { paths: [], force: false, maxBytes: DEFAULT_MAX_BYTES };
  let onlyPaths = false;
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = args.shift();
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-f':
      case '--format': {
        const f = value().toLowerCase();
        if (!isExportFormat(f)) throw new UsageError(`unknown format ${JSON.stringify(f)} (use ${EXPORT_FORMATS.join(', ')})`);
        options.format = f;
        break;
      }
      case '-o':
      case '--out': {
        const out = value();
        if (out === '') throw new UsageError('--out needs a file name');
        // "-" is standard output, as for most tools; a file of that name is "./-".
        options.out = out === '-' ? undefined : out;
        break;
      }
      case '--force':
        // "--force=no" must not force.
        if (eq > 0) throw new UsageError('--force takes no value');
        options.force = true;
        break;
      case '-k':
      case '--kinds': {
        const kinds = value().split(',').map((k) => k.trim()).filter((k) => k !== '');
        // An empty list would mean every kind, the opposite of what was asked.
        if (kinds.length === 0) throw new UsageError(`--kinds needs at least one kind (use ${ENTITY_KINDS.join(', ')})`);
        const unknown = kinds.filter((k) => !(ENTITY_KINDS as readonly string[]).includes(k));
        if (unknown.length > 0) throw new UsageError(`unknown kind ${unknown.join(', ')} (use ${ENTITY_KINDS.join(', ')})`);
        options.kinds = kinds;
        break;
      }
      case '--csv-delimiter': {
        const d = value();
        if (!isCsvDelimiter(d)) throw new UsageError(`--csv-delimiter is "," or ";", not ${JSON.stringify(d)}`);
        options.csvDelimiter = d;
        break;
      }
      case '--max-size-kb': {
        // Digits only: Number() would take "0x10" and "1e3" too.
        const v = value();
        const n = /^\d+$/.test(v) ? Number(v) : NaN;
        if (!Number.isSafeInteger(n) || n < 1) throw new UsageError('--max-size-kb needs a whole number of KB, at least 1');
        options.maxBytes = n * 1024;
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (options.paths.length === 0) throw new UsageError('export needs at least one PATH');
  return { action: 'export', options };
}

function progressReporter(): ((done: number, total: number) => void) & { finish(): void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  const report = (done: number, total: number): void => {
    // Only worth a line when the run is long enough to wonder about.
    if (!tty || total < 50) return;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    shown = true;
    process.stderr.write(`\rvankien: ${done}/${total} files`);
  };
  return Object.assign(report, {
    finish: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  });
}

export async function run(argv: readonly string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`vankien: ${e.message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (parsed.action === 'help') {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (parsed.action === 'version') {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const options = parsed.options;
  const format = options.format ?? (options.out ? formatFromFileName(options.out) : undefined) ?? 'yaml';
  const outPath = options.out ? path.resolve(options.out) : undefined;
  if (outPath && statOf(outPath)?.isDirectory()) {
    process.stderr.write(`vankien: cannot write ${options.out}: it is a folder\n`);
    return EXIT_USAGE;
  }
  if (options.out && !options.force && fs.existsSync(options.out)) {
    process.stderr.write(`vankien: ${options.out} exists; use --force to replace it\n`);
    return EXIT_USAGE;
  }
  // Said before the export's work, not after it.
  if (options.out && outPath && !statOf(path.dirname(outPath))?.isDirectory()) {
    process.stderr.write(`vankien: cannot write ${options.out}: folder ${path.dirname(options.out)} does not exist\n`);
    return EXIT_USAGE;
  }
  // The file the export goes to is never one of its inputs: named, it would be replaced by the tags
  // of itself ("export a.txt -o a.txt --force"); found in a folder, its earlier export would be exported.
  const written = outPath ? identityOf(outPath) : standardOutputFile();
  if (written) {
    for (const p of options.paths) {
      const id = p === '-' ? undefined : identityOf(path.resolve(p));
      if (sameFile(id, written)) {
        process.stderr.write(options.out ? `vankien: ${p} is one of the inputs; write the export to another file\n` : `vankien: standard output goes to ${p}, one of the inputs; write the export to another file\n`);
        return EXIT_USAGE;
      }
    }
  }
  if (options.out && !options.format && !formatFromFileName(options.out)) {
    process.stderr.write(`vankien: warning: ${options.out} has no .yaml, .json or .csv extension: writing YAML (choose with --format)\n`);
  }
  const progress = progressReporter();
  const { doc, warnings } = exportFiles(options.paths, { kinds: options.kinds, maxBytes: options.maxBytes, onProgress: progress, exclude: written ? [written] : [] });
  progress.finish();
  for (const w of warnings) process.stderr.write(`vankien: warning: ${w.path}: ${w.message}\n`);
  for (const e of doc.errors) process.stderr.write(`vankien: cannot read ${e.path}: ${e.message}\n`);
  if (nothingRead(doc)) {
    process.stderr.write('vankien: no PATH could be read; nothing written\n');
    return EXIT_USAGE;
  }
  // Written as it is serialised: the whole text of a large corpus does not fit in one string.
  const data = serializeExportChunks(doc, format, { csvDelimiter: options.csvDelimiter });
  if (outPath) {
    // Ctrl-C or a SIGTERM while the file is written: the temporary file is removed, the target kept.
    const interrupted = new AbortController();
    let signal: NodeJS.Signals | undefined;
    const stop = (s: NodeJS.Signals) => {
      signal = s;
      interrupted.abort();
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    try {
      await writeFileAtomic(outPath, data, { overwrite: options.force, signal: interrupted.signal });
    } catch (e) {
      if (signal) {
        process.stderr.write(`vankien: interrupted; ${options.out} left as it was\n`);
        return signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM;
      }
      const message = e instanceof TargetExistsError ? `${options.out} exists; use --force to replace it` : `cannot write ${options.out}: ${(e as Error).message}`;
      process.stderr.write(`vankien: ${message}\n`);
      return EXIT_USAGE;
    } finally {
      process.off('SIGINT', stop).off('SIGTERM', stop);
    }
  } else {
    try {
      // At the reader's pace; standard output stays open for whoever writes after us.
      await pipeline(Readable.from(inBatches(data)), process.stdout, { end: false });
    } catch (e) {
      // A reader that stopped early (`vankien export … | head`) is not an error of ours.
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') return standardOutputFailed(e);
    }
  }
  return doc.errors.length > 0 ? EXIT_UNREADABLE : EXIT_OK;
}

/** The file or folder at `p` (links followed), or undefined when there is none or it cannot be reached. */
function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Standard output's file, when it is redirected to one (`> out.yaml`); undefined for a terminal or a pipe. */
function standardOutputFile(): FileIdentity | undefined {
  try {
    const s = fs.fstatSync(1, { bigint: true });
    return s.isFile() ? { dev: s.dev, ino: s.ino } : undefined;
  } catch {
    return undefined;
  }
}

let outputFailureTold = false;

/** Says, once, that standard output cannot be written (a full disk, a closed descriptor); the exit status is 1. */
function standardOutputFailed(e: unknown): number {
  if (!outputFailureTold) {
    outputFailureTold = true;
    process.stderr.write(`vankien: cannot write standard output: ${describeFileError(e)}\n`);
  }
  return EXIT_USAGE;
}

if (require.main === module) {
  // A reader that stopped early is no error; any other is told once, and the exit status says it.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.exitCode = standardOutputFailed(err);
  });
  run(process.argv.slice(2)).then(
    (code) => {
      // Interrupted: once the temporary file is gone, the process ends by the signal itself, so that a
      // shell's loop over exports stops as it would for any program Ctrl-C ends (status 130 or 143).
      // (Windows has no such signals to end by: the status says it.)
      if ((code === EXIT_SIGINT || code === EXIT_SIGTERM) && process.platform !== 'win32') return void process.kill(process.pid, code === EXIT_SIGINT ? 'SIGINT' : 'SIGTERM');
      process.exitCode = outputFailureTold ? EXIT_USAGE : code;
    },
    (e: unknown) => {
      process.stderr.write(`vankien: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
