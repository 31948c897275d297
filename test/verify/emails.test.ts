// The e-mail addresses of a text: the same as the plain regex, in linear time (the regex took
// minutes on a long run of letters; found by fuzzing).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmails } from '../../src/read/emails.ts';

const REGEX = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const byRegex = (text: string): string[] => [...text.matchAll(REGEX)].map((m) => m[0].toLowerCase());

describe('findEmails', () => {
  it('finds addresses as written, lower-cased', () => {
    expect(findEmails('Skriv til HR@Fkit.example eller a.b+c@x-y.z.dk.')).toEqual(['hr@fkit.example', 'a.b+c@x-y.z.dk']);
    expect(findEmails('a@b og @c.d og e@f. og x@@y.z')).toEqual([]);
    expect(findEmails('a@b@c.d')).toEqual(['b@c.d']);
  });
  it('agrees with the regex on any text of these characters', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-zA-Z0-9.@_%+\- æ\n-]{0,40}$/), (text) => {
      expect(findEmails(text)).toEqual(byRegex(text));
    }), { numRuns: 3000 });
  });
  it('takes linear time on long runs around an @', () => {
    const text = `${'x'.repeat(300_000)}@${'y'.repeat(300_000)}@${'z.'.repeat(100_000)}`;
    const started = performance.now();
    findEmails(text);
    findEmails(`${'a'.repeat(500_000)}@`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
