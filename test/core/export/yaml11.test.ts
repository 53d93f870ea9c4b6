// The YAML export read by a YAML 1.1 reader (Python's yaml.safe_load is the likeliest): every string
// must stay a string there too, not become a date, a boolean, a number or an error.
import * as assert from 'assert';
import * as YAML from 'yaml';
import { Entity } from '../../../src/core/types';
import { buildExport, parseYaml, toYaml } from '../../../src/core/export';
import { seedsExport } from './seedsExport';

// Each a string that YAML 1.1 resolves to another type (PyYAML: "=" and "<<" fail to load at all).
const NOT_STRINGS_IN_YAML_11 = [
  '2021-12-28', '2021-1-2 3:04:05', '2021-12-28T08:43:00Z', 'yes', 'No', 'ON', 'off', 'y', 'N', '8:43', '190:20:30.15', '1_000',
  '0b101', '017', '0x1F', '.5', '1.', '+1', '.inf', '-.Inf', '.NaN', '~', 'Null', '<<', '=',
];
// And strings that are strings in both, so stay plain.
const PLAIN = ['8:43 PM', 'a:b', 'Chỉ thị số 05-CT/TW', '1-2', 'yess', '2021-12-28 là ngày'];

describe('YAML export read by a YAML 1.1 reader', () => {
  const doc = buildExport([{
    path: 'a.txt',
    entities: [...NOT_STRINGS_IN_YAML_11, ...PLAIN].map((s, i) => ({
      kind: 'date', text: s, start: i, end: i + 1, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } },
      key: s, iso: s, inferred: false, dateline: false, weekday: s, weekdayMatches: null,
    }) as unknown as Entity),
  }]);

  it('double-quotes the strings YAML 1.1 takes for dates, booleans, numbers, null, merge keys or values', () => {
    const text = toYaml(doc);
    for (const s of NOT_STRINGS_IN_YAML_11) assert.ok(text.includes(`iso: ${JSON.stringify(s)}\n`), s);
    for (const s of PLAIN) assert.ok(text.includes(`iso: ${s}\n`), s);
    assert.deepStrictEqual(YAML.parse(text, { version: '1.1' }), doc);
    assert.deepStrictEqual(parseYaml(text), doc);
  });

  it('escapes the line breaks only YAML 1.1 has (NEL, LS, PS), which a YAML 1.1 reader would break a line at or fold', () => {
    // A subject copied from a web page or a word processor keeps them.
    const subjects = ['Một số vấn đề\u2028cấp bách', 'đoạn một\u2029đoạn hai', 'x\u0085y', '\u2028', 'a\u2028b: c'];
    const withBreaks = buildExport([{
      path: 'b.txt',
      entities: subjects.map((s, i) => ({
        kind: 'organization', text: s, start: i, end: i + 1, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, key: s, name: s,
      }) as unknown as Entity),
    }]);
    const text = toYaml(withBreaks);
    assert.ok(!/[\u0085\u2028\u2029]/.test(text), 'none left raw');
    assert.ok(text.includes('name: "Một số vấn đề\\Lcấp bách"\n'), text);
    assert.ok(text.includes('name: "đoạn một\\Pđoạn hai"\n') && text.includes('name: "x\\Ny"\n'), text);
    assert.deepStrictEqual(YAML.parse(text, { version: '1.1' }), withBreaks);
    assert.deepStrictEqual(parseYaml(text), withBreaks);
  });

  it('gives the seeds\' export to a YAML 1.1 reader as it is', () => {
    const seeds = seedsExport();
    assert.deepStrictEqual(YAML.parse(toYaml(seeds), { version: '1.1' }), seeds);
  });
});
