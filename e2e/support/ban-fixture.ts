// A local stand-in for the BAN geocoder (Géoplateforme `/geocodage`): `GET …/search?q=` and
// `GET …/reverse?lon=&lat=` answer GeoJSON FeatureCollections shaped like the real service's, over a
// handful of Yonne addresses. Tests point GEOCODER_URL at it and stay off the internet.
import { createServer, type Server } from 'node:http';

export interface FixtureAddress {
  type: 'housenumber' | 'street' | 'locality' | 'municipality';
  label: string;
  name: string;
  housenumber?: string;
  street?: string;
  id: string;
  postcode: string;
  citycode: string;
  city: string;
  lon: number;
  lat: number;
}

const context = '89, Yonne, Bourgogne-Franche-Comté';

/** Inside the demo's fibre: the position of building IMB/89212/X/BKY3 (state DEPLOYE) in Jussy. */
export const COVERED: FixtureAddress = {
  type: 'housenumber',
  label: "2 Place de l'Église 89290 Jussy",
  name: "2 Place de l'Église",
  housenumber: '2',
  street: "Place de l'Église",
  id: '89212_0150_00002',
  postcode: '89290',
  citycode: '89212',
  city: 'Jussy',
  lon: 3.585616,
  lat: 47.721797,
};

/** A hamlet of Saint-Fargeau (Puisaye), about 20 km from the nearest relay (Toucy) and far from any fibre. */
export const OUTSIDE: FixtureAddress = {
  type: 'housenumber',
  label: '4 Chemin des Gâtines 89170 Saint-Fargeau',
  name: '4 Chemin des Gâtines',
  housenumber: '4',
  street: 'Chemin des Gâtines',
  id: '89344_0230_00004',
  postcode: '89170',
  citycode: '89344',
  city: 'Saint-Fargeau',
  lon: 3.071234,
  lat: 47.641234,
};

const ADDRESSES: readonly FixtureAddress[] = [
  COVERED,
  {
    type: 'street',
    label: "Place de l'Église 89290 Jussy",
    name: "Place de l'Église",
    street: "Place de l'Église",
    id: '89212_0150',
    postcode: '89290',
    citycode: '89212',
    city: 'Jussy',
    lon: 3.58532,
    lat: 47.72183,
  },
  OUTSIDE,
  {
    type: 'street',
    label: 'Chemin des Gâtines 89170 Saint-Fargeau',
    name: 'Chemin des Gâtines',
    street: 'Chemin des Gâtines',
    id: '89344_0230',
    postcode: '89170',
    citycode: '89344',
    city: 'Saint-Fargeau',
    lon: 3.0705,
    lat: 47.6415,
  },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function feature(a: FixtureAddress, score: number) {
  const { lon, lat, ...props } = a;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { ...props, score, context, x: 0, y: 0 },
  };
}

/** Every word of the query starts a word of the label; a house number must be the address's own. */
function searchFixture(q: string, limit = 5) {
  const words = fold(q);
  const number = words.find((w) => /^\d{1,4}$/.test(w));
  const found = ADDRESSES.filter((a) => {
    if (a.type === 'housenumber' && a.housenumber !== number) return false;
    const label = fold(a.label);
    return words.every((w) => w === number || label.some((l) => l.startsWith(w)));
  });
  return {
    type: 'FeatureCollection',
    query: q,
    features: found.slice(0, limit).map((a) => feature(a, a.type === 'housenumber' ? 0.96 : 0.71)),
  };
}

function reverseFixture(lat: number, lon: number) {
  const dist = (a: FixtureAddress) =>
    Math.hypot((a.lat - lat) * 111_320, (a.lon - lon) * 111_320 * Math.cos((lat * Math.PI) / 180));
  const nearest = [...ADDRESSES].filter((a) => a.type === 'housenumber').sort((a, b) => dist(a) - dist(b))[0];
  return { type: 'FeatureCollection', features: nearest ? [feature(nearest, 0.99)] : [] };
}

export interface BanFixture {
  /** Base URL to give as GEOCODER_URL (the client appends /search and /reverse). */
  url: string;
  /** Paths and queries received, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startBanFixture(): Promise<BanFixture> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push(`${url.pathname}${url.search}`);
    // The PWA calls the geocoder from the browser, cross-origin, as it does the real one.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'accept');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let body: unknown;
    if (url.pathname.endsWith('/search')) {
      body = searchFixture(url.searchParams.get('q') ?? '', Number(url.searchParams.get('limit') ?? 5));
    } else if (url.pathname.endsWith('/reverse')) {
      body = reverseFixture(Number(url.searchParams.get('lat')), Number(url.searchParams.get('lon')));
    } else {
      return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404}');
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/geocodage`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
