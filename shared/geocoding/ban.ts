// Client of the BAN geocoder (Géoplateforme `…/geocodage`): search and reverse, answers parsed with zod.
// Runs in the browser (the PWA calls the geocoder directly: its CSP admits GEOCODER_URL) and in Node.
import { z } from 'zod';
import { latitude, longitude } from '../schemas/common.ts';
import { addressType, queryHouseNumber, type AddressResult } from '../schemas/addresses.ts';

const DEFAULT_GEOCODER_URL = 'https://data.geopf.fr/geocodage';

const banFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([longitude, latitude]).rest(z.number()),
  }),
  properties: z.looseObject({
    label: z.string(),
    score: z.number(),
    id: z.string(),
    type: addressType,
    housenumber: z.string().optional(),
    name: z.string().optional(),
    street: z.string().optional(),
    postcode: z.string().optional(),
    citycode: z.string().optional(),
    city: z.string().optional(),
    context: z.string().optional(),
  }),
});
const banCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export class GeocoderError extends Error {
  constructor(
    readonly kind: 'rate_limited' | 'unavailable' | 'bad_answer',
    message: string,
    /** Seconds to wait before asking again, when the geocoder said (429 `retry-after`). */
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
    this.name = 'GeocoderError';
  }
}

/**
 * Features of a BAN answer as address results. Features of a type we do not know (the service may
 * add some) are skipped rather than failing the whole answer. `query` decides `approximate`: a
 * numbered query answered by a street, place or commune did not find that address.
 */
export function parseBanAnswer(json: unknown, query: string | null): AddressResult[] {
  const collection = banCollection.safeParse(json);
  if (!collection.success)
    throw new GeocoderError('bad_answer', 'Réponse du géocodeur illisible (bad geocoder answer)');
  const numbered = query !== null && queryHouseNumber(query) !== null;
  const out: AddressResult[] = [];
  for (const raw of collection.data.features) {
    const f = banFeature.safeParse(raw);
    if (!f.success) continue;
    const p = f.data.properties;
    const [lon, lat] = f.data.geometry.coordinates;
    out.push({
      id: p.id,
      label: p.label,
      type: p.type,
      score: p.score,
      housenumber: p.housenumber,
      street: p.street ?? (p.type === 'street' ? p.name : undefined),
      postcode: p.postcode,
      citycode: p.citycode,
      city: p.city,
      context: p.context,
      position: { lat, lon },
      // A reverse answer has no query: anything but a house number is only near the point.
      approximate: p.type !== 'housenumber' && (query === null || numbered),
      source: 'ban',
    });
  }
  return out;
}

interface SearchOptions {
  limit?: number;
  /** Bias results towards this point (e.g. the map centre). */
  near?: { lat: number; lon: number };
  postcode?: string;
  citycode?: string;
  type?: AddressResult['type'];
  signal?: AbortSignal;
}

export interface BanGeocoder {
  search(q: string, options?: SearchOptions): Promise<AddressResult[]>;
  reverse(at: { lat: number; lon: number }, options?: { signal?: AbortSignal }): Promise<AddressResult[]>;
}

export interface BanGeocoderOptions {
  /** Without a trailing slash; GEOCODER_URL of the deployment (network.config). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createBanGeocoder(options: BanGeocoderOptions = {}): BanGeocoder {
  const base = (options.baseUrl ?? DEFAULT_GEOCODER_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function get(path: string, params: Record<string, string | undefined>, signal?: AbortSignal) {
    const url = new URL(`${base}/${path}`);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
    let res: Response;
    try {
      res = await doFetch(url.toString(), { signal, headers: { accept: 'application/json' } });
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new GeocoderError('unavailable', 'Géocodeur injoignable (geocoder unreachable)');
    }
    if (res.status === 429) {
      const retry = Number(res.headers.get('retry-after'));
      throw new GeocoderError(
        'rate_limited',
        'Géocodeur saturé (rate limited)',
        Number.isFinite(retry) ? retry : null,
      );
    }
    if (!res.ok) throw new GeocoderError('unavailable', `Géocodeur indisponible (HTTP ${res.status})`);
    try {
      return (await res.json()) as unknown;
    } catch {
      throw new GeocoderError('bad_answer', 'Réponse du géocodeur illisible (bad geocoder answer)');
    }
  }

  return {
    async search(q, o = {}) {
      const json = await get(
        'search',
        {
          q,
          limit: String(o.limit ?? 5),
          lat: o.near ? String(o.near.lat) : undefined,
          lon: o.near ? String(o.near.lon) : undefined,
          postcode: o.postcode,
          citycode: o.citycode,
          type: o.type,
        },
        o.signal,
      );
      return parseBanAnswer(json, q);
    },
    async reverse(at, o = {}) {
      const json = await get('reverse', { lat: String(at.lat), lon: String(at.lon), limit: '1' }, o.signal);
      return parseBanAnswer(json, null);
    },
  };
}
