// A file under the size limit can hold well over 100,000 tags: the export must take them all.
import * as assert from 'assert';
import { buildExport, serializeExport } from '../../../src/core/export';
import { extract } from '../../../src/core/extract';

describe('export of a densely tagged file', function () {
  // Extracting 3 MB and building 130,000 tags takes a few seconds on a loaded machine.
  this.timeout(60_000);

  it('exports the 130,000 tags of 14,000 lines of citations, people and dates', () => {
    const line = 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, đồng chí Nguyễn Mạnh Cường, Tỉnh ủy viên, Bí thư Đảng bộ Khối các cơ quan tỉnh. Nghị quyết Trung ương 4 khóa XII. UBND tỉnh.\n';
    const { entities } = extract(line.repeat(14_000));
    assert.ok(entities.length > 120_000, `${entities.length} entities`);
    const doc = buildExport([{ path: 'dense.txt', entities }]);
    assert.strictEqual(doc.tags.length, entities.length);
    assert.deepStrictEqual(doc.files, [{ path: 'dense.txt', tags: entities.length, warnings: [] }]);
    assert.ok(serializeExport(doc, 'csv').length > 0);
  });
});
