// The memo rule (src/util/get-or-make.ts): a value is made once per key and table, then kept.

import { describe, expect, it } from 'vitest';
import { getOrMake } from '../../src/util/get-or-make.ts';

describe('getOrMake', () => {
  it("makes a key's value the first time only, in a Map and a WeakMap alike", () => {
    let made = 0;
    const table = new Map<string, number>();
    expect(getOrMake(table, 'a', () => ++made)).toBe(1);
    expect(getOrMake(table, 'a', () => ++made)).toBe(1);
    expect(getOrMake(table, 'b', () => ++made)).toBe(2);
    expect([...table]).toEqual([['a', 1], ['b', 2]]);
    const key = {};
    const weak = new WeakMap<object, string[]>();
    const first = getOrMake(weak, key, () => []);
    expect(getOrMake(weak, key, () => ['another'])).toBe(first);
  });

  it('keeps a value made as undefined or null, and does not make it again', () => {
    let made = 0;
    const table = new Map<string, undefined | null>();
    getOrMake(table, 'u', () => {
      made++;
      return undefined;
    });
    getOrMake(table, 'u', () => {
      made++;
      return undefined;
    });
    expect(getOrMake(table, 'n', () => {
      made++;
      return null;
    })).toBeNull();
    expect(getOrMake(table, 'n', () => {
      made++;
      return null;
    })).toBeNull();
    expect(made).toBe(2);
  });
});
