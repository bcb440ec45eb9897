// The text rule: what a person can type. NUL and the other C0 control characters (except tab, newline
// and carriage return) and lone UTF-16 surrogates are never text: PostgreSQL refuses NUL in text and
// jsonb (a push would fail at every retry and jam the outbox), and nobody types them on purpose.
import { z } from 'zod';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Index of the first refused UTF-16 unit, or -1. A loop rather than a regex of control characters. */
function firstRefused(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20) {
      if (c !== TAB && c !== LF && c !== CR) return i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++; // a well-formed pair
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

export const INVALID_TEXT_MESSAGE = 'Caractère non autorisé (caractère de contrôle ou invalide).';

export function isCleanText(value: string): boolean {
  return firstRefused(value) === -1;
}

/** Any string, with the text rule: refuses with `params.domainCode` INVALID_TEXT (a pushed mutation's code). */
export const text = (): z.ZodString =>
  z.string().refine(isCleanText, { message: INVALID_TEXT_MESSAGE, params: { domainCode: 'INVALID_TEXT' } });

export type JsonPath = (string | number)[];

/**
 * The first string (key or value) breaking the text rule in a parsed JSON value, as a path; null when
 * clean. `skip` leaves opaque subtrees (a pushed mutation's args are judged per mutation). Bounded by
 * the depth a JSON body can reach within the body limit.
 */
export function findUncleanText(
  value: unknown,
  skip: (path: JsonPath) => boolean = () => false,
  path: JsonPath = [],
): JsonPath | null {
  if (path.length > 64 || skip(path)) return null;
  if (typeof value === 'string') return isCleanText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUncleanText(value[i], skip, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isCleanText(k)) return [...path, k];
      const found = findUncleanText(v, skip, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

/** The same value with every string made clean (U+FFFD for each refused character): safe to store. */
export function cleanedText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanString(value);
  if (depth > 64) return null;
  if (Array.isArray(value)) return value.map((v) => cleanedText(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [cleanedText(k) as string, cleanedText(v, depth + 1)]),
    );
  }
  return value;
}

function cleanString(value: string): string {
  let rest = value;
  let out = '';
  for (let i = firstRefused(rest); i !== -1; i = firstRefused(rest)) {
    out += `${rest.slice(0, i)}\uFFFD`;
    rest = rest.slice(i + 1);
  }
  return out + rest;
}
