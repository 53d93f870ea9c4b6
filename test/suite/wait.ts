// Polling for what the editor does in its own time (indexing, diagnostics, file events), for the
// extension-host suites (test/suite, test/suite-multi).

/** The first truthy value `probe` gives, asked every 100 ms; throws naming `what` after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** waitFor with the 30 s a re-index of the suites' folder, or the cache written after it, may take. */
export function waitForIndex<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string): Promise<T> {
  return waitFor(probe, what, 30_000);
}
