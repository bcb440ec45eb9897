// Comments cite docs/contract.md as "contract §3.5" (older ones: "CONTRACT §3", "guarantee 5"). A
// citation of a section the document does not hold is a rule nobody can read: this test refuses it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const folders = ['shared', 'server', 'client', 'bench', 'e2e', 'scripts', 'docs'];
const citable = /\.(ts|tsx|sql|md|css|html)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (citable.test(entry.name)) yield path;
  }
}

/** Section numbers of the contract's `## n.` and `### n.m` headings. */
function sections(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1] ?? ''));
}

/** Every section a text cites. "guarantee n" is the sync guarantee n, that is §3.n. */
function citations(text: string): string[] {
  const cited = [...text.matchAll(/\bcontract(?:\.md)?\)?\s*§\s*(\d+(?:\.\d+)?)/gi)].map((m) => m[1] ?? '');
  const guarantees = [...text.matchAll(/\bguarantee\s+(\d+)\b/gi)].map((m) => `3.${m[1]}`);
  return [...cited, ...guarantees];
}

describe('contract citations', () => {
  const contract = readFileSync(join(root, 'docs/contract.md'), 'utf8');
  const known = sections(contract);

  it('reads the sections of docs/contract.md', () => {
    for (const s of ['1', '2', '2.1', '3', '3.1', '3.7', '4', '5', '6', '7']) expect(known).toContain(s);
  });

  it('finds both citation forms', () => {
    expect(citations('see CONTRACT §3, then contract §3.5 and guarantee 7')).toEqual(['3', '3.5', '3.7']);
  });

  it('cites only sections the contract holds', () => {
    const missing: string[] = [];
    for (const folder of folders) {
      for (const path of files(join(root, folder))) {
        for (const section of citations(readFileSync(path, 'utf8'))) {
          if (!known.has(section)) missing.push(`${path.slice(root.length + 1)}: §${section}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
