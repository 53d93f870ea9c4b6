import * as assert from 'assert';
import { extract } from '../../../src/core/extract';
import { weekdayNameOf } from '../../../src/core/extract/weekdays';

describe('weekday names (one function for the hover, the diagnostics and the dateline check)', () => {
  it('names the day of the week of full ISO dates', () => {
    assert.strictEqual(weekdayNameOf('2016-05-15'), 'Chủ Nhật');
    assert.strictEqual(weekdayNameOf('2023-06-12'), 'Thứ Hai');
    assert.strictEqual(weekdayNameOf('2000-02-29'), 'Thứ Ba');
  });

  it('answers null for partial or malformed dates', () => {
    for (const iso of ['2016-05', '2016', '', 'ngày 15', '2016-13-45']) assert.strictEqual(weekdayNameOf(iso), null, iso);
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
