import * as assert from 'assert';
import { webLinkTarget } from '../../../src/core/catalog/link';

describe("a catalogue entry's link in the hover", () => {
  it('keeps an address copied from a browser as it is: its escapes are not escaped again', () => {
    const copied = 'https://thuvienphapluat.vn/van-ban/Ngh%E1%BB%8B-quy%E1%BA%BFt-08-NQ-TU.aspx';
    assert.strictEqual(webLinkTarget(copied), copied);
  });

  it('encodes Vietnamese letters and spaces once, and the brackets that would end the Markdown link', () => {
    assert.strictEqual(webLinkTarget('https://example.vn/văn bản/(2021)'), 'https://example.vn/v%C4%83n%20b%E1%BA%A3n/%282021%29');
  });

  it('encodes a backslash, which the address keeps in a query or a fragment and Markdown reads as escaping the ")" after it', () => {
    assert.strictEqual(webLinkTarget('https://a.vn/x?q=\\'), 'https://a.vn/x?q=%5C');
    assert.strictEqual(webLinkTarget('https://a.vn/x#a\\b'), 'https://a.vn/x#a%5Cb');
  });

  it('takes the scheme in any case and trims the spaces around the address', () => {
    assert.strictEqual(webLinkTarget('  HTTPS://Example.vn/a  '), 'https://example.vn/a');
  });

  it('opens nothing but web addresses', () => {
    for (const link of ['command:workbench.action.terminal.new', 'file:///etc/passwd', 'javascript:alert(1)', 'vanban.vn/a', '']) {
      assert.strictEqual(webLinkTarget(link), null, link);
    }
  });
});
