// With the INSTALLED .vsix: a person opens a copy of seeds/, and sees and uses the features.
// What the editor shows is checked against the files on disk, the hand-checked gold
// annotations and the project's own corpus index (the editor must agree with it).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { lineIndex } from '../../src/core/text/lines';
import { goldDir, repoRoot } from '../paths';
import { copySeeds, Editor, resultsDir } from './harness';
import { Workbench } from './workbench';

/** The document code the issue names; any code cited in several seeds would do. */
const CODE = '05-CT/TW';

interface Gold {
  people: { name: string }[];
  dates: { text: string }[];
}

export function runPersonChecks(getEditor: () => Editor): void {
  let ws = '';
  let context: BrowserContext | undefined;
  let wb: Workbench;
  let index: CorpusIndex;
  let key = '';
  let startSeed = '';
  let startLine = 0; // 1-based, as Ctrl+G and the status bar count
  let startColumn = 0;
  let hoverCount: number | undefined;
  const shot = (name: string) => getEditor().screenshot(wb.page, name);
  const seedText = (name: string) => fs.readFileSync(path.join(ws, name), 'utf8');
  const at = (name: string, needle: string) => {
    const text = seedText(name);
    const offset = text.indexOf(needle);
    assert.ok(offset >= 0, `${needle} occurs in ${name}`);
    const pos = lineIndex(text).position(offset);
    return { line: pos.line + 1, column: pos.character + 1 };
  };

  before(async function () {
    const editor = getEditor();
    ws = copySeeds(path.join(editor.tmp, 'user'));
    const seeds = fs.readdirSync(ws).filter((f) => f.endsWith('.txt')).sort();
    index = new CorpusIndex();
    for (const f of seeds) index.set(f, seedText(f));
    // Start from a seed that cites the code but is not where its definition is, so F12 has to move.
    const citing = seeds.filter((f) => seedText(f).includes(CODE));
    assert.ok(citing.length >= 2, `${CODE} is cited in several seeds`);
    const first = citing[0];
    const entity = index.entityAt(first, seedText(first).indexOf(CODE));
    assert.ok(entity, `the corpus index knows the ${CODE} mention in ${first}`);
    key = index.keyAt(first, entity);
    const def = index.definitionOf(key);
    const defUri = def && def.kind !== 'catalog' ? def.uri : undefined;
    startSeed = citing.find((f) => f !== defUri) ?? first;
    ({ line: startLine, column: startColumn } = at(startSeed, CODE));

    const opened = await editor.open(ws);
    context = opened.context;
    wb = new Workbench(opened.page);
    await wb.ready();
    await shot('workbench-seeds');
  });

  afterEach(async function () {
    const t = this.currentTest;
    if (t?.state === 'failed' && wb) {
      await shot(`FAILED-${t.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`).catch(() => undefined);
    }
  });

  after(async function () {
    await context?.close();
  });

  it('opens a seed with the language Văn kiện Đảng (vankien) in the status bar', async function () {
    await wb.openFile(startSeed);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'vankien');
    const shown = await wb.waitFor(async () => {
      const t = await wb.languageIndicator();
      return t === lang.aliases[0] ? t : undefined;
    }, `the status bar to show the language "${lang.aliases[0]}"`);
    await shot('seed-open-language');
    assert.strictEqual(shown, lang.aliases[0]);
  });

  it('colours a document code, a date and a person differently from plain text', async function () {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, startSeed.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
    const text = seedText(startSeed);
    const date = gold.dates[0]?.text;
    // A person the grammar can see: named after "đồng chí" where the file does so.
    const person = gold.people.find((p) => new RegExp(`đồng chí\\s+${p.name}`, 'i').test(text))?.name ?? gold.people[0]?.name;
    assert.ok(date && person, `the gold of ${startSeed} has a date and a person`);
    const targets: [string, string][] = [['document code', CODE], ['date', date], ['person', person]];
    const seen: string[] = [];
    for (const [what, needle] of targets) {
      const { line, column } = at(startSeed, needle);
      await wb.goTo(line, column);
      const spans = await wb.centre(needle);
      const plain = await wb.plainTextColor();
      const colours = [...new Set(spans.map((s) => s.color))];
      seen.push(`${what} "${needle}": ${colours.join(', ')} (${spans.map((s) => s.className).join(' ')}); plain text ${plain}`);
      await shot(`colour-${what.replace(/\s+/g, '-')}`);
      assert.ok(colours.every((c) => c !== plain), `the ${what} "${needle}" is coloured unlike plain text (${plain}):\n  ${seen.join('\n  ')}`);
    }
  });

  it(`hovering ${CODE} shows its identity and how many documents cite it`, async function () {
    await wb.goTo(startLine, startColumn);
    await wb.centre(CODE);
    const citing = index.citingDocuments(key).length;
    const countOf = (t: string) => Number(/(\d+)\s+(?:documents?|văn bản)/i.exec(t)?.[1] ?? NaN);
    // Wait for the hover to give the corpus index's count (the editor indexes in the background).
    const text = await wb.hover(async () => (await wb.centre(CODE))[0].box, CODE, (t) => countOf(t) === citing);
    await shot('hover-citation');
    assert.match(text, /Chỉ thị/, `the hover names the type of ${CODE}:\n${text}`);
    hoverCount = countOf(text);
    assert.strictEqual(hoverCount, citing, `the hover's count agrees with the corpus index (${index.citingDocuments(key).join(', ')})`);
  });

  it(`F12 on ${CODE} opens its definition`, async function () {
    await wb.page.keyboard.press('Escape');
    await wb.goTo(startLine, startColumn);
    await wb.page.keyboard.press('F12');
    const def = index.definitionOf(key);
    const defFile = def && def.kind !== 'catalog' ? path.basename(def.uri) : undefined;
    // Where the corpus index says the definition is (a citation: its exact place).
    const place = def?.kind === 'citation' ? index.rangeOf(def.uri, def.entity).start : undefined;
    const expected = place ? { tab: defFile, line: place.line + 1, column: place.character + 1 } : undefined;
    let seen = '';
    const moved = await wb.waitFor(async () => {
      const tab = await wb.activeTab();
      const pos = await wb.cursor();
      seen = `${tab} ${pos?.line}:${pos?.column}`;
      if (!pos || (tab === startSeed && pos.line === startLine && pos.column === startColumn)) return undefined;
      if (defFile && tab !== defFile) return undefined;
      if (expected && (pos.line !== expected.line || pos.column !== expected.column)) return undefined;
      return { tab, ...pos };
    }, `F12 to move to the definition${expected ? ` at ${expected.tab} ${expected.line}:${expected.column}, as the corpus index says` : ''}`)
      .catch((e: Error) => { throw new Error(`${e.message} (the editor shows ${seen})`); });
    await shot('definition');
    const lines = fs.existsSync(path.join(ws, moved.tab)) ? seedText(moved.tab).split(/\r?\n/) : [];
    assert.ok((lines[moved.line - 1] ?? '').includes(CODE),
      `the definition (${moved.tab} line ${moved.line}) shows ${CODE}`);
  });

  it(`Shift+F12 on ${CODE} lists its references from several seeds`, async function () {
    await wb.openFile(startSeed);
    await wb.goTo(startLine, startColumn);
    await wb.page.keyboard.press('Shift+F12');
    const expected = index.citingDocuments(key).map((u) => path.basename(u)).sort();
    const files = await wb.waitFor(async () => {
      const rows = await wb.referencesPeek();
      const names = [...new Set(rows.flatMap((r) => r.match(/[\w.-]+\.txt/g) ?? []))].sort();
      return names.length >= expected.length ? names : undefined;
    }, `the references peek to list ${expected.join(', ')}`);
    await shot('references');
    assert.ok(files.length >= 2, `references from several seeds: ${files.join(', ')}`);
    assert.deepStrictEqual(files, expected);
    if (hoverCount !== undefined) assert.strictEqual(hoverCount, files.length, 'the hover count agrees with Find All References');
    await wb.page.keyboard.press('Escape');
  });

  it(`the lens over ${CODE}'s first mention says how many documents cite it, and clicking it lists them`, async function () {
    await wb.openFile(startSeed);
    await wb.goTo(startLine, startColumn);
    const expected = index.citingDocuments(key).map((u) => path.basename(u)).sort();
    // Its line may carry the lenses of other documents too, each then named by its code.
    const lens = await wb.waitFor(async () => (await wb.codeLensAboveCursor(CODE)) ?? (await wb.codeLensAboveCursor().then((l) => (l && !l.text.includes(':') ? l : undefined))), `a code lens over line ${startLine}`);
    await shot('code-lens');
    const count = Number(/(\d+) (?:documents?|văn bản)/.exec(lens.text)?.[1]);
    assert.strictEqual(count, expected.length, `the lens "${lens.text}" counts the documents citing ${CODE}`);
    await lens.link.click();
    const files = await wb.waitFor(async () => {
      const names = [...new Set((await wb.referencesPeek()).flatMap((r) => r.match(/[\w.-]+\.txt/g) ?? []))].sort();
      return names.length >= expected.length ? names : undefined;
    }, `the references peek to list ${expected.join(', ')}`);
    await shot('code-lens-references');
    assert.deepStrictEqual(files, expected);
    await wb.page.keyboard.press('Escape');
  });

  it('Ctrl+T finds a person of the corpus typed without diacritics, and opens where they are named', async function () {
    // A person of the gold named in several seeds would do; take the first gold person of the start seed.
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, startSeed.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
    const name = gold.people.find((p) => p.name.split(' ').length >= 3)?.name ?? gold.people[0].name;
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    assert.notStrictEqual(plain, name.toLowerCase(), `${name} has diacritics to leave out`);
    const rows = await wb.workspaceSymbols(plain, (r) => r.some((t) => t.includes(name)));
    await shot('workspace-symbols');
    assert.ok(rows.some((t) => t.includes(name)), `"${plain}" lists ${name}:\n${rows.join('\n')}`);
    await wb.page.keyboard.press('Enter');
    const tab = await wb.waitFor(async () => {
      const t = await wb.activeTab();
      return t && fs.existsSync(path.join(ws, t)) && seedText(t).includes(name) ? t : undefined;
    }, `a seed naming ${name} to open`);
    await shot('workspace-symbol-opened');
    assert.ok(seedText(tab).includes(name));
  });

  it('Ctrl+T finds a document cited by its conference, typed by that name without diacritics', async function () {
    // "Nghị quyết Trung ương 4 khóa XII" is 04-NQ/TW (the built-in catalogue); the quick pick filters by the name it shows.
    const rows = await wb.workspaceSymbols('trung uong 4 khoa xii', (r) => r.some((t) => t.includes('04-NQ/TW')));
    assert.ok(rows.some((t) => t.includes('04-NQ/TW') && t.includes('Trung ương 4 khóa XII')), rows.join('\n'));
    await wb.page.keyboard.press('Escape');
  });

  it('"Văn Kiện: Export Tags" from the command palette writes the export file', async function () {
    const before = new Set(listExports(path.dirname(ws)));
    await wb.runCommand('Văn Kiện: Export Tags');
    await shot('export-command');
    // Accept what the command proposes at each step (scope, format, file name) with Enter,
    // as a person taking the defaults would, until the file is on disk.
    let steps = 0;
    const file = await wb.waitFor(async () => {
      const fresh = listExports(path.dirname(ws)).filter((f) => !before.has(f));
      if (fresh.length) return fresh[0];
      await wb.acceptQuickInput(() => shot(`export-step-${++steps}`));
      return undefined;
    }, 'the export file to be written', 60_000);
    await shot('export-done');
    assert.strictEqual(await wb.page.locator('.tab.dirty').count(), 0, 'no document was changed on the way');
    const raw = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(path.join(resultsDir, `export-${path.basename(file)}`), raw);
    console.log(`      export written: ${path.relative(path.dirname(ws), file)} (${raw.length} characters)`);
    const data = (file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw)) as {
      format: string; tags: { kind: string; file: string; text: string; code?: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
    };
    assert.strictEqual(data.format, 'vankien-tags');
    const cites = data.tags.filter((t) => t.kind === 'citation' && t.code === CODE);
    assert.ok(new Set(cites.map((t) => t.file)).size >= 2, `${CODE} is exported from several seeds`);
    // Every tag's range holds exactly its text in the source file.
    for (const t of data.tags) {
      const src = path.join(path.dirname(file), t.file);
      const abs = fs.existsSync(src) ? src : path.join(ws, path.basename(t.file));
      const lines = fs.readFileSync(abs, 'utf8').split('\n');
      const { start, end } = t.range;
      const got = start.line === end.line
        ? lines[start.line].slice(start.character, end.character)
        : [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
      assert.strictEqual(got, t.text, `${t.file} ${start.line}:${start.character}`);
    }
  });

  it('"Văn Kiện: Export Tags" with no editor open offers no "Current file"', async function () {
    await wb.runCommand('View: Close All Editors');
    await wb.waitFor(async () => ((await wb.page.locator('.tabs-container .tab').count()) === 0 ? true : undefined), 'every editor to close');
    await wb.runCommand('Văn Kiện: Export Tags');
    // The scope picker, once it has replaced the command palette's rows.
    const rows = await wb.quickPickRows((r) => r.some((t) => t.includes('Whole corpus')));
    await shot('export-no-editor');
    await wb.page.keyboard.press('Escape');
    assert.ok(rows.some((r) => r.includes('A folder')), rows.join('\n'));
    assert.ok(!rows.some((r) => r.includes('Current file')), rows.join('\n'));
  });
}

/** Export files (YAML, JSON, CSV) under a folder, one level deep, as a person would look for them. */
function listExports(dir: string): string[] {
  const out: string[] = [];
  for (const d of [dir, ...fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name))]) {
    for (const f of fs.readdirSync(d)) if (/\.(ya?ml|json|csv)$/i.test(f)) out.push(path.join(d, f));
  }
  return out.sort();
}

/** The same installed .vsix with the display language Vietnamese: the extension speaks it. */
export function runVietnameseChecks(getEditor: () => Editor): void {
  let context: BrowserContext | undefined;
  let wb: Workbench;
  let ws = '';
  const shot = (name: string) => getEditor().screenshot(wb.page, name);

  before(async function () {
    const editor = getEditor();
    ws = copySeeds(path.join(editor.tmp, 'user-vi'));
    const opened = await editor.open(ws, undefined, 'vi');
    context = opened.context;
    wb = new Workbench(opened.page);
    await wb.ready();
  });

  afterEach(async function () {
    const t = this.currentTest;
    if (t?.state === 'failed' && wb) await shot(`FAILED-vi-${t.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 50)}`).catch(() => undefined);
  });

  after(async function () {
    await context?.close();
  });

  it('hovers, counts and commands in Vietnamese', async function () {
    const seeds = fs.readdirSync(ws).filter((f) => f.endsWith('.txt')).sort();
    const seed = seeds.find((f) => fs.readFileSync(path.join(ws, f), 'utf8').includes(CODE))!;
    await wb.openFile(seed);
    // The file is a Văn kiện one and the extension has counted the corpus before the hover is asked for.
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const alias = pkg.contributes.languages.find((l: { id: string }) => l.id === 'vankien').aliases[0];
    await wb.waitFor(async () => (await wb.languageIndicator()) === alias, `the status bar to show the language "${alias}"`);
    const text = fs.readFileSync(path.join(ws, seed), 'utf8');
    const pos = lineIndex(text).position(text.indexOf(CODE));
    await wb.goTo(pos.line + 1, pos.character + 1);
    await wb.centre(CODE);
    const hover = await wb.hover(async () => (await wb.centre(CODE))[0].box, CODE, (t) => /Có trong \d+ văn bản của kho văn bản \(\d+ lần nhắc đến\)/.test(t), 90_000);
    await shot('vi-hover');
    assert.match(hover, /Có trong 4 văn bản của kho văn bản/, hover);
    assert.doesNotMatch(hover, /documents of the corpus|mentions/, hover);
    // The status bar counts the corpus in Vietnamese.
    const status = await wb.waitFor(async () => {
      const t = await wb.page.locator('.statusbar-item', { hasText: 'văn bản' }).first().textContent({ timeout: 2000 }).catch(() => null);
      return t && /\d+ văn bản, \d+ thực thể/.test(t) ? t : undefined;
    }, 'the corpus count in the status bar');
    assert.match(status, /\d+ văn bản, \d+ thực thể/);
    // The commands carry their Vietnamese titles.
    await wb.page.keyboard.press('F1');
    const input = wb.page.locator('.quick-input-widget input');
    await input.fill('>Văn Kiện: Xuất thẻ');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Xuất thẻ' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await shot('vi-command');
    await wb.page.keyboard.press('Escape');
  });
}

