import { describe, expect, it } from 'vitest';
import { createBanGeocoder, GeocoderError, parseBanAnswer } from './ban.ts';

// Shaped like a Géoplateforme /geocodage/search answer for "12 rue de l'Église Jussy".
const answer = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [3.585641, 47.722265] },
      properties: {
        label: "12 Place de l'Église 89290 Jussy",
        score: 0.93,
        housenumber: '12',
        id: '89212_0150_00012',
        banId: '5b4e7f0a-0000-4000-8000-000000000012',
        name: "12 Place de l'Église",
        postcode: '89290',
        citycode: '89212',
        city: 'Jussy',
        context: '89, Yonne, Bourgogne-Franche-Comté',
        type: 'housenumber',
        street: "Place de l'Église",
        x: 743900.1,
        y: 6735920.4,
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [3.5852, 47.7221] },
      properties: {
        label: "Rue de l'Église 89290 Jussy",
        score: 0.71,
        id: '89212_0151',
        name: "Rue de l'Église",
        postcode: '89290',
        citycode: '89212',
        city: 'Jussy',
        context: '89, Yonne, Bourgogne-Franche-Comté',
        type: 'street',
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [3.57, 47.72] },
      properties: {
        label: 'Jussy',
        score: 0.5,
        id: '89212',
        type: 'municipality',
        city: 'Jussy',
        citycode: '89212',
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [3.57, 47.72] },
      properties: { label: 'x', type: 'poi' },
    },
  ],
};

describe('BAN answers', () => {
  it('parses features into address results, skipping unknown types', () => {
    const results = parseBanAnswer(answer, "12 rue de l'Église Jussy");
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      id: '89212_0150_00012',
      label: "12 Place de l'Église 89290 Jussy",
      type: 'housenumber',
      score: 0.93,
      housenumber: '12',
      street: "Place de l'Église",
      postcode: '89290',
      citycode: '89212',
      city: 'Jussy',
      context: '89, Yonne, Bourgogne-Franche-Comté',
      position: { lat: 47.722265, lon: 3.585641 },
      approximate: false,
      source: 'ban',
    });
    expect(results[1]).toMatchObject({ type: 'street', street: "Rue de l'Église" });
  });

  it('marks street, locality and municipality results approximate for a numbered query only', () => {
    expect(parseBanAnswer(answer, "12 rue de l'Église Jussy").map((r) => r.approximate)).toEqual([
      false,
      true,
      true,
    ]);
    expect(parseBanAnswer(answer, "rue de l'Église 89290 Jussy").map((r) => r.approximate)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('treats a reverse answer that is not a house number as approximate', () => {
    expect(parseBanAnswer(answer, null).map((r) => r.approximate)).toEqual([false, true, true]);
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(() => parseBanAnswer({ error: 'x' }, 'q')).toThrow(GeocoderError);
  });
});

describe('BAN client', () => {
  it('calls the configured base URL with the query parameters', async () => {
    const urls: string[] = [];
    const geocoder = createBanGeocoder({
      baseUrl: 'https://geo.example/geocodage/',
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(JSON.stringify(answer), { status: 200 });
      },
    });
    await geocoder.search('12 rue Jussy', { limit: 3, near: { lat: 47.7, lon: 3.5 }, postcode: '89290' });
    await geocoder.reverse({ lat: 47.72, lon: 3.58 });
    expect(urls).toEqual([
      'https://geo.example/geocodage/search?q=12+rue+Jussy&limit=3&lat=47.7&lon=3.5&postcode=89290',
      'https://geo.example/geocodage/reverse?lat=47.72&lon=3.58&limit=1',
    ]);
  });

  it('reports the rate limit with its retry-after, and an unreachable service', async () => {
    const limited = createBanGeocoder({
      fetch: async () => new Response('', { status: 429, headers: { 'retry-after': '2' } }),
    });
    await expect(limited.search('Jussy')).rejects.toMatchObject({ kind: 'rate_limited', retryAfterS: 2 });
    const down = createBanGeocoder({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(down.search('Jussy')).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
