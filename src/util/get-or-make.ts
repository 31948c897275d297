// A memo table's one rule: the value of a key is made the first time it is asked for, then kept.

/** What getOrMake needs of a table: a Map or a WeakMap. */
interface MemoTable<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value of `key` in `table`; made by `make` and kept there when the table has none. */
export function getOrMake<K, V>(table: MemoTable<K, V>, key: K, make: () => V): V {
  if (table.has(key)) return table.get(key) as V;
  const value = make();
  table.set(key, value);
  return value;
}
