// Measures the engine on held-out texts of the genre (test/fixtures/heldout, annotated by hand under the
// policy of test/gold/README.md and the calls of its README) that it was never tuned on: an estimate of
// how it does on unseen text. Detection is scored per mention by exact text (NFC); the normalised fields
// (a citation's code, type, date, issuer and, for a short form, the code it refers to; a person's
// positions; a date's ISO value and inferred flag) are scored separately over the entries found, so a
// wrong field does not hide whether the mention itself was found.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../paths';
import { Category, Tally, categories, problems, rates, ratio, report, scoreFolder } from './scoring';

const heldoutDir = path.join(repoRoot, 'test', 'fixtures', 'heldout');

// Floors just under the measured figures (citations 1.000/1.000, people 1.000/1.000, dates 1.000/1.000;
// fields 54/54, 34/34, 56/56), leaving a margin for the next engine change, never eased by annotations.
const FLOOR = 0.95;
const FIELDS_FLOOR = 0.95;

describe('held-out texts (unseen by the engine)', function () {
  this.timeout(20000);
  const docs = fs.readdirSync(heldoutDir).filter((f) => f.endsWith('.txt')).sort();
  let totals: Record<Category, Tally>;

  before(() => {
    totals = scoreFolder(heldoutDir, heldoutDir, docs, { refersTo: true });
    console.log(report(`held-out: ${docs.length} documents`, totals, false));
  });

  it('has six annotated documents', () => {
    assert.strictEqual(docs.length, 6);
  });

  for (const cat of categories) {
    it(`${cat}: precision and recall at least ${FLOOR}`, () => {
      const { precision: p, recall: r } = rates(totals[cat]);
      assert.ok(p >= FLOOR && r >= FLOOR, `${cat}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}\n${problems(totals[cat]).join('\n')}`);
    });
    it(`${cat}: fields right on at least ${FIELDS_FLOOR} of the entries found`, () => {
      const t = totals[cat];
      const f = ratio(t.fieldsRight, t.fieldsChecked);
      assert.ok(f >= FIELDS_FLOOR, `${cat}: fields right ${t.fieldsRight}/${t.fieldsChecked}\n${t.wrongFields.join('\n')}`);
    });
  }
});
