import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { distanceM } from '../../../shared/eligibility/geo.ts';
import { decodeText, parseCsv, parseDecimal, sniffDelimiter } from './csv.ts';
import { parseIpe } from './ipe.import.ts';
import { parseProjection, toLatLon } from './ipe.projection.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'testing', 'fixtures');
const HEADER =
  'IdentifiantImmeuble;EtatImmeuble;CodeAdresseImmeuble;CoordonneeImmeubleX;CoordonneeImmeubleY;' +
  'TypeProjectionGeographique;NumeroVoieImmeuble;TypeVoieImmeuble;NomVoieImmeuble;CodePostalImmeuble;' +
  'CommuneImmeuble;CodeInseeImmeuble';

// Jussy, near the church, computed once with proj4 from the WGS84 position below.
const JUSSY = { lat: 47.7219, lon: 3.5855 };
const [JX = 0, JY = 0] = proj4('EPSG:4326', 'EPSG:2154', [JUSSY.lon, JUSSY.lat]);
const frenchDecimal = (v: number) => v.toFixed(2).replace('.', ',');

function ipe(lines: string[]): string {
  return [HEADER, ...lines].join('\r\n');
}

describe('IPE text decoding', () => {
  const text = ipe([
    `IMB/89212/X/0001;DEPLOYE;A1;${frenchDecimal(JX)};${frenchDecimal(JY)};L93;1;PL;DE L'ÉGLISE;89290;JUSSY;89212`,
    `IMB/89212/X/0002;DEPLOYE;A2;3,5860;47,7225;WGS84;2;RUE;DE L'ÉPINEAU;89290;JUSSY;89212`,
  ]);

  it('reads UTF-8 and Windows-1252/Latin-1 files to the same strings', () => {
    const utf8 = parseIpe(Buffer.from(text, 'utf8'));
    const latin1 = parseIpe(iconv.encode(text, 'win1252'));
    expect(utf8.encoding).toBe('utf-8');
    expect(latin1.encoding).toBe('windows-1252');
    expect(latin1.rows).toEqual(utf8.rows);
    expect(utf8.rows.map((r) => r.address)).toEqual([
      "1 PL DE L'ÉGLISE, 89290 JUSSY",
      "2 RUE DE L'ÉPINEAU, 89290 JUSSY",
    ]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf8')).text.startsWith('IdentifiantImmeuble')).toBe(
      true,
    );
  });
});

describe('IPE coordinates', () => {
  it('recognises the usual projection spellings', () => {
    for (const v of ['WGS84', 'wgs 84', 'EPSG:4326', '4326']) expect(parseProjection(v)).toBe('wgs84');
    for (const v of ['L93', 'Lambert93', 'LAMBERT 93', 'RGF93 / Lambert-93', 'EPSG:2154', '2154']) {
      expect(parseProjection(v)).toBe('lambert93');
    }
    expect(parseProjection('UTM31')).toBeNull();
  });

  it('reprojects a Lambert-93 point of Jussy to within 1 m of its WGS84 position', () => {
    const at = toLatLon(JX, JY, 'lambert93');
    if (!at.ok) throw new Error(at.reason);
    expect(at.lat).toBeCloseTo(47.72, 2);
    expect(at.lon).toBeCloseTo(3.59, 1);
    expect(distanceM(at.lat, at.lon, JUSSY.lat, JUSSY.lon)).toBeLessThan(1);
  });

  it('reads decimal commas, and both projections agree on the same building', () => {
    const { rows } = parseIpe(
      Buffer.from(
        ipe([
          `A;DEPLOYE;;${frenchDecimal(JX)};${frenchDecimal(JY)};Lambert93;1;PL;X;89290;JUSSY;89212`,
          `B;DEPLOYE;;${String(JUSSY.lon).replace('.', ',')};${String(JUSSY.lat).replace('.', ',')};WGS84;1;PL;X;89290;JUSSY;89212`,
        ]),
      ),
    );
    const [a, b] = rows;
    if (!a || !b) throw new Error('expected two rows');
    expect(b).toMatchObject({ lat: 47.7219, lon: 3.5855 });
    expect(distanceM(a.lat, a.lon, b.lat, b.lon)).toBeLessThan(1);
    expect(parseDecimal('743857,59')).toBe(743857.59);
    expect(parseDecimal('1 234,5')).toBeNull();
  });

  it('rejects coordinates outside the projection', () => {
    expect(toLatLon(3.58, 47.72, 'lambert93')).toMatchObject({ ok: false });
    expect(toLatLon(743000, 6735000, 'wgs84')).toMatchObject({ ok: false });
  });
});

describe('IPE fixtures', () => {
  it('imports the Latin-1 Lambert-93 sample of Jussy with each bad line rejected by line number', () => {
    const parsed = parseIpe(readFileSync(join(fixtures, 'ipe-jussy-latin1-l93.csv')));
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.rows.map((r) => [r.id, r.state])).toEqual([
      ['IMB/89212/L/0001', 'deployed'],
      ['IMB/89212/L/0002', 'in_progress'],
      ['IMB/89212/L/0003', 'signed'],
      ['IMB/89212/L/0004', 'targeted'],
      ['IMB/89212/L/0005', 'abandoned'],
    ]);
    expect(parsed.rows[1]).toMatchObject({
      address: "4 BIS RUE DE L'ÉPINEAU, 89290 JUSSY",
      insee_code: '89212',
      postcode: '89290',
      pm_ref: 'PM-89290-01',
      source: 'ipe',
    });
    for (const r of parsed.rows) {
      expect(r.lat).toBeGreaterThan(47.7);
      expect(r.lat).toBeLessThan(47.74);
      expect(r.lon).toBeGreaterThan(3.57);
      expect(r.lon).toBeLessThan(3.6);
    }
    expect(parsed.rejected.map((r) => r.line)).toEqual([7, 8, 9, 10, 11]);
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      expect.stringContaining('unknown EtatImmeuble "RACCORDE"'),
      expect.stringContaining('longer than 30 characters'),
      expect.stringContaining('invalid coordinates'),
      expect.stringContaining('duplicate IdentifiantImmeuble "IMB/89212/L/0002" (line 3)'),
      expect.stringContaining('unknown projection "UTM31"'),
    ]);
  });

  it('imports the UTF-8 WGS84 sample of Saint-Bris, accents and case in states included', () => {
    const parsed = parseIpe(readFileSync(join(fixtures, 'ipe-saint-bris-utf8-wgs84.csv')));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.rows.map((r) => r.state)).toEqual(['deployed', 'deployed', 'in_progress']);
    expect(parsed.rejected).toEqual([{ line: 5, reason: expect.stringContaining('out of WGS84 range') }]);
  });

  it('refuses a file without the key columns', () => {
    expect(() => parseIpe(Buffer.from('IdentifiantImmeuble;EtatImmeuble\nA;DEPLOYE\n'))).toThrow(
      /missing column/,
    );
  });
});

describe('CSV parsing', () => {
  it('gives the line where each record starts, across quoted line breaks and blank lines', () => {
    const table = parseCsv('a;b\r\n1;"x\r\ny"\r\n\r\n2;3\r\n', ';');
    expect(table.rows.map((r) => [r.line, r.get('a'), r.get('b')])).toEqual([
      [2, '1', 'x\r\ny'],
      [5, '2', '3'],
    ]);
  });

  it('sniffs the delimiter from the header line', () => {
    expect(sniffDelimiter('x,y,imb_id\n1;2', ';')).toBe(',');
    expect(sniffDelimiter('a;b;c\n1,5;2', ',')).toBe(';');
    expect(sniffDelimiter('single\n', ';')).toBe(';');
  });
});
