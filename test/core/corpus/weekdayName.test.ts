import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../../src/core/extract';
import { weekdayNameOf, weekdayOf } from '../../../src/core/extract/weekdays';
import { repoRoot } from '../../paths';

describe('weekday names (one function for the hover, the diagnostics and the dateline check)', () => {
  it('names the day of the week of full ISO dates', () => {
    assert.strictEqual(weekdayNameOf('2016-05-15'), 'Chủ Nhật');
    assert.strictEqual(weekdayNameOf('2023-06-12'), 'Thứ Hai');
    assert.strictEqual(weekdayNameOf('2000-02-29'), 'Thứ Ba');
  });

  it('answers null for partial or malformed dates', () => {
    for (const iso of ['2016-05', '2016', '', 'ngày 15', '2016-13-45']) {
      assert.strictEqual(weekdayNameOf(iso), null, iso);
      assert.strictEqual(weekdayOf(iso), null, iso);
    }
  });

  it("the UI's Vietnamese names of the weekdays (l10n) are these names, its English ones the days in order from Sunday", () => {
    const vi = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;
    const english = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    // 2023-07-09 is a Sunday.
    for (let day = 0; day < 7; day++) {
      const iso = `2023-07-${String(9 + day).padStart(2, '0')}`;
      assert.strictEqual(weekdayOf(iso), day, iso);
      assert.strictEqual(vi[english[day]], weekdayNameOf(iso), english[day]);
    }
  });

  it('agrees with the dateline check: the name it gives is the weekday the extractor accepts', () => {
    for (let day = 10; day <= 16; day++) {
      const iso = `2023-07-${day}`;
      const name = weekdayNameOf(iso)!;
      const text = `${name}, ${day}/07/2023\n\nTin tức thời sự.\n`;
      const date = extract(text).entities.find((e) => e.kind === 'date' && e.dateline);
      assert.ok(date && date.kind === 'date', text);
      assert.strictEqual(date.iso, iso);
      assert.strictEqual(date.weekdayMatches, true, text);
    }
  });
});
