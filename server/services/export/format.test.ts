import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, collect, csvDocument, csvStream } from './csv.ts';
import { frenchNumber, parisDateTime } from './format.ts';

describe('export formats', () => {
  it('writes Paris wall-clock time across both DST changes', () => {
    expect(parisDateTime('2026-12-02T07:15:00Z')).toBe('2026-12-02 08:15:00');
    expect(parisDateTime('2026-07-14T07:15:00Z')).toBe('2026-07-14 09:15:00');
    // 2026-03-29 01:30Z is 03:30 in Paris (clocks jumped from 02:00 to 03:00).
    expect(parisDateTime('2026-03-29T01:30:00Z')).toBe('2026-03-29 03:30:00');
    expect(parisDateTime('2026-12-31T23:30:00Z')).toBe('2027-01-01 00:30:00');
    expect(parisDateTime(null)).toBe('');
    expect(parisDateTime('not a date')).toBe('');
  });

  it('writes decimal commas', () => {
    expect(frenchNumber(-21.5)).toBe('-21,5');
    expect(frenchNumber(3)).toBe('3');
    expect(frenchNumber(null)).toBe('');
    expect(frenchNumber(Number.NaN)).toBe('');
  });

  it('one BOM, `;`, escaped formulae, and the stream equals the document', async () => {
    const columns = [
      { header: 'Résumé', value: (r: { s: string; n: number }) => r.s },
      { header: 'Puissance (dBm)', value: (r: { s: string; n: number }) => frenchNumber(r.n) },
    ];
    const rows = [
      { s: '=HYPERLINK("http://x")', n: -21.5 },
      { s: 'a;b "c"', n: 1 },
      { s: '-2+3', n: 2 },
      { s: 'ligne\nsuivante', n: 2 },
    ];
    const doc = csvDocument(columns, rows);
    expect(doc.startsWith(BOM)).toBe(true);
    expect(doc.indexOf(BOM, 1)).toBe(-1);
    async function* pages() {
      yield rows.slice(0, 2);
      yield [];
      yield rows.slice(2);
    }
    expect(await collect(csvStream(columns, pages()))).toBe(doc);
    const parsed = Papa.parse<string[]>(doc.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['Résumé', 'Puissance (dBm)'],
      [`'=HYPERLINK("http://x")`, '-21,5'],
      ['a;b "c"', '1'],
      ["'-2+3", '2'],
      ['ligne\nsuivante', '2'],
    ]);
  });
});
