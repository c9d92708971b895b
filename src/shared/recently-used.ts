/**
 * Drops a map's oldest entries (in insertion order) until at most `limit`
 * remain. A map whose hits are deleted and set again is then a cache of
 * the `limit` entries used last.
 */
export function trimOldest<K, V>(map: Map<K, V>, limit: number): void {
  if (map.size <= limit) return;
  let excess = map.size - limit;
  for (const key of map.keys()) {
    if (excess-- <= 0) break;
    map.delete(key);
  }
}
