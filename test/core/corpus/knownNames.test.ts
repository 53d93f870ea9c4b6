import * as assert from 'assert';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { findKnownNames } from '../../../src/core/corpus/knownNames';
import { seedFiles } from '../../paths';
import { goldExtract, personKey } from './fixtures';

describe('people the corpus knows, found in any text', () => {
  const index = new CorpusIndex();
  for (const f of seedFiles()) index.setResult(f, goldExtract(f));

  it('finds a known name with no "đồng chí" before it, in any spelling, and nothing else', () => {
    const text = 'Phát biểu tại hội nghị, Nguyễn Mạnh Cường nhấn mạnh; ĐỖ THỊ LÝ và Le Quoc Chinh cùng dự. Tại Quảng Trị, Nguyễn Văn A.';
    const found = findKnownNames(text, index);
    assert.deepStrictEqual(found.map((n) => [text.slice(n.start, n.end), n.key]), [
      ['Nguyễn Mạnh Cường', personKey('Nguyễn Mạnh Cường')],
      ['Le Quoc Chinh', personKey('Lê Quốc Chỉnh')],
    ]);
  });

  it('finds the name with any one space between its words: no-break, narrow no-break, thin', () => {
    for (const space of ['\u00a0', '\u202f', '\u2009']) {
      const text = `Phát biểu tại hội nghị, Nguyễn${space}Mạnh${space}Cường nhấn mạnh.`;
      assert.deepStrictEqual(findKnownNames(text, index).map((n) => [text.slice(n.start, n.end), n.key]), [[`Nguyễn${space}Mạnh${space}Cường`, personKey('Nguyễn Mạnh Cường')]], JSON.stringify(space));
    }
  });

  it('finds the name in NFD text and skips spans already marked', () => {
    const text = 'Ông Nguyễn Mạnh Cường.'.normalize('NFD');
    assert.strictEqual(findKnownNames(text, index).length, 1);
    assert.strictEqual(findKnownNames(text, index, () => true).length, 0);
  });

  it("finds a name written with an apostrophe, whole in one word or more, with ' or ’", () => {
    const known = new CorpusIndex();
    known.set('a.txt', "Đồng chí K'Brông, Bí thư Chi bộ phát biểu. Đồng chí H\u2019Hen Niê, Phó Chủ tịch UBND huyện phát biểu.\n");
    const text = "Buổi lễ có K\u2019Brông và H'Hen Niê tham dự; K'b và K' thì không.";
    assert.deepStrictEqual(findKnownNames(text, known).map((n) => text.slice(n.start, n.end)), ['K\u2019Brông', "H'Hen Niê"]);
    // A name whole in one word is one only as a run of its own, not the last word of a commune's name.
    known.set('b.txt', "Đồng chí K'Nàng, Bí thư Chi bộ thôn 3, phát biểu.\n");
    const place = "Tại xã Đạ K'Nàng, huyện Đam Rông, K'Nàng cho biết.";
    assert.deepStrictEqual(findKnownNames(place, known).map((n) => n.start), [place.lastIndexOf("K'Nàng")]);
    assert.deepStrictEqual(findKnownNames(place.normalize('NFD'), known).length, 1);
    // After a capitalised word that is no place's ("Ông K'Brông cho biết").
    const honorific = "Ông K'Brông cho biết, Bà K'Nàng cũng vậy.";
    assert.deepStrictEqual(findKnownNames(honorific, known).map((n) => honorific.slice(n.start, n.end)), ["K'Brông", "K'Nàng"]);
  });

  it('forgets a name when the last file that knew it goes', () => {
    const copy = new CorpusIndex();
    copy.setResult('000.txt', goldExtract(seedFiles()[0]));
    assert.ok(copy.personByName('nguyen manh cuong'));
    copy.delete('000.txt');
    assert.strictEqual(copy.personByName('nguyen manh cuong'), undefined);
    assert.deepStrictEqual(findKnownNames('Nguyễn Mạnh Cường', copy), []);
  });
});
