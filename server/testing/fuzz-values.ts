// Hostile values for the structure-aware fuzz test, and the walk that replaces one field at a time.
// Some values cannot be written by JSON.stringify (Infinity, prototype keys as own properties): they
// travel as placeholders replaced in the serialized text.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const RAW = (text: string) => `@@raw:${text}@@`;

const hostileValues: Json[] = [
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\ud800',
  'x\udfffy',
  'x'.repeat(1024 * 1024),
  '',
  0,
  -1,
  2 ** 31,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER + 2,
  5e-324,
  RAW('1e309'), // Infinity once parsed
  RAW('-1e309'),
  null, // what JSON makes of NaN
  true,
  [],
  {},
  RAW(`${'['.repeat(100)}${']'.repeat(100)}`), // nested deeper than any schema
  RAW('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
];

/** The JSON text of a value holding placeholders. */
export function toJsonText(value: Json | undefined): string {
  return (JSON.stringify(value) ?? 'null').replace(/"@@raw:(.*?)@@"/g, (_m, raw: string) =>
    raw.replace(/\\"/g, '"'),
  );
}

/** Every variant of `base` with exactly one field (or the whole value) replaced by a hostile value. */
export function* oneFieldAtATime(
  base: Json | undefined,
): Generator<{ path: string; value: Json | undefined }> {
  for (const h of hostileValues) yield { path: '(input)', value: h };
  function* walk(node: Json, path: string[]): Generator<{ path: string; value: Json }> {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        for (const h of hostileValues) {
          const copy = [...node];
          copy[i] = h;
          yield { path: [...path, String(i)].join('.'), value: copy };
        }
        for (const inner of walk(node[i] ?? null, [...path, String(i)])) {
          const copy = [...node];
          copy[i] = inner.value;
          yield { path: inner.path, value: copy };
        }
      }
    } else if (node && typeof node === 'object') {
      // Prototype keys beside the known ones.
      yield {
        path: [...path, '__proto__'].join('.'),
        value: { ...node, polluter: RAW('{"__proto__":{"isAdmin":true}}') },
      };
      for (const key of Object.keys(node)) {
        for (const h of hostileValues) yield { path: [...path, key].join('.'), value: { ...node, [key]: h } };
        for (const inner of walk(node[key] ?? null, [...path, key])) {
          yield { path: inner.path, value: { ...node, [key]: inner.value } };
        }
      }
    }
  }
  if (base !== undefined) yield* walk(base, []);
}
