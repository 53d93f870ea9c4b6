import * as assert from 'assert';
import { inertIcons, inertInNotification } from '../../../src/core/text/untrusted';

// The pattern VS Code's notifications read links with (src/vs/base/common/linkedText.ts).
const LINK_REGEX = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^\)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const links = (s: string) => [...s.matchAll(LINK_REGEX)].map((m) => m[2]);

describe('text from files in notifications', () => {
  const names = [
    '[Open](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20INJECTED%5Cn%22%7D).txt.tags.yaml',
    '/home/u/[x](https://example.com)/bao-cao.txt',
    'a [b](file:///etc/passwd "title") c',
    'nested [[a](command:x)](command:y)',
  ];

  it('carries no link VS Code would draw, and reads the same', () => {
    for (const name of names) {
      assert.ok(links(name).length > 0, `the sample is a link: ${name}`);
      const shown = inertInNotification(name);
      assert.deepStrictEqual(links(shown), [], shown);
      assert.strictEqual(shown.replace(/\u200b/g, ''), name);
    }
  });

  it('leaves ordinary names and messages as they are', () => {
    for (const s of ['vankien-tags.yaml', 'Báo cáo [dự thảo] (lần 2).txt', 'ENOENT: no such file, open \'/tmp/a.txt\'']) {
      assert.strictEqual(inertInNotification(s), s);
    }
  });
});

// How VS Code draws a label with icons (renderLabelWithIcons): "$(name)" or "$(name~modifier)" is an
// icon, one after a backslash is the text itself without the backslash.
const drawn = (label: string) => {
  const icons: string[] = [];
  const text = label.replace(/(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g, (m: string, escaped: string | undefined, name: string) => {
    if (escaped) return m.slice(1);
    icons.push(name);
    return '';
  });
  return { text, icons };
};

describe('text from files in labels that draw icons (code lens titles, quick picks)', () => {
  it('draws no icon, and reads as written', () => {
    for (const name of ['$(loading~spin)x.vankien', 'Chỉ thị $(warning) 05', '$(a)$(b-c)', 'a\\$(x)$(warning)b']) {
      assert.ok(drawn(name).icons.length > 0, `the sample draws an icon: ${name}`);
      const shown = drawn(inertIcons(name));
      assert.deepStrictEqual(shown.icons, [], name);
      // As written, but for a backslash the name had before an icon of its own, which the label drops.
      assert.strictEqual(shown.text, name.replace(/\\(?=\$\(x\))/g, ''), name);
    }
  });

  it('leaves text without an icon as it is', () => {
    for (const s of ['Nghị quyết số 18-NQ/TW', 'giá $(5 triệu)', '$(', 'a$()b', 'cost: $100']) assert.strictEqual(inertIcons(s), s);
  });
});
