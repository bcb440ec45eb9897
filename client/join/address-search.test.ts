import { describe, expect, it } from 'vitest';
import { createBanGeocoder } from '../../shared/geocoding/ban.ts';
import type { AddressResult } from '../../shared/schemas/addresses.ts';
import { searchWithFallback } from './address-search.ts';

const localResult: AddressResult = {
  id: '89212_0150_00002',
  label: "2 Place de l'Église 89290 Jussy",
  type: 'housenumber',
  score: 1,
  position: { lat: 47.721797, lon: 3.585616 },
  approximate: false,
  source: 'local',
};
const banAnswer = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [3.585616, 47.721797] },
      properties: { label: localResult.label, score: 0.9, id: localResult.id, type: 'housenumber' },
    },
  ],
};

function sources(geocoderStatus: number | 'down', online = true) {
  const calls: string[] = [];
  const geocoder = createBanGeocoder({
    baseUrl: 'https://geo.example/geocodage',
    fetch: async () => {
      calls.push('ban');
      if (geocoderStatus === 'down') throw new TypeError('fetch failed');
      return new Response(JSON.stringify(banAnswer), { status: geocoderStatus });
    },
  });
  return {
    calls,
    sources: {
      geocoder,
      online: () => online,
      local: async () => {
        calls.push('local');
        return [localResult];
      },
    },
  };
}

describe('address search fallback', () => {
  const signal = new AbortController().signal;

  it('asks the BAN geocoder first', async () => {
    const s = sources(200);
    const answer = await searchWithFallback('2 place jussy', signal, s.sources);
    expect(answer.source).toBe('ban');
    expect(answer.results[0]?.source).toBe('ban');
    expect(s.calls).toEqual(['ban']);
  });

  it('falls back to the local index when the geocoder is down or rate-limited', async () => {
    for (const status of ['down', 429, 503] as const) {
      const s = sources(status);
      expect(await searchWithFallback('2 place jussy', signal, s.sources)).toEqual({
        results: [localResult],
        source: 'local',
      });
      expect(s.calls).toEqual(['ban', 'local']);
    }
  });

  it('does not try the geocoder offline', async () => {
    const s = sources(200, false);
    expect((await searchWithFallback('2 place jussy', signal, s.sources)).source).toBe('local');
    expect(s.calls).toEqual(['local']);
  });
});
