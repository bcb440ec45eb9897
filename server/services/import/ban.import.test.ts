import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAddressQuery } from '../../../shared/schemas/addresses.ts';
import { parseBan } from './ban.import.ts';

const fixture = readFileSync(
  join(import.meta.dirname, '..', '..', 'testing', 'fixtures', 'adresses-89-jussy.csv'),
);

describe('BAN addresses CSV', () => {
  it('reads the per-département file into index rows', () => {
    const parsed = parseBan(fixture);
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.rows).toHaveLength(20);
    expect(parsed.rows[0]).toEqual({
      id: '89212_0150_00001',
      number: 1,
      rep: null,
      street: "Place de l'Église",
      postcode: '89290',
      insee: '89212',
      city: 'Jussy',
      lat: 47.7219,
      lon: 3.5854,
      label: "1 Place de l'Église 89290 Jussy",
      search_key: 'place de l eglise 89290 jussy',
    });
    expect(parsed.rows.find((r) => r.rep)).toMatchObject({
      id: '89212_0200_00004_bis',
      label: "4 bis Rue de l'Épineau 89290 Jussy",
    });
  });

  it('rejects a malformed BAN id with its line number', () => {
    expect(parseBan(fixture).rejected).toEqual([{ line: 22, reason: 'invalid BAN id "89212-0400-00009"' }]);
  });

  it('rejects bad numbers, coordinates and duplicates', () => {
    const header = 'id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat';
    const text = [
      header,
      "89212_0150_00001;1;;Place de l'Église;89290;89212;Jussy;3.5854;47.7219",
      "89212_0150_00002;deux;;Place de l'Église;89290;89212;Jussy;3.5856;47.7219",
      "89212_0150_00003;3;;Place de l'Église;89290;89212;Jussy;3.5858;;",
      "89212_0150_00001;1;;Place de l'Église;89290;89212;Jussy;3.5854;47.7219",
    ].join('\n');
    expect(parseBan(Buffer.from(text)).rejected).toEqual([
      { line: 3, reason: 'invalid numero "deux"' },
      { line: 4, reason: 'invalid coordinates "3.5858", ""' },
      { line: 5, reason: 'duplicate id "89212_0150_00001" (line 2)' },
    ]);
  });
});

describe('address queries', () => {
  it('splits the house number from the rest', () => {
    expect(parseAddressQuery("12 bis, Rue de l'Église 89290 Jussy")).toEqual({
      number: 12,
      rep: 'bis',
      text: 'rue de l eglise 89290 jussy',
      tokens: ['rue', 'de', 'l', 'eglise', '89290', 'jussy'],
      postcode: '89290',
    });
    expect(parseAddressQuery('89290 Jussy')).toMatchObject({ number: null, postcode: '89290' });
  });
});
