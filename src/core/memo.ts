// The bounded memos of the engine and the index: what repeats across a corpus (a name, a code, a date)
// is computed once and then found, and a memo that reaches its limit is emptied rather than left to grow.

/**
 * Remembers `value` for `key` in `memo`, emptied first when it holds `limit` entries. Returns `value`.
 * A key that may be a slice of a document's text is copied first (text/normalize.ts: remember), or the
 * memo would keep the whole text alive.
 */
export function memoSet<K, V>(memo: Map<K, V>, key: K, value: V, limit: number): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
