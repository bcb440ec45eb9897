import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnownBuilding } from '../../repositories/addresses-buildings.repository.ts';
import { parseArcep } from './arcep.import.ts';
import { matchArcep, type ArcepCandidate } from './arcep.match.ts';

const fixture = readFileSync(join(import.meta.dirname, '..', '..', 'testing', 'fixtures', 'arcep-jussy.csv'));

/** What the database would hold after importing these lines with these ids. */
function stored(lines: readonly ArcepCandidate[], ids: readonly string[]): KnownBuilding[] {
  return lines.map((l, i) => ({ id: ids[i] ?? '', ...l.values }));
}

/** The fixture with every imb_id replaced and the data lines in reverse order: a later Arcep release. */
function nextRelease(text: string): Buffer {
  const [header, ...lines] = text.trimEnd().split('\n');
  const renumbered = lines.map((l) => l.replace(/^IMB\/89212\/A\/0A(\d\d)/, 'IMB/89212/Z/9Z$1'));
  return Buffer.from([header, ...renumbered.reverse()].join('\n'));
}

describe('Arcep per-building CSV', () => {
  it('reads x, y as lon, lat and maps Arcep states, rejecting bad lines by number', () => {
    const parsed = parseArcep(fixture);
    expect(parsed.lines).toHaveLength(6);
    expect(parsed.lines[0]).toMatchObject({
      line: 2,
      lat: 47.7183024,
      lon: 3.585,
      values: {
        state: 'deployed',
        address: '2 RUE DU LAVOIR, 89290 Jussy',
        insee_code: '89212',
        source: 'arcep',
      },
    });
    expect(parsed.lines.map((l) => l.values.state)).toEqual([
      'deployed',
      'deployed',
      'targeted',
      'in_progress',
      'deployed', // "raccordable demande": connectable on request
      'deployed',
    ]);
    expect(parsed.rejected).toEqual([
      { line: 8, reason: 'unknown imb_etat "fibre ok"' },
      { line: 9, reason: expect.stringContaining('invalid coordinates') },
    ]);
  });

  it('gives new buildings stable ids of at most 30 characters, distinct at a shared address', () => {
    const { lines } = parseArcep(fixture);
    const first = matchArcep(lines, []);
    const again = matchArcep(lines, []);
    expect(again).toEqual(first);
    const ids = first.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ARCEP-[0-9A-F]{16}$/);
  });

  it('finds the same buildings again in a release where every imb_id changed and lines moved', () => {
    const { lines } = parseArcep(fixture);
    const ids = matchArcep(lines, []).map((m) => m.id);
    const db = stored(lines, ids);
    const next = parseArcep(nextRelease(fixture.toString('utf8')));
    const matched = matchArcep(next.lines, db);
    // Same building, same id: compare by address and position.
    const idOf = (l: ArcepCandidate, m: { id: string }) => [l.values.address, l.lat, l.lon, m.id];
    expect(next.lines.map((l, i) => idOf(l, matched[i] ?? { id: '' })).sort()).toEqual(
      lines.map((l, i) => idOf(l, { id: ids[i] ?? '' })).sort(),
    );
  });

  it('matches a renamed street by position within 5 m, not beyond', () => {
    const { lines } = parseArcep(fixture);
    const [first] = lines;
    if (!first) throw new Error('fixture');
    const db = stored([first], ['ARCEP-OLD']);
    const renamed = { ...first, key: '89212|2 rue du lavoir neuf', lat: first.lat + 0.00002 };
    expect(matchArcep([renamed], db)[0]).toMatchObject({ id: 'ARCEP-OLD', kept: true });
    const far = { ...renamed, lat: first.lat + 0.0001 };
    expect(matchArcep([far], db)[0]?.id).not.toBe('ARCEP-OLD');
  });

  it('leaves alone a line describing a building another source already has', () => {
    const [first, second] = parseArcep(fixture).lines;
    if (!first || !second) throw new Error('fixture');
    const ipe: KnownBuilding = { id: 'IMB/89212/L/0001', ...first.values, source: 'ipe' };
    const result = matchArcep([first, second], [ipe]);
    expect(result.map((m) => m.kept)).toEqual([false, true]);
  });
});
