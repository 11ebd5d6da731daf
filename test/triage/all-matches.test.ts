import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/triage/all-matches.ts';

describe('allMatches', () => {
  it('finds every match with its index, like matchAll', () => {
    const regex = /(?<= )(?:di ?kunci|dikurung)(?= )/g;
    const text = ' saya dikunci lalu dikurung lagi di kunci ';
    expect(allMatches(regex, text).map((m) => [m[0], m.index])).toEqual(
      [...text.matchAll(regex)].map((m) => [m[0], m.index]),
    );
    expect(allMatches(regex, text)).toHaveLength(3);
  });

  it('starts from the beginning whatever the expression was left at, and leaves it at 0', () => {
    const regex = /a/g;
    regex.lastIndex = 3;
    expect(allMatches(regex, 'aaaa')).toHaveLength(4);
    expect(regex.lastIndex).toBe(0);
  });

  it('steps over empty matches instead of looping', () => {
    expect(allMatches(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('refuses an expression that is not global', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
  });
});
