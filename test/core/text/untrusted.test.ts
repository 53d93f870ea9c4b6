import * as assert from 'assert';
import { inertInNotification } from '../../../src/core/text/untrusted';

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
