import { describe, expect, it } from 'vitest';
import { UniqueKeys } from '../../src/read/unique-key.ts';

describe('UniqueKeys', () => {
  it('returns the first line of a key seen before', () => {
    const u = new UniqueKeys();
    expect(u.seen('K1', 2)).toBeNull();
    expect(u.seen('K2', 3)).toBeNull();
    expect(u.seen('K1', 7)).toBe(2);
    expect(u.seen('K1', 9)).toBe(2);
  });
});
