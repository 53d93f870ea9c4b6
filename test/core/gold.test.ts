// Holds the engine to the hand-checked gold annotations of the five seeds: precision and recall per
// category over mentions (each gold entry stands for `count` mentions), a mention counting only when
// every field is right, printed as a table; a failure names each missed, spurious or wrong entry.
import * as assert from 'assert';
import { goldDir, seedFiles, seedsDir } from '../paths';
import { Category, Tally, categories, problems, rates, report, scoreFolder } from './scoring';

const FLOOR = 0.98;

describe('gold annotations of the seeds', function () {
  this.timeout(20000);
  let totals: Record<Category, Tally>;

  before(() => {
    totals = scoreFolder(seedsDir, goldDir, seedFiles());
    console.log(report(`gold: ${seedFiles().length} seeds (a mention counts when all its fields are right)`, totals, true));
  });

  for (const cat of categories) {
    it(`${cat}: precision and recall at least ${FLOOR}`, () => {
      const { precision: p, recall: r } = rates(totals[cat], true);
      assert.ok(p >= FLOOR && r >= FLOOR, `${cat}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}\n${problems(totals[cat]).join('\n')}`);
    });
  }
});
