import { describe, expect, it } from 'vitest';
import { cleanedText, findUncleanText, isCleanText, text } from './text.ts';

describe('the text rule', () => {
  it('accepts what people type, tab, newlines and emoji included', () => {
    for (const ok of ['Mât n° 3', 'a\tb\nc\r\nd', 'éàü 🚀 ✓', '']) expect(isCleanText(ok)).toBe(true);
  });
  it('refuses NUL, other C0 controls and lone surrogates', () => {
    for (const bad of ['a\u0000b', '\u0001', 'x\u001f', '\u000b', '\ud800', 'a\udc00b', '\ud83d'])
      expect(isCleanText(bad)).toBe(false);
  });
  it('names INVALID_TEXT in the zod issue so a pushed mutation is rejected with that code', () => {
    const r = text().safeParse('a\u0000');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'custom', params: { domainCode: 'INVALID_TEXT' } });
  });
  it('finds the first unclean key or value, skipping opaque subtrees', () => {
    expect(findUncleanText({ a: [1, 'ok', { b: 'x\u0000' }] })).toEqual(['a', 2, 'b']);
    expect(findUncleanText({ ['k\u0002']: 1 })).toEqual(['k\u0002']);
    expect(findUncleanText({ m: [{ args: '\u0000' }] }, (p) => p[2] === 'args')).toBeNull();
  });
  it('cleans every string for storage', () => {
    expect(cleanedText({ ['k\u0000']: ['a\u0000b\ud800', 3] })).toEqual({ 'k\ufffd': ['a\ufffdb\ufffd', 3] });
  });
});
