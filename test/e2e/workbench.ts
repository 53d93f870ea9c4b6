// What a person does in the workbench, expressed with the keyboard and the mouse, and
// what they see, read from the DOM. Every wait is on a condition, with a deadline.
import * as fs from 'fs';
import type { Locator, Page } from 'playwright-core';

export interface Box { x: number; y: number; width: number; height: number }

/** The rendered token (leaf span) under a piece of text in the editor. */
export interface TokenSpan {
  className: string;
  color: string;
  box: Box;
}

// Browser-side code (runs in the page, so plain JavaScript).
const TOKENS_OF = `(needle) => {
      const norm = (s) => s.replace(/\u00a0/g, ' ');
      for (const line of Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'))) {
        const leaves = Array.from(line.querySelectorAll('span')).filter((s) => s.children.length === 0);
        let full = '';
        const starts = [];
        for (const s of leaves) {
          starts.push(full.length);
          full += norm(s.textContent ?? '');
        }
        const at = full.indexOf(needle);
        if (at < 0) continue;
        const end = at + needle.length;
        const out = [];
        leaves.forEach((s, i) => {
          const a = starts[i];
          const b = a + (s.textContent ?? '').length;
          if (b <= at || a >= end) return;
          // The box of just the needle's characters inside this span.
          const node = s.firstChild;
          const r = document.createRange();
          if (node) {
            r.setStart(node, Math.max(0, at - a));
            r.setEnd(node, Math.min(b, end) - a);
          } else r.selectNode(s);
          const rect = r.getBoundingClientRect();
          out.push({
            className: s.className,
            color: getComputedStyle(s).color,
            box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
          });
        });
        return out;
      }
      return undefined;
    }`;

const PLAIN_COLOR = `() => {
      const counts = new Map();
      for (const s of Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line span'))) {
        if (s.children.length) continue;
        const c = getComputedStyle(s).color;
        counts.set(c, (counts.get(c) ?? 0) + (s.textContent ?? '').length);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    }`;

function poll<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const v = await probe();
        if (v !== undefined) return resolve(v);
      } catch {
        /* not there yet */
      }
      if (Date.now() > deadline) return reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(tick, 100);
    };
    void tick();
  });
}

export class Workbench {
  constructor(readonly page: Page) {}

  async ready(timeoutMs = 60_000): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
    await this.page.locator('[id="workbench.parts.statusbar"]').waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Resolves with the file's text once it exists (written whole: the writers rename into place). */
  waitForFile(file: string, timeoutMs: number): Promise<string> {
    return poll(() => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined), file, timeoutMs);
  }

  waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
    return poll(probe, what, timeoutMs);
  }

  private quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /** Ctrl+P, the file name, Enter; waits for its tab to be the active one. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    // Enter only once the list has caught up with the typing and focuses that file.
    await this.quickInput().locator('.monaco-list-row.focused', { hasText: name }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await this.waitFor(async () => ((await this.activeTab()) === name ? name : undefined), `the tab of ${name} to be active`);
    await this.page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible' });
  }

  /** Go to "line:column" (1-based) through Ctrl+P ":line:col"; waits until the status bar shows the cursor there. */
  async goTo(line: number, column: number): Promise<void> {
    // Ctrl+G is the browser's "find next" in code-server; quick open's ":" prefix is the same go-to-line.
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden' });
    await this.waitFor(async () => {
      const pos = await this.cursor();
      return pos && pos.line === line && pos.column === column ? pos : undefined;
    }, `the cursor at ${line}:${column}`);
  }

  /** The cursor as the status bar shows it ("Ln 17, Col 5"). */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const text = await this.page.locator('[id="status.editor.selection"]').innerText({ timeout: 2000 });
    const m = /Ln\s+(\d+),\s*Col\s+(\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  /** The file name of the active editor's tab. */
  async activeTab(): Promise<string> {
    return (await this.page.locator('.tab.active').first().getAttribute('data-resource-name', { timeout: 2000 })) ?? '';
  }

  /** The language the status bar shows for the active editor. */
  async languageIndicator(): Promise<string> {
    const item = this.page.locator('[id="status.editor.mode"]');
    await item.waitFor({ state: 'visible' });
    return (await item.innerText()).trim();
  }

  /**
   * The token spans covering the first rendered occurrence of `text` in the editor (one span,
   * or several when the highlighter split it), or undefined when it is not rendered.
   */
  async tokensOf(text: string): Promise<TokenSpan[] | undefined> {
    return (await this.page.evaluate(`(${TOKENS_OF})(${JSON.stringify(text)})`)) as TokenSpan[] | undefined;
  }

  /**
   * Scrolls the editor sideways (the wheel, as a person would) until `text` is in view and
   * out of the right third of the editor, so that it, its hover and the screenshot all show.
   */
  async centre(text: string): Promise<TokenSpan[]> {
    const area = await this.page.locator('.monaco-editor .overflow-guard').first().boundingBox();
    if (!area) throw new Error('no editor on screen');
    const mid = area.x + area.width / 2;
    let previousX: number | undefined;
    return this.waitFor(async () => {
      const spans = await this.tokensOf(text);
      if (!spans?.length) return undefined;
      const x = spans[0].box.x;
      const last = spans[spans.length - 1].box;
      const inView = x >= area.x && last.x + last.width <= area.x + area.width;
      // In view, and clear of the right third (where long lines put a revealed column) — unless the
      // editor cannot scroll sideways (word wrap, the default for vankien files), where in view is all.
      if (inView && (last.x + last.width <= area.x + (area.width * 2) / 3 || previousX === x)) return spans;
      previousX = x;
      await this.page.mouse.move(mid, area.y + area.height / 2);
      await this.page.mouse.wheel(x - mid, 0);
      return undefined;
    }, `"${text}" in the middle of the editor`);
  }

  /** The colour of plain text: the one most characters on screen are drawn in. */
  async plainTextColor(): Promise<string> {
    return (await this.page.evaluate(`(${PLAIN_COLOR})()`)) as string;
  }

  /**
   * Points the mouse at the first characters of the box `where` finds, as a person would, until a hover
   * containing `contains` is shown and `accept` takes its text (the corpus index may still
   * be building: then the mouse leaves and comes back). Returns the accepted text.
   */
  async hover(where: () => Promise<Box>, contains: string, accept: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
    let last = '(no hover)';
    const widget = this.page.locator('.monaco-hover', { hasText: contains }).first();
    try {
      return await this.waitFor(async () => {
        // Found again at each try: code lenses and inlay hints arriving after a first look move the text.
        const box = await where();
        await this.page.mouse.move(box.x + Math.min(box.width / 2, 4), box.y + box.height / 2, { steps: 2 });
        try {
          await widget.waitFor({ state: 'visible', timeout: 5000 });
        } catch {
          await this.page.mouse.move(box.x, box.y - 3 * box.height);
          return undefined;
        }
        last = (await widget.innerText()).trim();
        if (accept(last)) return last;
        await this.page.mouse.move(box.x, box.y - 3 * box.height);
        return undefined;
      }, `a hover with ${contains}`, timeoutMs);
    } catch (e) {
      throw new Error(`${(e as Error).message}; last hover seen:\n${last}`);
    }
  }

  /** F1, the command's title, Enter. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await this.quickInput().locator('.monaco-list-row.focused', { hasText: title }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
  }

  /**
   * Go to Symbol in Workspace (Ctrl+T's quick open, prefix "#"): types `query` and returns the rows
   * once one of them satisfies `accept` — the list is filled by the extension's provider as you type.
   */
  async workspaceSymbols(query: string, accept: (rows: string[]) => boolean): Promise<string[]> {
    await this.page.keyboard.press('Control+T');
    const input = this.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`#${query}`);
    const rows = this.quickInput().locator('.monaco-list-row');
    return this.waitFor(async () => {
      const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      return texts.length && accept(texts) ? texts : undefined;
    }, `workspace symbols for "${query}"`);
  }

  /** The rows of the open quick pick, once they satisfy `accept` (the picker asked for has replaced the one before). */
  async quickPickRows(accept: (rows: string[]) => boolean): Promise<string[]> {
    const rows = this.quickInput().locator('.monaco-list-row');
    return this.waitFor(async () => {
      const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      return texts.length && accept(texts) ? texts : undefined;
    }, 'the quick pick\'s rows');
  }

  /** What the quick input shows while it has the keyboard, else undefined (closed or closing). */
  private async quickInputState(): Promise<string | undefined> {
    const state = (await this.page.evaluate(`(() => {
      const w = document.querySelector('.quick-input-widget');
      if (!w || getComputedStyle(w).display === 'none' || !w.contains(document.activeElement)) return null;
      return w.textContent + '|' + (w.querySelector('input')?.value ?? '');
    })()`)) as string | null;
    return state ?? undefined;
  }

  /**
   * Accepts what the quick input proposes (Enter) when it has the keyboard, then waits for it
   * to move on (the next question, or closed). Never types Enter into the editor behind it.
   */
  async acceptQuickInput(beforeEnter?: () => Promise<unknown>): Promise<boolean> {
    const before = await this.quickInputState();
    if (before === undefined) return false;
    await beforeEnter?.();
    await this.page.keyboard.press('Enter');
    await this.waitFor(async () => ((await this.quickInputState()) !== before ? true : undefined), 'the quick input to move on');
    return true;
  }

  /**
   * The first code lens shown just above the cursor's line (a line's lenses sit in one zone over it, in
   * the order of their places on the line): its text and its link, or undefined while there is none.
   */
  /** The lens nearest above the cursor's line; with `naming`, the leftmost of that line's lenses whose text has it. */
  async codeLensAboveCursor(naming?: string): Promise<{ text: string; link: Locator } | undefined> {
    const cursor = await this.page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
    if (!cursor) return undefined;
    const links = this.page.locator('.monaco-editor .codelens-decoration a');
    let best: { link: Locator; x: number; y: number } | undefined;
    for (let i = 0; i < (await links.count()); i++) {
      const link = links.nth(i);
      const box = await link.boundingBox();
      if (!box || box.y + box.height > cursor.y + 1) continue;
      if (naming !== undefined && !((await link.textContent()) ?? '').includes(naming)) continue;
      // The nearest zone above the line; within it, the leftmost lens.
      if (!best || box.y > best.y + 2 || (Math.abs(box.y - best.y) <= 2 && box.x < best.x)) best = { link, x: box.x, y: box.y };
    }
    return best ? { text: (await best.link.textContent()) ?? '', link: best.link } : undefined;
  }

  /** The rows of the references peek (file groups and their lines), once it lists something. */
  async referencesPeek(): Promise<string[]> {
    const rows = this.page.locator('.peekview-widget .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    // textContent: the label's name and extension are separate elements that innerText splits.
    return rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  }
}
