import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { extract as direct } from '../../../src/core/extract';
import { extract as onDemand } from '../../../src/core/extract/onDemand';

const CORE = path.resolve(__dirname, '../../../src/core');
const ENGINE = path.join(CORE, 'extract');
/** The engine's modules that load nothing heavy: what the rest of the core may load at once. */
const LIGHT = new Set(['onDemand.js', 'unplaced.js', 'weekdays.js', 'keys.js', 'placeSyllables.js', 'bodyAbbreviations.js', 'abbreviations.json']);

function coreModules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return p === ENGINE ? [] : coreModules(p);
    return d.name.endsWith('.js') ? [p] : [];
  });
}

/** In a fresh Node process: loads `modules`, runs `then`, and reports which engine modules and whether `yaml` got loaded. */
function loadedBy(modules: string[], then = ''): { engine: string[]; yaml: boolean; out: string } {
  const script = `
    for (const m of ${JSON.stringify(modules)}) require(m);
    ${then}
    const keys = Object.keys(require.cache);
    console.log(JSON.stringify({
      engine: keys.filter((k) => k.startsWith(${JSON.stringify(ENGINE + path.sep)})).map((k) => require('path').basename(k)).sort(),
      yaml: keys.some((k) => k.includes('${path.sep}node_modules${path.sep}yaml${path.sep}')),
    }));`;
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { ...JSON.parse(out.trim().split('\n').pop()!), out };
}

describe('the extraction engine loads at its first use', () => {
  it('no module of the core outside the engine loads it, nor the YAML library, as it loads', () => {
    const modules = [...coreModules(CORE), ...[...LIGHT].map((m) => path.join(ENGINE, m))];
    assert.ok(modules.length > 30, `found only ${modules.length} core modules`);
    const { engine, yaml } = loadedBy(modules);
    assert.deepStrictEqual(engine.filter((m) => !LIGHT.has(m)), []);
    assert.strictEqual(yaml, false);
  });

  it('the first extraction loads it, and answers as the engine itself does', () => {
    const text = 'Thực hiện Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.';
    const { engine, out } = loadedBy(
      [path.join(ENGINE, 'onDemand.js')],
      `const { extract, engineLoaded } = require(${JSON.stringify(path.join(ENGINE, 'onDemand.js'))});
       if (engineLoaded()) throw new Error('loaded before use');
       console.log(JSON.stringify(extract(${JSON.stringify(text)}, { ranges: false })));
       if (!engineLoaded()) throw new Error('not loaded after use');`,
    );
    assert.ok(engine.includes('citations.js') && engine.includes('people.js'), engine.join(', '));
    const answered = JSON.parse(out.trim().split('\n')[0]);
    assert.deepStrictEqual(answered, JSON.parse(JSON.stringify(direct(text, { ranges: false }))));
    assert.ok(answered.entities.some((e: { kind: string; key: string }) => e.kind === 'citation' && e.key === '12-NQ/TW'));
    assert.deepStrictEqual(onDemand(text), direct(text));
  });

  it('a catalogue file and a YAML export load the YAML library when they are read or written', () => {
    const { yaml } = loadedBy(
      [path.join(CORE, 'corpus', 'catalogFile.js')],
      `const { parseCatalogFile } = require(${JSON.stringify(path.join(CORE, 'corpus', 'catalogFile.js'))});
       const r = parseCatalogFile('file:///c.yaml', '- code: 12-NQ/TW\\n  title: Một số vấn đề\\n');
       if (r.entries.length !== 1) throw new Error(JSON.stringify(r));`,
    );
    assert.strictEqual(yaml, true);
  });
});
