import { describe, expect, it } from 'vitest';
import { generateIpeFile } from '../../testing/ipe-file.ts';
import { csvSlices, parseCsv } from './csv.ts';
import { parseIpe, parseIpeSliced } from './ipe.import.ts';

describe('CSV in slices', () => {
  it('gives the same rows and file line numbers as one parse, a quoted line break included', () => {
    const text = 'a;b\r\n1;x\r\n\r\n2;"two\r\nlines"\r\n3;y\r\n4;"q""uote"\r\n5;z';
    const whole = parseCsv(text, ';').rows.map((r) => [r.line, r.get('a'), r.get('b')]);
    for (const size of [1, 2, 3, 10]) {
      const sliced = [...csvSlices(text, ';', size)].flatMap((t) =>
        t.rows.map((r) => [r.line, r.get('a'), r.get('b')]),
      );
      expect(sliced, `slices of ${size}`).toEqual(whole);
    }
    expect(whole.map((r) => r[0])).toEqual([2, 4, 6, 7, 8]);
  });

  it('gives the header alone for a file without lines', () => {
    expect([...csvSlices('a;b', ';', 5)]).toEqual([{ columns: ['a', 'b'], rows: [] }]);
  });

  it('parses an IPE file in slices to exactly what the whole-file parse gives', async () => {
    const file = Buffer.concat([
      generateIpeFile(1234),
      Buffer.from('\r\nIMB/89X;??;A;1;1;WGS84\r\nIMB/890000007;DEPLOYE;A;3,5;47,7;WGS84'),
    ]);
    expect(await parseIpeSliced(file)).toEqual(parseIpe(file));
  });
});
