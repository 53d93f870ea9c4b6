// The grammar over the five seeds, in the real TextMate engine, against the hand-checked gold:
// every citation, code and date of the gold is inside the right scopes; every person the text
// introduces by "đồng chí" or by a title is inside a person scope; ratios, terms, times, phone
// numbers, counts, street addresses and places are not. The same over NFD and old-tone copies.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { goldDir, readSeed, seedFiles } from '../paths';
import { loadGrammar, occurrences, TokenizedText } from './tokenizer';
import { toNfd, toOldTone } from './variants';

interface Gold {
  doc: string;
  citations: { text: string; code: string | null; type: string; count: number }[];
  people: { name: string; positions: string[]; count: number }[];
  dates: { text: string; count: number }[];
}

const CITATION = 'meta.citation.';
const TYPE_WORD = 'support.type.document.';
const CODE = 'constant.other.reference.code.';
const DATE = 'constant.numeric.date.';
const PERSON = 'entity.name.function.person.';

/** Written in the seeds, and not a date, a code, a citation or a person (gold judgement calls D3, P6). */
const NOT_ENTITIES = [
  '22/28', '6/28', '2/3', '2020-2025', '2020 - 2025', '2021 - 2026', '2021 – 2026',
  '18:12', '03:01', '8:43', '0228.3849386', '4.028', '10.293', '1.553', '1.168', '96,6%',
  'Số 68 Trần Phú', 'Nam Định', 'Hậu Giang', 'Quảng Trị', '9 tháng đầu năm', '3 tháng cuối năm 2021',
];
const NOT_SCOPES = [DATE, CODE, PERSON, CITATION];

const VARIANTS: { name: string; apply: (s: string) => string }[] = [
  { name: 'as written (NFC)', apply: (s) => s },
  { name: 'NFD copy', apply: toNfd },
  { name: 'old tone placement copy', apply: toOldTone },
  { name: 'old tone placement, NFD copy', apply: (s) => toNfd(toOldTone(s)) },
];

function readGold(seed: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(goldDir, seed.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Offsets (in the NFC text) of the mentions of a gold person that the text itself introduces:
 * right after "đồng chí"/"Đồng chí"/"Các đồng chí:", or right after or before one of the
 * person's gold positions ("Bí thư Đảng ủy Khối Đỗ Thị Lý", "Nguyễn Văn Thông – Phó Bí thư …").
 */
function introducedMentions(text: string, person: Gold['people'][number]): number[] {
  return occurrences(text, person.name).filter((at) => {
    const before = text.slice(Math.max(0, at - 120), at);
    const after = text.slice(at + person.name.length, at + person.name.length + 160);
    if (/[Đđ]ồng chí:?\s$/u.test(before)) return true;
    return person.positions.some(
      (p) => new RegExp(escapeRegExp(p) + ':?\\s$', 'u').test(before) || new RegExp('^\\s*[,\\-–—]\\s*' + escapeRegExp(p), 'u').test(after),
    );
  });
}

/** Occurrences of a literal that stand alone (not inside a longer number). */
function standaloneOccurrences(text: string, literal: string): number[] {
  return occurrences(text, literal).filter((at) => {
    const prev = text[at - 1] ?? ' ';
    const next = text[at + literal.length] ?? ' ';
    return !/[0-9/]/.test(prev) && !/[0-9]/.test(next);
  });
}

describe('grammar over the seeds (vscode-textmate + oniguruma)', function () {
  this.timeout(20_000); // first load compiles the grammar; under a busy machine that can pass 2 s
  for (const variant of VARIANTS) {
    describe(variant.name, function () {
      for (const seed of seedFiles()) {
        describe(seed, function () {
          const original = readSeed(seed);
          const gold = readGold(seed);
          const text = variant.apply(original);
          /** Offset in the variant of an offset in the NFC original. */
          const mapOffset = (at: number) => variant.apply(original.slice(0, at)).length;
          let doc: TokenizedText;

          before(async function () {
            doc = new TokenizedText(text, await loadGrammar());
          });

          if (variant.name !== VARIANTS[0].name) {
            it('is a different spelling of the seed than the original', function () {
              assert.notStrictEqual(text, original);
            });
          }

          it('puts every gold citation inside meta.citation, its type word in support.type.document and its code in a code scope', function () {
            const problems: string[] = [];
            for (const c of gold.citations) {
              const mention = variant.apply(c.text);
              const found = occurrences(text, mention);
              assert.strictEqual(found.length, c.count, `${c.text}: occurrences`);
              for (const at of found) {
                if (!doc.covered(at, at + mention.length, CITATION)) problems.push(`not a citation: ${c.text}`);
                if (!doc.endsAt(at, at + mention.length, CITATION)) problems.push(`citation runs past its text: ${c.text}`);
                const typeWord = mention.split(/\s+/u).slice(0, 2).join(' ');
                if (!doc.covered(at, at + typeWord.length, TYPE_WORD)) problems.push(`type word not scoped: ${c.text}`);
                if (c.code) {
                  const code = variant.apply(c.code);
                  const codeAt = mention.lastIndexOf(code);
                  assert.ok(codeAt > 0, `${c.text} holds its code`);
                  const start = at + codeAt;
                  const [number, rest] = [code.split('-')[0], code.split('-').slice(1).join('-')];
                  const [typeCode, issuer] = rest.split('/');
                  if (!doc.covered(start, start + code.length, CODE)) problems.push(`code not scoped: ${c.code}`);
                  if (!doc.covered(start, start + number.length, 'entity.name.tag.code.number.')) problems.push(`number: ${c.code}`);
                  const typeAt = start + number.length + 1;
                  if (!doc.covered(typeAt, typeAt + typeCode.length, 'entity.name.tag.code.type.')) problems.push(`type code: ${c.code}`);
                  const issuerAt = typeAt + typeCode.length + 1;
                  if (!doc.covered(issuerAt, issuerAt + issuer.length, 'entity.name.tag.code.issuer.')) problems.push(`issuer code: ${c.code}`);
                }
              }
            }
            assert.deepStrictEqual(problems, []);
          });

          it('puts every Party code written in the text inside a code scope', function () {
            const codes = [...text.matchAll(/(?<![\p{L}\p{N}])[0-9]+[-–—][\p{Lu}][\p{L}]*\/[\p{Lu}][\p{L}]*/gu)];
            assert.ok(codes.length > 0 || gold.citations.every((c) => !c.code), 'codes found in the text');
            const unscoped = codes.filter((m) => !doc.covered(m.index, m.index + m[0].length, CODE)).map((m) => m[0]);
            assert.deepStrictEqual(unscoped, []);
          });

          it('puts every gold date inside constant.numeric.date', function () {
            const problems: string[] = [];
            for (const d of gold.dates) {
              const mention = variant.apply(d.text);
              const found = occurrences(text, mention);
              assert.strictEqual(found.length, d.count, `${d.text}: occurrences`);
              for (const at of found) {
                if (!doc.covered(at, at + mention.length, DATE)) problems.push(`${d.text} at ${at}`);
                if (!doc.endsAt(at, at + mention.length, DATE)) problems.push(`date runs past its text: ${d.text}`);
              }
            }
            assert.deepStrictEqual(problems, []);
          });

          it('puts every person introduced by "đồng chí" or by a title inside entity.name.function.person', function () {
            const problems: string[] = [];
            for (const p of gold.people) {
              const name = variant.apply(p.name);
              for (const at of introducedMentions(original, p)) {
                const start = mapOffset(at);
                assert.strictEqual(text.slice(start, start + name.length), name);
                if (!doc.covered(start, start + name.length, PERSON)) problems.push(`${p.name} at ${at}`);
                if (!doc.endsAt(start, start + name.length, PERSON)) problems.push(`person runs past the name: ${p.name}`);
              }
            }
            assert.deepStrictEqual(problems, []);
          });

          it('scopes no citation, date or person that the gold does not list', function () {
            const listed = {
              [CITATION]: new Set(gold.citations.map((c) => variant.apply(c.text))),
              [DATE]: new Set(gold.dates.map((d) => variant.apply(d.text))),
              [PERSON]: new Set(gold.people.map((p) => variant.apply(p.name))),
            };
            const unlisted: string[] = [];
            for (const [scope, texts] of Object.entries(listed)) {
              for (const span of doc.spans(scope)) if (!texts.has(span)) unlisted.push(`${scope}: ${span}`);
            }
            assert.deepStrictEqual(unlisted, []);
          });

          it('keeps ratios, terms, times, phone numbers, counts, addresses and places out of date, code, citation and person scopes', function () {
            const problems: string[] = [];
            for (const literal of NOT_ENTITIES) {
              const mention = variant.apply(literal);
              for (const at of standaloneOccurrences(text, mention)) {
                for (const scope of NOT_SCOPES) {
                  if (doc.touches(at, at + mention.length, scope)) problems.push(`${literal} in ${scope}`);
                }
              }
            }
            assert.deepStrictEqual(problems, []);
          });
        });
      }
    });
  }

  it('finds the introduced people and the negatives in the seeds at all (the checks above are not vacuous)', function () {
    let introduced = 0;
    const negativesSeen = new Set<string>();
    for (const seed of seedFiles()) {
      const text = readSeed(seed);
      for (const p of readGold(seed).people) introduced += introducedMentions(text, p).length;
      for (const literal of NOT_ENTITIES) if (standaloneOccurrences(text, literal).length) negativesSeen.add(literal);
    }
    assert.ok(introduced >= 20, `introduced mentions: ${introduced}`);
    assert.deepStrictEqual(NOT_ENTITIES.filter((l) => !negativesSeen.has(l)), []);
  });

  it('reports how many gold people, bylines included, come out as people', async function () {
    const grammar = await loadGrammar();
    let mentions = 0;
    let scoped = 0;
    for (const seed of seedFiles()) {
      const text = readSeed(seed);
      const doc = new TokenizedText(text, grammar);
      for (const p of readGold(seed).people) {
        for (const at of occurrences(text, p.name)) {
          mentions++;
          if (doc.covered(at, at + p.name.length, PERSON)) scoped++;
        }
      }
    }
    console.log(`      gold person mentions in a person scope: ${scoped}/${mentions}`);
    assert.ok(scoped > mentions / 2);
  });
});
