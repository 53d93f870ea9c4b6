// Words and their lexicon flags, and the one-scan normalisation: the fast paths give what the plain
// string look-ups and the general normalisation give.
import * as assert from 'assert';
import { PhraseSet, plainWords, releaseWords, tokenize } from '../../../src/core/extract/tokens';
import { Lex, WORD_FLAGS } from '../../../src/core/extract/lexicon';
import '../../../src/core/extract/phrase';
import '../../../src/core/extract/bodies';
import { modernToneSpelling, normalizePlain, normalizeWithMap } from '../../../src/core/text/normalize';

describe('word flags', () => {
  it('match the lexicon look-up of the lower-case word, whatever its case', () => {
    const text = 'NGUYỄN Văn An, Phó Bí thư Tỉnh ủy, BAN Tổ chức, các cơ quan, Ủy ban Kiểm tra; xyz ΣΑΣ İstanbul ＡＢＣ';
    const words = tokenize(text);
    for (let k = 0; k < words.count; k++) {
      assert.strictEqual(words.flags(k), WORD_FLAGS.get(words.lower(k)) ?? 0, `word ${words.lower(k)}`);
    }
  });

  it('flag a family name, a head and a body word', () => {
    const words = tokenize('Nguyễn phó ban các');
    assert.ok(words.flags(0) & Lex.Surname);
    assert.ok(words.flags(1) & Lex.HeadModifier);
    assert.ok(words.flags(2) & Lex.OrgHeadFirst);
    assert.strictEqual(words.flags(3) & Lex.Surname, 0);
  });

  it('tell a one-word head of a body from the first word of a longer one', () => {
    // "bộ" is a head ("Bộ Nội vụ") and begins one ("Bộ Chính trị"); "tòa" only begins heads.
    const words = tokenize('Bộ tòa HĐND Tỉnh Nghị Sở');
    assert.ok(words.flags(0) & Lex.OrgHead && words.flags(0) & Lex.OrgHeadPrefix);
    assert.strictEqual(words.flags(1) & Lex.OrgHead, 0);
    assert.ok(words.flags(1) & Lex.OrgHeadPrefix);
    assert.ok(words.flags(2) & Lex.OrgHead);
    assert.strictEqual(words.flags(2) & Lex.OrgHeadPrefix, 0);
    assert.ok(words.flags(3) & Lex.OrgHeadPrefix);
    assert.strictEqual(words.flags(4) & (Lex.OrgHead | Lex.OrgHeadPrefix), 0);
    assert.strictEqual(words.flags(5) & (Lex.OrgHead | Lex.OrgHeadPrefix), Lex.OrgHead);
  });

  it('are the same for a word written with combining marks (the string path)', () => {
    const nfc = tokenize('Nguyễn Thị Hoa');
    const nfd = tokenize('Nguyễn Thị Hoa'.normalize('NFD'));
    assert.strictEqual(nfd.flags(0), WORD_FLAGS.get(nfd.lower(0)) ?? 0);
    assert.strictEqual(nfc.flags(0) & Lex.Surname, Lex.Surname);
  });
});

describe('phrase look-ups without strings', () => {
  const phrases = new Set(['bí thư', 'phó bí thư', 'hà nội', 'tỉnh', 'đồng chí', 'istanbul', 'σας', 'i̇stanbul']);
  const set = new PhraseSet(phrases);
  const text = 'Phó BÍ THƯ Tỉnh ủy, đồng  chí Hà Nội; bí thư-Hà nội ΣΑΣ İstanbul Istanbul ＢÍ thư';
  const words = tokenize(text);

  it('give what the lexicon look-up of the lower-cased, space-joined words gives', () => {
    for (let k = 0; k < words.count; k++) {
      for (let n = 1; n <= 3 && k + n <= words.count; n++) {
        let phrase = words.lower(k);
        for (let q = k + 1; q < k + n; q++) phrase += ' ' + words.lower(q);
        assert.strictEqual(words.phraseIn(set, k, n), phrases.has(phrase), `"${phrase}"`);
      }
      for (const w of ['phó', 'bí', 'tỉnh', 'σας', 'i̇stanbul', 'istanbul', 'chí', 'ủy', 'ｂí']) {
        assert.strictEqual(words.lowerIs(k, w), words.lower(k) === w, `word ${k} "${words.lower(k)}" is "${w}"`);
      }
    }
  });

  it('look a phrase up in two sets at once as two look-ups do (hash path and string path)', () => {
    // "ủy" begins a phrase of the second set only.
    const other = new PhraseSet(new Set(['phó bí', 'tỉnh ủy', 'hà', 'σας', 'istanbul', 'ủy']));
    for (let k = 0; k < words.count; k++) {
      for (let n = 1; n <= 3 && k + n <= words.count; n++) {
        const expected = (words.phraseIn(set, k, n) ? 1 : 0) | (words.phraseIn(other, k, n) ? 2 : 0);
        assert.strictEqual(words.phraseBits(set, other, k, n), expected, `words ${k}…${k + n - 1}`);
      }
    }
    assert.strictEqual(words.phraseBits(set, other, 0, 2), 2);
    assert.strictEqual(words.phraseBits(set, other, 0, 3), 1);
    assert.strictEqual(words.phraseBits(set, other, 4, 1), 2);
  });

  it('find a phrase whatever its case and not one that only starts alike', () => {
    assert.ok(words.phraseIn(set, 0, 3));
    assert.ok(words.phraseIn(set, 1, 2));
    assert.ok(!words.phraseIn(set, 0, 2));
    assert.ok(words.lowerIs(3, 'tỉnh'));
    assert.ok(!words.lowerIs(3, 'tỉn'));
  });
});

describe('normalisation in one scan', () => {
  it('composes a decomposed text cluster by cluster, each character mapped to its cluster', () => {
    // Hangul jamo are no base-plus-marks cluster: they stay as written, as the cluster-wise composition leaves them.
    const original = 'Hoa\u0300 Bi\u0300nh \u1100\u1161 khoa\u0301 XIII, uy\u0309 ban';
    const n = normalizeWithMap(original);
    assert.strictEqual(n.text, 'Hòa Bình \u1100\u1161 khóa XIII, ủy ban');
    const map = Array.from({ length: n.text.length + 1 }, (_, i) => n.toOriginal(i));
    assert.deepStrictEqual(map, [0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31, 32, 33]);
    const vi = 'Nghị quyết số 05 – khoá XIII, Uỷ ban'.normalize('NFD');
    const m = normalizeWithMap(vi);
    assert.strictEqual(m.text, 'Nghị quyết số 05 - khóa XIII, Ủy ban');
    assert.strictEqual(vi.slice(m.toOriginal(0), m.toOriginal(10)), 'Nghị quyết'.normalize('NFD'));
  });

  it('fixes look-alikes and dashes and respells old tones as the general path does', () => {
    const cases = [
      'Đảng uỷ Khối – Hoà Bình, khoá XIII', 'Nghị quyết 05-NQ/ТW\u00A0(Cyrillic T)', 'quý Thuỷ hoàn toán',
      'оá (Cyrillic o before á)', 'Oá OÁ Uỷ UỶ', 'hoá\u2013uỷ', 'uỷ', 'á', '',
    ];
    for (const s of cases) {
      const n = normalizeWithMap(s);
      // The general path (a combining mark after a space sends the text there and composes with nothing).
      const viaMarks = normalizeWithMap(s + ' \u0301').text.slice(0, -2);
      assert.strictEqual(n.text, viaMarks, JSON.stringify(s));
      assert.strictEqual(n.text.length, s.length);
      assert.strictEqual(n.toOriginal(s.length), s.length);
    }
    assert.strictEqual(normalizeWithMap('Đảng uỷ – khoá').text, 'Đảng ủy - khóa');
    assert.strictEqual(modernToneSpelling('Thuỷ quý'), 'Thủy quý');
  });
});

describe('normalisation and words in one scan', () => {
  const words = (text: string) => {
    const w = tokenize(text);
    return Array.from({ length: w.count }, (_, k) => `${w.starts[k]}-${w.ends[k]}:${w.shapes[k]}`);
  };

  it('gives the plain normalisation and the words of the normalised text', () => {
    const cases = [
      'Đảng uỷ Khối – Hoà Bình, khoá XIII', 'Nghị quyết 05-NQ/ТW\u00A0(Cyrillic T)', 'quý Thuỷ hoàn toán', 'Oá OÁ Uỷ UỶ',
      // A BOM or a zero-width space is a letter as written and a space once normalised: it splits the word.
      '\uFEFFTỉnh ủy\uFEFFHà Nội', 'Ban\u200BTổ chức', 'hoá\u2013uỷ', 'Ðoàn Ðông ÐOÀN', 'uỷ', 'á', '', ' ', 'COVID-19 KT–XH',
    ];
    for (const text of cases) {
      const plain = plainWords(text);
      assert.ok(plain, JSON.stringify(text));
      assert.strictEqual(plain.text, normalizePlain(text), JSON.stringify(text));
      const w = plain.words;
      const got = Array.from({ length: w.count }, (_, k) => `${w.starts[k]}-${w.ends[k]}:${w.shapes[k]}`);
      assert.deepStrictEqual(got, words(plain.text), JSON.stringify(text));
    }
    assert.deepStrictEqual(words(plainWords('\uFEFFTỉnh')!.text), ['1-5:1']);
  });

  it("keeps a name written with an apostrophe one word, of one capital's shape, and writes ’ as '", () => {
    const text = "Đồng chí K'Brông, bà H\u2019Hen Niê, K'BRÔNG, Ea H'leo, R'Ô, 'Bình', A'b, KA'Long, K'";
    const plain = plainWords(text)!;
    assert.strictEqual(plain.text, text.replace('\u2019', "'"));
    const w = plain.words;
    const got = Array.from({ length: w.count }, (_, k) => `${plain.text.slice(w.starts[k], w.ends[k])}:${w.shapes[k]}`);
    assert.deepStrictEqual(got, [
      'Đồng:1', 'chí:3', "K'Brông:1", 'bà:3', "H'Hen:1", 'Niê:1', "K'BRÔNG:2", 'Ea:1', "H'leo:1", "R'Ô:1",
      // A quoted word, one letter after the apostrophe, more than one capital before it, nothing after it.
      'Bình:1', 'A:1', 'b:3', 'KA:2', 'Long:1', 'K:1',
    ]);
    assert.deepStrictEqual(words(plain.text), got.map((_, k) => `${w.starts[k]}-${w.ends[k]}:${w.shapes[k]}`));
  });

  it('declines a text that needs the general path', () => {
    assert.strictEqual(plainWords('Nghị quyết'.normalize('NFD')), null);
    // A fixed character that is the first of an old-tone pair (Cyrillic о before á).
    assert.strictEqual(plainWords('оá'), null);
    assert.strictEqual(normalizePlain('оá'), null);
    // Any fixed character before a toned vowel (look-alike Đ before ả) sends the text there too.
    assert.strictEqual(plainWords('Ðảng'), null);
    assert.strictEqual(normalizePlain('Ðảng'), null);
    assert.strictEqual(normalizeWithMap('Ðảng').text, 'Đảng');
  });
});

describe('the words buffer lent from text to text', () => {
  const shapesOf = (text: string) => {
    const w = tokenize(text);
    const out = Array.from({ length: w.count }, (_, k) => `${w.starts[k]}-${w.ends[k]}:${w.shapes[k]}:${w.flags(k)}`);
    return out;
  };

  it('gives the next text the same words and flags as a fresh buffer (the flags are cleared)', () => {
    const first = 'Phó Bí thư Tỉnh ủy Nguyễn Văn An, Ban Tổ chức, các cơ quan tỉnh và Hội đồng nhân dân';
    const second = 'Ông Trần Thị Hoa, Chủ tịch UBND huyện, dự hội nghị';
    const expected = shapesOf(second);
    const a = tokenize(first);
    for (let k = 0; k < a.count; k++) a.flags(k);
    releaseWords(a);
    const b = tokenize(second);
    assert.deepStrictEqual(Array.from({ length: b.count }, (_, k) => `${b.starts[k]}-${b.ends[k]}:${b.shapes[k]}:${b.flags(k)}`), expected);
    releaseWords(b);
  });

  it("is not kept after a very long text's words: no ordinary text needs it", () => {
    // A buffer of 24 bytes for every four characters, 7.5 MB here (one word every five characters fits in it).
    const long = tokenize('Tỉnh '.repeat(250_000));
    const big = long.starts.buffer;
    assert.ok(big.byteLength > 4 * 1024 * 1024);
    releaseWords(long);
    const next = tokenize('Trần Thị Bình');
    assert.notStrictEqual(next.starts.buffer, big);
    releaseWords(next);
    // An ordinary text's is kept for the next.
    const third = tokenize('Nguyễn Văn An');
    assert.strictEqual(third.starts.buffer, next.starts.buffer);
    releaseWords(third);
  });

  it('is lent to one text at a time: words still in use keep their own', () => {
    const a = tokenize('Bí thư Tỉnh ủy');
    releaseWords(a);
    const b = tokenize('Nguyễn Văn An');
    const before = Array.from(b.starts.subarray(0, b.count));
    // b is not released: c must not write into its buffer.
    const c = tokenize('x y z w v u t s r q p o n m l k');
    assert.deepStrictEqual(Array.from(b.starts.subarray(0, b.count)), before);
    assert.notStrictEqual(c.starts.buffer, b.starts.buffer);
    releaseWords(b);
    releaseWords(c);
    releaseWords(c);
  });
});

describe('the words that are not lower case', () => {
  it('are listed in order, also when the arrays grow (more words than a text usually has)', () => {
    // One-letter words: about one word per two characters, more than the arrays are first sized for.
    const text = Array.from({ length: 400 }, (_, k) => ['a', 'B', 'CD', 'x9', 'đ', 'Ê'][k % 6]).join(' ');
    for (const w of [tokenize(text), plainWords(text)!.words]) {
      const expected: number[] = [];
      for (let k = 0; k < w.count; k++) if (w.shapes[k] !== 3) expected.push(k);
      assert.strictEqual(w.count, 400);
      assert.deepStrictEqual(Array.from(w.notLower.subarray(0, w.notLowerCount)), expected);
      releaseWords(w);
    }
  });
});

describe("each word's lower-case hash, kept for the next ask", () => {
  // What the look-ups must give, from strings: the words lower-cased and joined by single spaces.
  const unitWise = (c: number) => c < 0x3000 && c !== 0x3a3 && String.fromCharCode(c).toLowerCase().length === 1;
  const referenceHash = (phrase: string, units: string) => {
    if (![...units].every((ch) => [...ch].every((u) => unitWise(u.charCodeAt(0))))) return -1;
    let h = 0;
    for (let q = 0; q < phrase.length; q++) h = (Math.imul(h, 31) + phrase.charCodeAt(q)) | 0;
    return h & 0x7fffffff;
  };
  const long = 'Ủ' + 'y'.repeat(70);
  const sample = `Phó BÍ THƯ Tỉnh ủy ${long} ${long.toLowerCase()} ΣΑΣ İstanbul Istanbul ＡＢＣ ${'Hà Nội'.normalize('NFD')} hà nội bí thư Ủy ban`;
  const phrases = new Set(['bí thư', 'phó bí thư', 'hà nội', 'tỉnh ủy', long.toLowerCase(), `${long.toLowerCase()} ${long.toLowerCase()}`, 'istanbul', 'ủy ban']);
  const set = new PhraseSet(phrases);
  const asks = ['phó', 'bí', 'tỉnh', 'ủy', long.toLowerCase(), 'istanbul', 'i̇stanbul', 'σας', 'ａｂｃ', 'hà'];

  const check = (text: string, askFirst: 'hash' | 'word') => {
    const w = tokenize(text);
    // What the look-ups keep shares the words' buffer: the words themselves must stay as they were.
    const arrays = () => JSON.stringify([w.starts, w.ends, w.shapes, w.notLower].map((a) => Array.from(a.subarray(0, w.count))));
    const before = arrays();
    const lower = Array.from({ length: w.count }, (_, k) => w.lower(k));
    const units = Array.from({ length: w.count }, (_, k) => text.slice(w.starts[k], w.ends[k]));
    for (let k = 0; k < w.count; k++) {
      if (askFirst === 'word') for (const a of asks) assert.strictEqual(w.lowerIs(k, a), lower[k] === a, `word ${k} "${lower[k]}" is "${a}"`);
      for (let n = 1; n <= 3 && k + n <= w.count; n++) {
        const phrase = lower.slice(k, k + n).join(' ');
        assert.strictEqual(w.lowerHash(k, n), referenceHash(phrase, units.slice(k, k + n).join('')), `hash of "${phrase}"`);
        assert.strictEqual(w.phraseIn(set, k, n), phrases.has(phrase), `"${phrase}"`);
      }
      assert.strictEqual(w.flags(k), WORD_FLAGS.get(lower[k]) ?? 0, `flags of "${lower[k]}"`);
      if (askFirst === 'hash') for (const a of asks) assert.strictEqual(w.lowerIs(k, a), lower[k] === a, `word ${k} "${lower[k]}" is "${a}"`);
    }
    assert.strictEqual(arrays(), before, 'the words after the look-ups');
    return w;
  };

  it('gives what the strings give, asked in either order, for words of more than 64 units and words the strings decide', () => {
    releaseWords(check(sample, 'word'));
    releaseWords(check(sample, 'hash'));
  });

  it("gives a text that takes another's buffer its own answers, not the other text's", () => {
    const first = tokenize(`${sample} ${sample}`);
    for (let k = 0; k < first.count; k++) first.lowerHash(k, 1);
    releaseWords(first);
    // The same words at other places: an answer kept from the first text would be the wrong word's.
    const shifted = `Hà Nội ${sample.split(' ').reverse().join(' ')}`;
    const w = check(shifted, 'hash');
    assert.strictEqual(w.starts.buffer, first.starts.buffer);
    releaseWords(w);
  });

  it('gives the same answers when the words outgrow the buffer', () => {
    const many = Array.from({ length: 300 }, (_, k) => ['a', 'Ủy', 'ban', 'hà', 'Nội', 'ΣΑΣ'][k % 6]).join(' ');
    const w = check(many, 'word');
    assert.strictEqual(w.count, 300);
    releaseWords(w);
  });
});

describe('words asked about past either end of the text', () => {
  it('are no words, whatever text had the buffer before (its words lie past the last one)', () => {
    const set = new PhraseSet(new Set(['tổ chức', 'chức']));
    // The first text's third word stands where the second text has none.
    releaseWords(tokenize('a bb chức'));
    const w = tokenize('aaaaachức Tổ');
    assert.strictEqual(w.count, 2);
    assert.strictEqual(w.phraseIn(set, 1, 2), false);
    assert.strictEqual(w.phraseBits(set, set, 1, 2), 0);
    assert.strictEqual(w.lowerHash(1, 2), -1);
    assert.strictEqual(w.lowerIs(2, 'chức'), false);
    assert.strictEqual(w.flags(2), 0);
    assert.strictEqual(w.lower(2), '');
    assert.strictEqual(w.sameLower(1, 2, 1), false);
    assert.strictEqual(w.phraseIn(set, -1, 2), false);
    assert.strictEqual(w.lowerIs(-1, 'a'), false);
    // In range, the same look-ups answer.
    assert.strictEqual(w.phraseIn(set, 1, 1), false);
    assert.ok(w.lowerIs(1, 'tổ'));
    assert.strictEqual(w.lowerHash(1, 1) >= 0, true);
    releaseWords(w);
  });

  it('read as in a new buffer past the last word: zeros, not the previous text\'s words', () => {
    releaseWords(tokenize('Một Hai Ba Bốn Năm Sáu Bảy Tám Chín Mười'));
    const w = tokenize('ba từ thôi');
    assert.strictEqual(w.count, 3);
    const fresh = { starts: new Int32Array(8), ends: new Int32Array(8), shapes: new Uint8Array(8), notLower: new Int32Array(8) };
    for (const name of ['starts', 'ends', 'shapes'] as const) {
      assert.deepStrictEqual(Array.from(w[name].subarray(w.count, w.count + 5)), Array.from(fresh[name].subarray(0, 5)), name);
    }
    assert.deepStrictEqual(Array.from(w.notLower.subarray(w.notLowerCount, w.notLowerCount + 5)), Array.from(fresh.notLower.subarray(0, 5)));
    releaseWords(w);
  });
});
