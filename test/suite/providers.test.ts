// The language providers inside the real editor, driven through VS Code's own commands on the seeds
// (the workspace is a copy of seeds/). Expected values come from the seeds' text and the gold notes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VanKienApi } from '../../src/extension';
import { hoverText } from './hover';
import { waitFor } from './wait';
import { childrenOf, Node, treeItemOf } from '../../src/views/entitiesView';

const EXTENSION_ID = 'vankien.vankien';
const CODE = '05-CT/TW';


function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the suite runs with a workspace folder (a copy of seeds/)');
  return f;
}

const seeds = new Map<string, vscode.TextDocument>();
let api: VanKienApi;

function seed(prefix: string): vscode.TextDocument {
  const d = seeds.get(prefix);
  assert.ok(d, `seed ${prefix} is in the workspace`);
  return d;
}

function occurrences(doc: vscode.TextDocument, needle: string): vscode.Range[] {
  const text = doc.getText();
  const out: vscode.Range[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length)));
  return out;
}

/** Inside the first "05-CT/TW" of a seed. */
function onCode(prefix: string): vscode.Position {
  return occurrences(seed(prefix), CODE)[0].start.translate(0, 3);
}

const short = (uri: vscode.Uri) => path.basename(uri.fsPath).slice(0, 3);

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder().uri, name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  await waitFor(() => api.index.has(uri.toString()), `${name} to be indexed`);
  return uri;
}

async function removeFile(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri);
  await waitFor(() => !api.index.has(uri.toString()), `${path.basename(uri.fsPath)} to leave the index`);
}

function definitionsAt(doc: vscode.TextDocument, at: vscode.Position): Thenable<vscode.Location[]> {
  return vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at);
}

/** After a test's catalogue file is gone, the definition of its code is the citation in seed 000 again. */
async function definitionBackInSeed000(doc: vscode.TextDocument, at: vscode.Position): Promise<void> {
  await waitFor(async () => {
    const defs = await definitionsAt(doc, at);
    return defs.length === 1 && short(defs[0].uri) === '000';
  }, 'the definition to return to the citation');
}

suite('providers on the seeds', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<VanKienApi>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder(), '*.txt'));
    for (const uri of uris) seeds.set(short(uri), await vscode.workspace.openTextDocument(uri));
    await api.ready();
    await waitFor(() => [...seeds.values()].every((d) => api.index.has(d.uri.toString())), 'the seeds to be indexed');
  });

  test('references of 05-CT/TW cover every written code in the four seeds that cite it', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('000').uri, onCode('000'));
    assert.deepStrictEqual([...new Set(refs.map((l) => short(l.uri)))].sort(), ['000', '001', '003', '004']);
    // Each location is exactly a mention (made from the span its posting keeps): it starts with the document's type or code and holds its number.
    for (const l of refs) {
      const written = seeds.get(short(l.uri))!.getText(l.range);
      assert.ok(/^(Chỉ thị|CT|05)/i.test(written) && written.includes('05') && !/\s$/.test(written), `${short(l.uri)} ${l.range.start.line}:${l.range.start.character}: "${written}"`);
    }
    for (const [prefix, doc] of seeds) {
      for (const r of occurrences(doc, CODE)) {
        const covering = refs.filter((l) => short(l.uri) === prefix && l.range.contains(r));
        assert.strictEqual(covering.length, 1, `${prefix} ${r.start.line}:${r.start.character}`);
      }
    }
    // Asked from another seed, the same answer.
    const again = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('004').uri, onCode('004'));
    assert.deepStrictEqual(again.map((l) => `${short(l.uri)}:${l.range.start.line}:${l.range.start.character}`), refs.map((l) => `${short(l.uri)}:${l.range.start.line}:${l.range.start.character}`));
  });

  // 001, 003 and 004 add "của Bộ Chính trị"; only 003 also gives a subject ("về học tập và làm theo…").
  test('definition of 05-CT/TW is its fullest citation (003: issuer and subject)', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', seed('000').uri, onCode('000'));
    assert.strictEqual(defs.length, 1);
    const d = defs[0];
    const uri = 'uri' in d ? d.uri : d.targetUri;
    const range = 'range' in d ? d.range : d.targetRange;
    assert.strictEqual(short(uri), '003');
    assert.ok(seed('003').getText(range).endsWith(CODE), seed('003').getText(range));
    assert.ok(range.contains(occurrences(seed('003'), CODE)[0]));
  });

  test('hover on 05-CT/TW names the document and counts what Find All References finds', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('003').uri, onCode('003'));
    const md = await hoverText(seed('003').uri, onCode('003'));
    assert.ok(md.includes('Chỉ thị 05-CT/TW'), md);
    assert.ok(md.includes('2016-05-15'), md);
    assert.ok(md.includes('Bộ Chính trị'), md);
    assert.ok(md.includes(`In 4 documents of the corpus (${refs.length} mentions)`) || md.includes(`Có trong 4 văn bản của kho văn bản (${refs.length} lần nhắc đến)`), md);
    for (const prefix of ['000', '001', '003', '004']) assert.ok(md.includes(`[${path.basename(seed(prefix).uri.fsPath)}](`), prefix);
  });

  test('the Entities view says how many more there are past its limit, and opens every mention', async () => {
    const group: Node = { type: 'group', kind: 'citation', label: 'citations' };
    const all = childrenOf(api.index, group, 100_000);
    const few = childrenOf(api.index, group, 2);
    assert.ok(all.length > 2, `${all.length} cited documents`);
    assert.deepStrictEqual(few.slice(0, 2), all.slice(0, 2));
    assert.deepStrictEqual(few[2], { type: 'more', count: all.length - 2, kind: 'citation' });
    assert.ok(String(treeItemOf(api.index, few[2]).label).includes(String(all.length - 2)));
    assert.strictEqual(few.length, 3);
    const entity: Node = { type: 'entity', key: CODE };
    const total = api.index.mentionCount(CODE);
    const mentions = childrenOf(api.index, entity, 1);
    assert.strictEqual(mentions.length, 2);
    const more = mentions[1];
    assert.ok(more.type === 'more' && more.count === total - 1, JSON.stringify(more));
    const command = treeItemOf(api.index, more).command!;
    const shown = await vscode.commands.executeCommand<number>(command.command, ...command.arguments!);
    await vscode.commands.executeCommand('closeReferenceSearch');
    assert.strictEqual(shown, total);
    // Within the limit, no such node.
    assert.ok(childrenOf(api.index, entity, total).every((n) => n.type === 'mention'));
  });

  test('hover on a conference reference names its term and the code it is known by', async () => {
    const doc = seed('001');
    const at = occurrences(doc, 'Nghị quyết Trung ương 4 khoá XII')[0].start.translate(0, 15);
    const md = await hoverText(doc.uri, at);
    assert.ok(md.includes('**Nghị quyết Trung ương 4 khóa XII**'), md);
    assert.ok(/(Code|Số hiệu): 04-NQ\/TW/.test(md), md);
    assert.ok(/(Number|Số): 04\b/.test(md), md);
    assert.ok(md.includes('2016-10-30'), md);
  });

  test('hover on a conference reference keeps the code when the corpus holds the document; a congress is named once', async () => {
    const uri = await writeFile('zz_04.txt', 'BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 04-NQ/TW\nHà Nội, ngày 30 tháng 10 năm 2016\n\nNGHỊ QUYẾT\nHội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII\n');
    try {
      const doc = seed('001');
      const at = occurrences(doc, 'Nghị quyết Trung ương 4 khoá XII')[0].start.translate(0, 15);
            const md = await waitFor(async () => {
        const md = await hoverText(doc.uri, at);
        return md.includes('zz_04.txt') ? md : undefined;
      }, 'the hover to name the document the corpus holds');
      assert.ok(/(Code|Số hiệu): 04-NQ\/TW/.test(md) && /(Number|Số): 04\b/.test(md) && md.includes('2016-10-30'), md);
      const congress = seed('004');
      const c = occurrences(congress, 'Nghị quyết Đại hội XIII')[0];
      const mdC = await hoverText(congress.uri, c.start.translate(0, 15));
      assert.ok(mdC.includes('**Nghị quyết Đại hội XIII**'), mdC);
    } finally {
      await removeFile(uri);
    }
  });

  test('a Party organisation\'s plenum, its committee named two ways: one document for hover and references', async () => {
    const a = await writeFile('zz_plenum_a.txt', 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX) về phát triển du lịch.\n');
    const b = await writeFile('zz_plenum_b.txt', 'Sơ kết Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX.\n');
    try {
      const doc = await vscode.workspace.openTextDocument(a);
      const at = new vscode.Position(0, 20);
      const md = await waitFor(async () => {
        const md = await hoverText(a, at);
        return md.includes('zz_plenum_b.txt') ? md : undefined;
      }, 'the hover to name the other document');
      assert.ok(md.includes('**Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX**'), md);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', a, at);
      assert.deepStrictEqual(refs.map((l) => path.basename(l.uri.fsPath)).sort(), ['zz_plenum_a.txt', 'zz_plenum_b.txt']);
      assert.strictEqual(doc.getText(refs.find((l) => l.uri.toString() === a.toString())!.range), 'Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)');
    } finally {
      await removeFile(a);
      await removeFile(b);
    }
  });

  test('references asked again after an edit: the edited document\'s locations move, the others are those of before', async () => {
    // Enough mentions that the provider keeps the answer between requests (64 or more) and brings it up to date.
    const text = 'Chỉ thị số 05-CT/TW của Bộ Chính trị.\n'.repeat(70);
    const uri = await writeFile('zz_moves.txt', text);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const name = path.basename(uri.fsPath);
      const ask = () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('000').uri, onCode('000'));
      const at = (ls: vscode.Location[]) => ls.map((l) => `${path.basename(l.uri.fsPath)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`);
      const before = await ask();
      assert.strictEqual(before.filter((l) => l.uri.toString() === uri.toString()).length, 70);
      // A line written above them, not saved: the index reads the editor's text.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), 'Thực hiện nghiêm túc Chỉ thị số 05-CT/TW.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await waitFor(async () => {
        const ls = await ask();
        return ls.filter((l) => l.uri.toString() === uri.toString()).length === 71 && ls;
      }, 'the references to hold the new mention');
      const moved = at(before).map((l) => (l.startsWith(name + ':') ? l.replace(/:(\d+):(\d+)-(\d+):/, (_, a, b, c) => `:${Number(a) + 1}:${b}-${Number(c) + 1}:`) : l));
      assert.strictEqual(at(after).filter((l) => l.startsWith(`${name}:0:`)).length, 1, 'the new mention, on the first line');
      assert.deepStrictEqual(at(after).filter((l) => !l.startsWith(`${name}:0:`)), moved);
      for (const l of after.filter((x) => x.uri.toString() === uri.toString())) assert.ok(doc.getText(l.range).endsWith('05-CT/TW'), doc.getText(l.range));
    } finally {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile(uri);
    }
  });

  test('references place every mention, near the top of a file, past its 4,096th line and far along a long line', async () => {
    // The index packs where a mention stands into one number when it fits (line < 4,096, character
    // < 8,192, under 64 long), and a location's range is made from that number; the others are placed
    // from their entity and their document's lines. Both kinds come in one answer.
    const cite = 'Chỉ thị số 05-CT/TW của Bộ Chính trị.';
    const text = `${cite}\n`.repeat(70) + `${'Hội nghị quán triệt. '.repeat(420)}${cite}\n` + '\n'.repeat(4100) + `${cite}\n`;
    const uri = await writeFile('zz_far.txt', text);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('000').uri, onCode('000'));
      const mine = refs.filter((l) => l.uri.toString() === uri.toString()).map((l) => l.range).sort((a, b) => a.start.compareTo(b.start));
      const ends = occurrences(doc, CODE).map((r) => r.end);
      assert.strictEqual(mine.length, 72);
      assert.deepStrictEqual(mine.map((r) => `${r.end.line}:${r.end.character}`), ends.map((p) => `${p.line}:${p.character}`));
      for (const r of mine) assert.strictEqual(doc.getText(r), 'Chỉ thị số 05-CT/TW', `${r.start.line}:${r.start.character}`);
      // Those two are the ones the index could not pack.
      assert.ok(mine[70].start.character >= 8192 && mine[70].start.line === 70, `${mine[70].start.line}:${mine[70].start.character}`);
      assert.ok(mine[71].start.line >= 4096, `${mine[71].start.line}`);
    } finally {
      await removeFile(uri);
    }
  });

  test('a document cited once is counted in the singular by the hover and the code lens', async () => {
    const uri = await writeFile('zz_single.txt', 'Chỉ thị số 99-CT/TW của Bộ Chính trị.\n');
    try {
      await vscode.workspace.openTextDocument(uri);
      const at = new vscode.Position(0, 15);
      const md = await hoverText(uri, at);
      assert.ok(md.includes('In 1 document of the corpus (1 mention)') || md.includes('Có trong 1 văn bản của kho văn bản (1 lần nhắc đến)'), md);
      const lens = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10))[0];
      assert.ok(lens?.command, 'a lens over the citation');
      assert.ok(['1 mention across the corpus', '1 lần nhắc đến trong kho văn bản'].includes(lens.command.tooltip ?? ''), lens.command.tooltip);
    } finally {
      await removeFile(uri);
    }
  });

  test('"Nghị quyết Trung ương 4 khóa XI và khóa XII" refers to both resolutions: references, hover and lenses say so', async () => {
    const doc = seed('000');
    const mention = occurrences(doc, 'Nghị quyết Trung ương 4 khóa XI và khóa XII')[0];
    const at = mention.start.translate(0, 5);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const texts = refs.map((l) => `${short(l.uri)}:${seed(short(l.uri)).getText(l.range)}`);
    // The gold's Trung ương 4 references of khóa XI and XII in the other seeds (C1, C4).
    for (const expected of ['001:Nghị quyết Trung ương 4 khoá XII', '003:Nghị quyết Trung ương 4 (khóa XI, XII)', '004:Nghị quyết Trung ương 4,\u00a0khóa XII']) {
      assert.ok(texts.includes(expected), `${expected} in ${texts.join(' | ')}`);
    }
    const md = await hoverText(doc.uri, at);
    assert.ok(md.includes('12-NQ/TW') && md.includes('04-NQ/TW'), md);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10)).filter((l) => l.range.isEqual(mention));
    assert.deepStrictEqual(lenses.map((l) => l.command!.title.split(':')[0]).sort(), ['Nghị quyết 04-NQ/TW', 'Nghị quyết 12-NQ/TW']);
  });

  test('hover on a person gathers their positions; on a date gives ISO and weekday', async () => {
    const doc = seed('000');
    const at = occurrences(doc, 'Nguyễn Mạnh Cường')[0].start.translate(0, 2);
    const person = await hoverText(doc.uri, at, false);
    assert.ok(person.includes('Nguyễn Mạnh Cường') && person.includes('Tỉnh ủy viên') && person.includes('Bí thư Đảng bộ Khối các cơ quan tỉnh'), person);
    const d = seed('004');
    const date = await hoverText(d.uri, occurrences(d, '18-10-2021')[0].start.translate(0, 1), false);
    // The weekday in the UI's language (the editor here runs in English).
    assert.ok(date.includes('2021\\-10\\-18') && date.includes('Monday') && !date.includes('Thứ Hai'), date);
  });

  test("a person's hover and Entities tooltip list ten positions, then say how many more", async () => {
    const places = ['Xuân Trường', 'Hải Hậu', 'Giao Thủy', 'Nghĩa Hưng', 'Trực Ninh', 'Nam Trực', 'Vụ Bản', 'Ý Yên', 'Mỹ Lộc', 'Tiền Hải', 'Kiến Xương', 'Vũ Thư', 'Đông Hưng'];
    const text = places.map((p, i) => `Ngày ${i + 1}/3/2021, đồng chí Trần Quốc Khánh, Bí thư Huyện ủy ${p}, dự hội nghị.`).join('\n') + '\n';
    const uri = await writeFile('zz_positions.txt', text);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const hover = await hoverText(uri, occurrences(doc, 'Trần Quốc Khánh')[0].start.translate(0, 2));
      const listed = places.filter((p) => hover.includes(`Bí thư Huyện ủy ${p}`));
      assert.deepStrictEqual(listed, places.slice(0, 10), hover);
      assert.ok(hover.includes('and 3 more positions'), hover);
      // And so does its tooltip in the Entities view.
      const tooltip = String(treeItemOf(api.index, { type: 'entity', key: 'trần quốc khánh' }).tooltip).split('\n');
      assert.deepStrictEqual(tooltip, [...places.slice(0, 10).map((p) => `Bí thư Huyện ủy ${p}`), '… and 3 more positions']);
    } finally {
      await removeFile(uri);
    }
  });

  test('document highlights mark the other mentions in the same file', async () => {
    const hl = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', seed('000').uri, onCode('000'));
    const codes = occurrences(seed('000'), CODE);
    assert.strictEqual(hl.length, codes.length);
    for (const r of codes) assert.ok(hl.some((h) => h.range.contains(r)));
  });

  test('the Outline groups citations, people and dates', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed('000').uri);
    const group = (names: string[]) => {
      const g = symbols.find((s) => names.includes(s.name));
      assert.ok(g, names.join('/'));
      for (const c of g.children) assert.ok(g.range.contains(c.range));
      return g.children.map((c) => c.name);
    };
    const citations = group(['Citations', 'Trích dẫn']);
    for (const code of ['05-CT/TW', '08-NQ/TU', '03-NQ/ĐUK', '02-NQ/TW', '37-QĐ/TW']) assert.ok(citations.some((n) => n.includes(code)), code);
    assert.ok(group(['People', 'Nhân vật']).includes('Nguyễn Mạnh Cường'));
    assert.ok(group(['Dates', 'Ngày tháng']).includes('28/12/2021 (2021-12-28)'));
  });

  test('workspace symbols find a person with or without diacritics', async () => {
    for (const q of ['nguyen manh cuong', 'Nguyễn Mạnh Cường', 'NGUYEN MANH']) {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', q);
      const hit = found.find((s) => s.name.startsWith('Nguyễn Mạnh Cường'));
      assert.ok(hit, q);
      assert.strictEqual(short(hit.location.uri), '000');
    }
    const code = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'chi thi 05');
    assert.ok(code.some((s) => s.name.includes(CODE)));
    // A document the seeds cite by its conference carries that name beside its code.
    const conference = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Trung ương 4 khóa XII');
    assert.ok(conference.some((s) => s.name.startsWith('Nghị quyết 04-NQ/TW · Nghị quyết Trung ương 4 khóa XII')), conference.map((s) => s.name).join(' | '));
  });

  test('Ctrl+T names what a file writes in NFD in NFC, as the quick pick matches what keyboards type', async () => {
    const uri = await writeFile('zz_nfd.txt', 'Đồng chí Trịnh Văn Quyết, Bí thư Huyện ủy Mỹ Lộc, phát biểu.\n'.normalize('NFD'));
    try {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Trịnh Văn Quyết');
      const hit = found.find((s) => s.location.uri.toString() === uri.toString());
      assert.ok(hit, found.map((s) => s.name).join(' | '));
      assert.ok(hit.name.startsWith('Trịnh Văn Quyết'.normalize('NFC')) && hit.name === hit.name.normalize('NFC'), JSON.stringify(hit.name));
    } finally {
      await removeFile(uri);
    }
  });

  test('a name written with an apostrophe, \' or ’, is one person for Ctrl+T typed without it and for references', async () => {
    const a = await writeFile('zz_apos_a.txt', 'Đồng chí K\u2019Brông, Bí thư Chi bộ thôn 3, phát biểu.\n');
    const b = await writeFile('zz_apos_b.txt', "Đồng chí K'Brông, Bí thư Chi bộ thôn 3, kết luận.\n");
    try {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'kbrong');
      const hit = found.find((s) => s.name.startsWith('K\u2019Brông') || s.name.startsWith("K'Brông"));
      assert.ok(hit, found.map((s) => s.name).join(' | '));
      // The name shown carries the folded spelling, so that the quick pick's own filter keeps the hit.
      assert.ok(hit.name.includes('kbrong'), hit.name);
      const doc = await vscode.workspace.openTextDocument(a);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', a, new vscode.Position(0, 12));
      assert.deepStrictEqual(refs.map((l) => path.basename(l.uri.fsPath)).sort(), ['zz_apos_a.txt', 'zz_apos_b.txt']);
      assert.strictEqual(doc.getText(refs.find((l) => l.uri.toString() === a.toString())!.range), 'K\u2019Brông');
    } finally {
      await removeFile(a);
      await removeFile(b);
    }
  });

  test('code lens over the first citation says "cited in 4 documents" and opens those references', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', seed('003').uri, 10);
    const first = occurrences(seed('003'), CODE)[0];
    const lens = lenses.filter((l) => l.range.contains(first));
    assert.strictEqual(lens.length, 1);
    // Named by its code when its line (a paragraph) carries other lenses too.
    const alone = lenses.filter((l) => l.range.start.line === first.start.line).length === 1;
    const counts = ['cited in 4 documents', 'được trích dẫn trong 4 văn bản'];
    assert.ok(counts.some((c) => lens[0].command!.title === (alone ? c : `Chỉ thị ${CODE}: ${c}`)), lens[0].command!.title);
    // The lens carries the key, not the locations: clicking it makes them and opens the references peek.
    assert.strictEqual(lens[0].command!.command, 'vankien.showReferences');
    assert.ok(!lens[0].command!.arguments!.some((a) => Array.isArray(a)), 'no list of locations in the lens');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('003').uri, onCode('003'));
    // The lens names the key Find All References answers for at that mention; clicking it shows as many places.
    const key = lens[0].command!.arguments![2] as string;
    assert.strictEqual(typeof key, 'string');
    assert.ok(key.includes(CODE), key);
    const shown = await vscode.commands.executeCommand<number>(lens[0].command!.command, ...lens[0].command!.arguments!);
    await vscode.commands.executeCommand('closeReferenceSearch');
    assert.strictEqual(shown, refs.length);
    assert.ok(refs.length >= 4, `${refs.length} references`);
    // Run without a lens's arguments (a keybinding), it shows nothing and fails nothing.
    assert.strictEqual(await vscode.commands.executeCommand<number>(lens[0].command!.command), 0);
    // Only the first citation of a document in a file carries a lens.
    assert.ok(!lenses.some((l) => l.range.contains(occurrences(seed('003'), CODE)[1])));
  });

  test('the lenses of a paragraph with several cited documents each name theirs', async () => {
    let lines = 0;
    for (const doc of seeds.values()) {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100);
      const byLine = new Map<number, vscode.CodeLens[]>();
      for (const l of lenses) byLine.set(l.range.start.line, [...(byLine.get(l.range.start.line) ?? []), l]);
      for (const [line, here] of byLine) {
        if (here.length === 1) {
          assert.match(here[0].command!.title, /^(cited in|được trích dẫn)/, `line ${line + 1} of ${path.basename(doc.uri.fsPath)}`);
          continue;
        }
        lines++;
        const titles = here.map((l) => l.command!.title);
        assert.strictEqual(new Set(titles).size, titles.length, `distinct lenses: ${titles.join(' | ')}`);
        for (const l of here) {
          const key = l.command!.arguments![2] as string;
          const title = l.command!.title;
          assert.strictEqual(title, `${api.index.labelOf(key)}: ${title.slice(title.lastIndexOf(': ') + 2)}`);
          assert.match(title.slice(title.lastIndexOf(': ') + 2), /^(cited in|được trích dẫn)/);
          // A code's lens says its code.
          if (/^\d/.test(key)) assert.ok(title.includes(key.split('@')[0]), `${title} names ${key}`);
        }
      }
    }
    assert.ok(lines > 0, 'the seeds have paragraphs citing several documents');
  });

  test('the seeds raise no diagnostics: their codes, dates and weekdays agree', async () => {
    await new Promise((r) => setTimeout(r, 500));
    for (const [prefix, doc] of seeds) {
      const own = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'vankien');
      assert.deepStrictEqual(own.map((d) => d.message), [], prefix);
    }
  });

  test('a code with look-alike letters is flagged, with a quick fix, and the setting turns it off', async () => {
    const uri = await writeFile('zz_lookalike.txt', 'Thực hiện Quy định số 37-Q\u00d0/TW của Ban Chấp hành Trung ương.\n');
    const diags = await waitFor(() => {
      const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'lookalike-characters');
      return ds.length ? ds : undefined;
    }, 'the look-alike diagnostic');
    assert.strictEqual(diags.length, 1);
    assert.ok(diags[0].message.includes('U+00D0') && diags[0].message.includes('37-QĐ/TW'));
    await vscode.workspace.openTextDocument(uri); // code actions are asked of an open model
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diags[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.title.includes('37-QĐ/TW'));
    assert.ok(fix, actions.map((a) => a.title).join());
    const edits = fix.edit!.get(uri);
    assert.deepStrictEqual(edits.map((e) => e.newText), ['37-QĐ/TW']);
    // Typed before the code, the diagnostic not yet caught up: a fix, if any, still rewrites exactly the code.
    const doc = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await doc.edit((e) => e.insert(new vscode.Position(0, 0), '  '));
    const stale = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diags[0].range, vscode.CodeActionKind.QuickFix.value);
    for (const a of stale.filter((x) => x.edit)) {
      for (const e of a.edit!.get(uri)) assert.deepStrictEqual([doc.document.getText(e.range), e.newText], ['37-Q\u00d0/TW', '37-QĐ/TW'], a.title);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const config = vscode.workspace.getConfiguration('vankien');
    await config.update('diagnostics.lookalikeCharacters', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => vscode.languages.getDiagnostics(uri).every((d) => d.code !== 'lookalike-characters'), 'the diagnostic to go');
    } finally {
      await config.update('diagnostics.lookalikeCharacters', undefined, vscode.ConfigurationTarget.Workspace);
      await removeFile(uri);
    }
  });

  test('inlay hints give a day-month the year read for it, and a conference reference its catalogued code; each can be turned off', async () => {
    const hintsAt = async (doc: vscode.TextDocument) => {
      const all = new vscode.Range(0, 0, doc.lineCount, 0);
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, all);
      return hints.map((h) => [doc.getText(new vscode.Range(h.position.translate(0, -Math.min(h.position.character, 12)), h.position)), typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')]);
    };
    const day = occurrences(seed('001'), 'Sáng 14-1')[0];
    const years = await hintsAt(seed('001'));
    assert.ok(years.some(([before, label]) => before.endsWith('Sáng 14-1') && label === '-2022'), JSON.stringify(years));
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', seed('001').uri, new vscode.Range(day.start, day.end));
    const hint = hints.find((h) => h.position.isEqual(day.end));
    assert.ok(hint && typeof hint.tooltip === 'string' && hint.tooltip.includes('14/01/2022'), JSON.stringify(hint?.tooltip));
    const codes = await hintsAt(seed('000'));
    assert.ok(codes.some(([before, label]) => before.endsWith('khóa XII') && label === '12-NQ/TW, 04-NQ/TW'), JSON.stringify(codes));
    const config = vscode.workspace.getConfiguration('vankien');
    await config.update('inlayHints.inferredYears', false, vscode.ConfigurationTarget.Workspace);
    try {
      const after = await hintsAt(seed('001'));
      assert.ok(!after.some(([, label]) => label === '-2022'), JSON.stringify(after));
      assert.ok((await hintsAt(seed('000'))).some(([, label]) => label === '12-NQ/TW, 04-NQ/TW'), 'the codes stay');
    } finally {
      await config.update('inlayHints.inferredYears', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('conflicting issuers: one body spelled two ways is one issuer; another body is the conflict', async () => {
    const a = await writeFile('zz_iss_a.txt', 'Thực hiện Quy định số 88-QĐ/TU ngày 2/3/2019 của Tỉnh ủy về công tác cán bộ.\n');
    const b = await writeFile('zz_iss_b.txt', 'Căn cứ\nQuy định số 88-QĐ/TU ngày 2/3/2019 của Tỉnh uỷ về công tác cán bộ.\n');
    const c = await writeFile('zz_iss_c.txt', 'Dòng một\nDòng hai: Quy định số 88-QĐ/TU ngày 2/3/2019 của Thành ủy về công tác.\n'.normalize('NFD'));
    try {
      const diag = await waitFor(() => vscode.languages.getDiagnostics(a).find((d) => d.code === 'conflicting-issuers'), 'the conflict of issuers');
      assert.ok(/: Tỉnh ủy; Thành ủy\.$|: Thành ủy; Tỉnh ủy\.$/.test(diag.message.normalize('NFC')), diag.message);
      assert.deepStrictEqual(diag.relatedInformation?.map((r) => path.basename(r.location.uri.fsPath)), ['zz_iss_c.txt']);
      const fromB = await waitFor(() => vscode.languages.getDiagnostics(b).find((d) => d.code === 'conflicting-issuers'), 'the conflict in the file spelling Tỉnh uỷ');
      assert.deepStrictEqual(fromB.relatedInformation?.map((r) => path.basename(r.location.uri.fsPath)), ['zz_iss_c.txt']);
      const fromC = await waitFor(() => vscode.languages.getDiagnostics(c).find((d) => d.code === 'conflicting-issuers'), 'the conflict in the file naming Thành ủy');
      assert.deepStrictEqual(fromC.relatedInformation?.map((r) => path.basename(r.location.uri.fsPath)).sort(), ['zz_iss_a.txt', 'zz_iss_b.txt']);
    } finally {
      for (const u of [a, b, c]) await removeFile(u);
    }
  });

  test('one code cited in two terms is kept apart and flagged, pointing at the other citation', async () => {
    const a = await writeFile('zz_term_a.txt', 'Thực hiện Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương về xây dựng Đảng.\n');
    const b = await writeFile('zz_term_b.txt', 'Thực hiện Nghị quyết số 12-NQ/TW ngày 03/01/2022 của Bộ Chính trị về quốc phòng.\n');
    try {
      const diag = await waitFor(() => vscode.languages.getDiagnostics(a).find((d) => d.code === 'code-in-several-terms'), 'the cross-term diagnostic');
      assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Information);
      assert.deepStrictEqual(diag.relatedInformation?.map((r) => path.basename(r.location.uri.fsPath)), ['zz_term_b.txt']);
      const docA = await vscode.workspace.openTextDocument(a);
      const at = occurrences(docA, '12-NQ/TW')[0].start.translate(0, 2);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', a, at);
      const files = refs.map((l) => path.basename(l.uri.fsPath));
      assert.ok(files.includes('zz_term_a.txt') && !files.includes('zz_term_b.txt'), files.join(', '));
      // The seeds' "Nghị quyết Trung ương 4 khóa XI" (alone, or with khóa XII) name the 2012 resolution too.
      const inSeeds = refs.filter((l) => !path.basename(l.uri.fsPath).startsWith('zz_'));
      assert.ok(inSeeds.length >= 2, files.join(', '));
      for (const l of inSeeds) assert.match(seed(short(l.uri)).getText(l.range), /Trung ương 4/);
      const docB = await vscode.workspace.openTextDocument(b);
      const atB = occurrences(docB, '12-NQ/TW')[0].start.translate(0, 2);
      const refsB = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', b, atB);
      assert.deepStrictEqual(refsB.map((l) => path.basename(l.uri.fsPath)), ['zz_term_b.txt']);
    } finally {
      await removeFile(a);
      await removeFile(b);
    }
  });

  test('a workspace vankien.catalog.yaml entry becomes the definition when no corpus document is that document; Peek also shows the fullest citation', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    const yaml = '# Known documents\ndocuments:\n  - code: 37-QĐ/TW\n    type: Quy định\n    date: 2021-10-25\n    issuer: Ban Chấp hành Trung ương\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(yaml, 'utf8'));
    try {
      const doc = seed('000');
      const at = occurrences(doc, '37-QĐ/TW')[0].start.translate(0, 2);
      const defs = await waitFor(async () => {
        const defs = await definitionsAt(doc, at);
        return defs.some((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml') ? defs : undefined;
      }, 'the catalogue entry to be the definition');
      // The catalogue entry and the fullest citation, each once (the editor lists them by file).
      const where = defs.map((d) => `${path.basename(d.uri.fsPath)}:${d.range.start.line}`);
      assert.deepStrictEqual([...where].sort(), [`${path.basename(doc.uri.fsPath)}:${at.line}`, 'vankien.catalog.yaml:2'].sort());
      const citation = defs.find((d) => d.uri.toString() === doc.uri.toString())!;
      assert.ok(doc.getText(citation.range).includes('37-QĐ/TW'), doc.getText(citation.range));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    const doc = seed('000');
    const at = occurrences(doc, '37-QĐ/TW')[0].start.translate(0, 2);
    await definitionBackInSeed000(doc, at);
  });

  test('a catalogue entry\'s alias names a plenum\'s resolution: hover, F12 and the inlay hint give its code; a bad alias is shown on the file', async () => {
    const cat = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    const yaml = 'documents:\n  - code: 97-NQ/TU\n    type: Nghị quyết\n    title: Về phát triển du lịch\n    date: 2022-07-20\n    aliases:\n      - Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX\n      - du lịch là ngành kinh tế mũi nhọn\n';
    await vscode.workspace.fs.writeFile(cat, Buffer.from(yaml, 'utf8'));
    const uri = await writeFile('zz_plenum_alias.txt', 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX) về phát triển du lịch.\n');
    const coded = await writeFile('zz_plenum_coded.txt', 'Thực hiện Nghị quyết số 97-NQ/TU ngày 20/7/2022 của Tỉnh ủy.\n');
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const at = new vscode.Position(0, 20);
      const defs = await waitFor(async () => {
        const defs = await definitionsAt(doc, at);
        return defs.some((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml') ? defs : undefined;
      }, 'the catalogue entry to be the definition of the plenum\'s resolution');
      assert.strictEqual(defs.find((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml')!.range.start.line, 1);
      const md = await hoverText(uri, at);
      assert.ok(/(Code|Số hiệu): 97-NQ\/TU/.test(md) && md.includes('Về phát triển du lịch') && md.includes('2022-07-20'), md);
      // The name and the code are one document: references and counts go over both.
      assert.ok(md.includes('zz_plenum_coded.txt') && (md.includes('In 2 documents of the corpus (2 mentions)') || md.includes('Có trong 2 văn bản của kho văn bản (2 lần nhắc đến)')), md);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at);
      assert.deepStrictEqual(refs.map((l) => path.basename(l.uri.fsPath)).sort(), ['zz_plenum_alias.txt', 'zz_plenum_coded.txt']);
      const fromCode = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', coded, new vscode.Position(0, 25));
      assert.deepStrictEqual(fromCode.map((l) => path.basename(l.uri.fsPath)).sort(), ['zz_plenum_alias.txt', 'zz_plenum_coded.txt']);
      const mention = new vscode.Range(0, 11, 0, 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)'.length);
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, 1, 0));
      assert.deepStrictEqual(hints.filter((h) => h.position.isEqual(mention.end)).map((h) => h.label), ['97-NQ/TU']);
      const problems = await waitFor(() => {
        const ds = vscode.languages.getDiagnostics(cat);
        return ds.length ? ds : undefined;
      }, 'the bad alias to be shown on the catalogue');
      assert.deepStrictEqual(problems.map((d) => d.range.start.line), [1]);
      assert.ok(problems[0].message.includes('du lịch là ngành kinh tế mũi nhọn'), problems[0].message);
    } finally {
      await vscode.workspace.fs.delete(cat);
      await removeFile(uri);
      await removeFile(coded);
    }
  });

  test('F12 on a mention naming two documents offers the definitions of both', async () => {
    // "Nghị quyết Trung ương 4 khóa XI và khóa XII" names 12-NQ/TW and 04-NQ/TW; the catalogue places 04-NQ/TW.
    const uri = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('documents:\n  - code: 04-NQ/TW\n    type: Nghị quyết\n', 'utf8'));
    const doc = seed('000');
    const at = occurrences(doc, 'Trung ương 4 khóa XI và khóa XII')[0].start.translate(0, 3);
    try {
      const defs = await waitFor(async () => {
        const defs = await definitionsAt(doc, at);
        return defs.some((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml') ? defs : undefined;
      }, 'the catalogue entry of 04-NQ/TW among the definitions');
      const texts = defs.filter((d) => path.basename(d.uri.fsPath) !== 'vankien.catalog.yaml').map((d) => seed(short(d.uri)).getText(d.range));
      assert.ok(texts.some((t) => /Trung ương 4 khóa XI/.test(t)), `a citation of 12-NQ/TW among ${JSON.stringify(texts)}`);
      const ids = defs.map((d) => `${d.uri.toString()}#${d.range.start.line}:${d.range.start.character}`);
      assert.strictEqual(new Set(ids).size, ids.length, 'each place once');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(async () => !(await definitionsAt(doc, at)).some((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml'), 'the catalogue entry to go');
  });

  test("a catalogue entry's link copied from a browser opens as written: its escapes are not escaped again", async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    const link = 'https://thuvienphapluat.vn/van-ban/Quy-%C4%91%E1%BB%8Bnh-37-QD-TW.aspx';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`documents:\n  - code: 37-QĐ/TW\n    type: Quy định\n    link: ${link}\n`, 'utf8'));
    const doc = seed('000');
    const at = occurrences(doc, '37-QĐ/TW')[0].start.translate(0, 2);
    try {
      const md = await waitFor(async () => {
        const md = await hoverText(doc.uri, at, false);
        return md.includes('thuvienphapluat') ? md : undefined;
      }, 'the hover to show the catalogue link');
      assert.ok(md.includes(`](${link})`), md);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await definitionBackInSeed000(doc, at);
  });

  test('a term says what it is: a Party term, a term of office, a congress number', async () => {
    const uri = await writeFile('zz-terms.txt', 'Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025, bầu Ban Chấp hành khóa XX.\n');
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const said = async (part: string) => {
        return hoverText(uri, occurrences(doc, part)[0].start.translate(0, 2));
      };
      assert.match(await said('nhiệm kỳ 2020-2025'), /— (term of office|nhiệm kỳ)$/m);
      assert.match(await said('khóa XX'), /— (term \(khóa\)|khóa)$/m);
    } finally {
      await removeFile(uri);
    }
  });

  test('a catalogue entry with malformed fields still gives a hover, without them', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    const yaml = 'documents:\n  - code: 37-QĐ/TW\n    type: Quy định\n    title: [a, b]\n    issuer: {x: 1}\n    link: ["https://example.org/qd37"]\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(yaml, 'utf8'));
    const doc = seed('000');
    const at = occurrences(doc, '37-QĐ/TW')[0].start.translate(0, 2);
    try {
      await waitFor(async () => {
        const defs = await definitionsAt(doc, at);
        return defs.some((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml');
      }, 'the catalogue entry to be read');
      const md = await hoverText(doc.uri, at);
      assert.ok(md.includes('37-QĐ/TW'), md);
      assert.ok(!md.includes('[object Object]'), md);
      assert.ok(!md.includes('example.org'), md);
      assert.ok(!/\ba,b\b/.test(md), md);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await definitionBackInSeed000(doc, at);
  });

  test('a catalogue entry with a date that is not one is flagged on the catalogue file, and its date is not shown', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('documents:\n  - code: 05-CT/TW\n    type: Chỉ thị\n    date: 2016-13-45\n', 'utf8'));
    try {
      // (A read that raced the write may flag the file for a moment; the last read decides.)
      const diag = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => d.message.includes('2016-13-45')), 'the catalogue problem on its file');
      assert.strictEqual(diag.range.start.line, 1);
      assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Warning);
      await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'no other problem');
      const md = await hoverText(seed('003').uri, onCode('003'));
      assert.ok(md.includes('05-CT/TW') && !md.includes('2016-13-45'), md);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'the problem to go with the file');
  });

  test('quick successive saves of vankien.catalog.yaml end with the last content applied', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'vankien.catalog.yaml');
    const doc = seed('000');
    const at = occurrences(doc, '37-QĐ/TW')[0].start.translate(0, 2);
    const version = (comments: number) => '# note\n'.repeat(comments) + 'documents:\n  - code: 37-QĐ/TW\n    type: Quy định\n';
    try {
      for (let n = 0; n < 6; n++) await vscode.workspace.fs.writeFile(uri, Buffer.from(version(n), 'utf8'));
      const lineOf = async () => {
        const defs = await definitionsAt(doc, at);
        return defs.find((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml')?.range.start.line;
      };
      await waitFor(async () => (await lineOf()) === 6, 'the last saved catalogue to be the definition');
      await new Promise((r) => setTimeout(r, 1000));
      assert.strictEqual(await lineOf(), 6);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await definitionBackInSeed000(doc, at);
  });

  test('semantic tokens mark a person the corpus knows where the file gives no cue', async () => {
    const uri = await writeFile('zz_semantic.txt', 'Phát biểu bế mạc, Nguyễn Mạnh Cường đề nghị các chi bộ tiếp tục.\n');
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
      const data = tokens.data;
      const found: string[] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        found.push(`${legend.tokenTypes[data[i + 3]]}:${doc.getText(new vscode.Range(line, char, line, char + data[i + 2]))}`);
      }
      assert.deepStrictEqual(found, ['variable:Nguyễn Mạnh Cường']);
    } finally {
      await removeFile(uri);
    }
  });

  test('a dateline whose weekday does not match its date is flagged', async () => {
    const uri = await writeFile('zz_weekday.txt', 'Hội nghị sơ kết\n\n8:43, Thứ Ba, 18-10-2021\n\nChiều 15/10/2021, Ban Chấp hành họp.\n');
    try {
      const d = await waitFor(() => vscode.languages.getDiagnostics(uri).find((x) => x.code === 'dateline-weekday'), 'the weekday diagnostic');
      // The weekday written is quoted as written; the date's own is named in the UI's language.
      assert.ok(d.message.includes('Thứ Ba') && d.message.includes('2021-10-18') && d.message.includes('is a Monday'), d.message);
    } finally {
      await removeFile(uri);
    }
  });

  test('a binary file is left out and everything else keeps working', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'zz_binary.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from([0x43, 0x68, 0x00, 0x01, 0x02, 0x30, 0x35, 0x2d, 0x43, 0x54, 0x2f, 0x54, 0x57]));
    const probe = await writeFile('zz_after_binary.txt', 'Chỉ thị số 05-CT/TW.\n'); // indexed after the binary file's event
    try {
      assert.ok(!api.index.has(uri.toString()), 'the binary file is not indexed');
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('000').uri, onCode('000'));
      assert.deepStrictEqual([...new Set(refs.map((l) => short(l.uri)))].sort(), ['000', '001', '003', '004', 'zz_']);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await removeFile(probe);
    }
  });

  test('a folder renamed and then deleted takes its documents along in the index and the references', async () => {
    const citing = async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('000').uri, onCode('000'));
      return [...new Set(refs.map((l) => path.relative(folder().uri.fsPath, l.uri.fsPath).split(path.sep).join('/')))].filter((p) => p.includes('/')).sort();
    };
    const before = api.index.documentCount;
    const dir = vscode.Uri.joinPath(folder().uri, 'zz_dir');
    const moved = vscode.Uri.joinPath(folder().uri, 'zz_moved');
    const file = vscode.Uri.joinPath(dir, 'sub', 'zzf.txt');
    await vscode.workspace.fs.writeFile(file, Buffer.from(seed('003').getText(), 'utf8'));
    try {
      await waitFor(() => api.index.has(file.toString()), 'the copy in a new folder to be indexed');
      assert.strictEqual(api.index.documentCount, before + 1);
      assert.deepStrictEqual(await citing(), ['zz_dir/sub/zzf.txt']);

      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(dir, moved);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const movedFile = vscode.Uri.joinPath(moved, 'sub', 'zzf.txt');
      await waitFor(() => api.index.has(movedFile.toString()) && !api.index.has(file.toString()), 'the renamed folder to be followed');
      assert.strictEqual(api.index.documentCount, before + 1, 'no dead document under the old name');
      assert.deepStrictEqual(await citing(), ['zz_moved/sub/zzf.txt']);

      await vscode.workspace.fs.delete(moved, { recursive: true });
      await waitFor(() => !api.index.has(movedFile.toString()), 'the deleted folder to leave the index');
      assert.strictEqual(api.index.documentCount, before);
      assert.deepStrictEqual(await citing(), []);
    } finally {
      for (const d of [dir, moved]) await vscode.workspace.fs.delete(d, { recursive: true }).then(undefined, () => undefined);
    }
  });

  test('a re-index keeps answering: references stay whole while the corpus is read again', async () => {
    const refsOf05 = async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed('000').uri, onCode('000'));
      return new Set((refs ?? []).map((l) => short(l.uri))).size;
    };
    assert.strictEqual(await refsOf05(), 4);
    const config = vscode.workspace.getConfiguration('vankien');
    const defaults = config.inspect<string[]>('corpus.exclude')?.defaultValue ?? [];
    // A corpus setting change re-reads the whole corpus; ask all the while it runs.
    const change = config.update('corpus.exclude', [...defaults, '**/zz_nothing/**'], vscode.ConfigurationTarget.Workspace);
    const seen: number[] = [];
    try {
      const until = Date.now() + 3000;
      while (Date.now() < until) seen.push(await refsOf05());
      await change;
      await api.ready();
      seen.push(await refsOf05());
    } finally {
      await config.update('corpus.exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await api.ready();
    }
    assert.ok(seen.length > 10, `asked ${seen.length} times`);
    assert.deepStrictEqual([...new Set(seen)], [4], 'the number of seeds citing 05-CT/TW, asked during the re-index');
  });

  test('a file renamed while the corpus is being read keeps its document once the reading ends', async () => {
    // Enough files that reading them takes a few seconds.
    const dir = vscode.Uri.joinPath(folder().uri, 'zz_many');
    const text = Buffer.from('Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, đồng chí Nguyễn Văn A phát biểu.\n'.repeat(60), 'utf8');
    await Promise.all(Array.from({ length: 3000 }, (_, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, `m${i}.txt`), text)));
    const before = await writeFile('zz_before.txt', 'Thực hiện Kế hoạch số 77-KH/TU của Tỉnh ủy.\n');
    const after = vscode.Uri.joinPath(folder().uri, 'zz_after.txt');
    await waitFor(() => [...api.index.documents()].filter((d) => d.uri.includes('/zz_many/')).length === 3000, 'the files to be indexed', 60_000);
    try {
      let finished = false;
      const reindex = Promise.resolve(vscode.commands.executeCommand('vankien.reindex')).then(() => (finished = true));
      // The folder is listed by now (a walk of some milliseconds), and not yet read.
      await new Promise((r) => setTimeout(r, 500));
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(before, after);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(!finished, 'the file was renamed while the corpus was being read (else this test shows nothing)');
      await reindex;
      await api.ready();
      assert.ok(api.index.has(after.toString()), 'the renamed file is indexed after the re-index');
      assert.ok(!api.index.has(before.toString()));
    } finally {
      for (const u of [before, after]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(dir, { recursive: true });
      await waitFor(() => !api.index.has(after.toString()) && ![...api.index.documents()].some((d) => d.uri.includes('/zz_many/')), 'the test files to leave the index', 60_000);
    }
  });

  test('a file over the size limit gives the same tags closed, open, and open through a re-index', async () => {
    const config = vscode.workspace.getConfiguration('vankien');
    const seedKey = seed('000').uri.toString();
    const whole = api.index.get(seedKey)!.entities.length;
    await config.update('maxFileSizeKB', 1, vscode.ConfigurationTarget.Workspace);
    const uri = vscode.Uri.joinPath(folder().uri, 'zz_big.txt');
    const citations = () => api.index.get(uri.toString())?.entities.filter((e) => e.kind === 'citation').length;
    try {
      await api.ready();
      await vscode.workspace.fs.writeFile(uri, Buffer.from('Thực hiện Chỉ thị số 05-CT/TW.\n'.repeat(300), 'utf8'));
      const closed = await waitFor(() => citations(), 'the file to be indexed');
      assert.ok(closed > 0 && closed < 300, `cut at 1 KB: ${closed} of 300 citations`);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await new Promise((r) => setTimeout(r, 500));
      assert.strictEqual(citations(), closed, 'open');
      await vscode.commands.executeCommand('vankien.reindex');
      await api.ready();
      assert.strictEqual(citations(), closed, 'open, after a re-index');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await config.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
      await api.ready();
      await waitFor(() => !api.index.has(uri.toString()), 'the file to leave the index');
      // The seeds whole again (the limit's change re-reads them) for the tests after this one.
      await waitFor(() => api.index.get(seedKey)?.entities.length === whole, 'the seeds to be read whole again', 60_000);
      await api.ready();
    }
  });

  test('a deleted file whose buffer VS Code still holds stays out of the index through a re-index', async () => {
    const uri = await writeFile('zz-gone.txt', 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n');
    // Loaded without an editor: the buffer stays in workspace.textDocuments, as one does for a while
    // after its editor is closed.
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(!doc.isClosed && !doc.isDirty);
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !api.index.has(uri.toString()), 'the deleted file to leave the index');
    await vscode.commands.executeCommand('vankien.reindex');
    await api.ready();
    assert.ok(!doc.isClosed, 'the buffer is still held');
    assert.ok(!api.index.has(uri.toString()), 'the re-index left the deleted file out');
  });

  test('a re-index puts the documents open in editors in the index first, before the folder is read', async () => {
    // A corpus file no editor holds: it is read with the folder.
    const closed = await writeFile('zz-closed.txt', 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n');
    const heard: string[][] = [];
    const sub = api.index.onDidChange((c) => heard.push([...c.uris]));
    try {
      await vscode.commands.executeCommand('vankien.reindex');
      await api.ready();
      // The buffers of files earlier tests deleted are still held a while, and stay out of the index.
      const open = vscode.workspace.textDocuments
        .filter((d) => !d.isClosed && d.languageId === 'vankien' && (d.isDirty || fs.existsSync(d.uri.fsPath)))
        .map((d) => d.uri.toString());
      assert.ok(open.length >= 5, 'the seeds are open');
      const withClosed = heard.findIndex((uris) => uris.includes(closed.toString()));
      assert.ok(withClosed >= 0, 'the closed file was indexed again');
      const first = new Set(heard.slice(0, withClosed).flat());
      assert.deepStrictEqual(open.filter((u) => !first.has(u)), [], 'every open document was in the index before the folder was read');
    } finally {
      sub.dispose();
      await removeFile(closed);
    }
  });

  test('hover shows markdown, command links and HTML from a document as plain text', async () => {
    const name = 'zz [x](command:workbench.action.quit) <img src=x>.txt';
    const text = 'Chỉ thị số 05-CT/TW của Bộ Chính trị về “[y](command:workbench.action.quit) <b>đậm</b> **z**”.\n';
    const uri = await writeFile(name, text);
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, occurrences(doc, CODE)[0].start.translate(0, 2));
      const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string');
      assert.ok(contents.length > 0);
      for (const c of contents) {
        assert.ok(!c.isTrusted, 'hover markdown is untrusted');
        assert.ok(!c.supportHtml, 'hover markdown renders no HTML');
        assert.ok(!c.value.includes('](command:'), c.value);
        assert.ok(!/(^|[^\\])<(img|b)\b/.test(c.value), c.value);
      }
      const all = contents.map((c) => c.value).join('\n');
      assert.ok(all.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\) \\<img src\\=x\\>'), all);
    } finally {
      await removeFile(uri);
    }
  });
});
