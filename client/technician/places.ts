// Network elements a record can be about, flattened for the picker: relays, sectors, buildings, fibre
// points (PM, PBO). Searched by name without accents; nearest first when the position is known.
import type { Position } from '../../shared/schemas/common.ts';
import type { FibrePoint } from '../../shared/schemas/fibre-points.ts';
import type { Building, Sector, Site } from '../../shared/schemas/sync.ts';

export type PlaceType = 'site' | 'sector' | 'building' | 'fibreNode';

export interface PlaceRef {
  siteId?: string | null;
  sectorId?: string | null;
  buildingId?: string | null;
  fibreNodeId?: string | null;
}

export interface Place {
  key: string;
  type: PlaceType;
  label: string;
  detail: string | null;
  position: Position | null;
  ref: PlaceRef;
  search: string;
}

/** Equirectangular distance: plenty for sorting what is around a technician (a few km). */
function roughDistanceM(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function buildPlaces(input: {
  sites: Site[];
  sectors: Sector[];
  buildings: Building[];
  points: FibrePoint[];
}): Place[] {
  const pmById = new Map(input.points.filter((p) => p.kind === 'pm').map((p) => [p.id, p]));
  const siteById = new Map(input.sites.map((s) => [s.id, s]));
  const place = (p: Omit<Place, 'search'>): Place => ({
    ...p,
    search: fold(`${p.label} ${p.detail ?? ''} ${p.key}`),
  });
  return [
    ...input.sites.map((s) =>
      place({
        key: `site:${s.id}`,
        type: 'site',
        label: s.name,
        detail: s.support,
        position: s.position,
        ref: { siteId: s.id },
      }),
    ),
    ...input.sectors.map((s) => {
      const site = siteById.get(s.siteId);
      return place({
        key: `sector:${s.id}`,
        type: 'sector',
        label: `${site?.name ?? s.siteId} — ${s.name ?? `${Math.round(s.azimuthDeg)}°`}`,
        detail: s.frequencyMHz ? `${s.frequencyMHz} MHz` : null,
        position: site?.position ?? null,
        ref: { siteId: s.siteId, sectorId: s.id },
      });
    }),
    ...input.buildings.map((b) =>
      place({
        key: `building:${b.id}`,
        type: 'building',
        label: b.address ?? b.id,
        detail: [b.city, b.id].filter(Boolean).join(' · '),
        position: b.position,
        ref: { buildingId: b.id },
      }),
    ),
    // "PBO", "PM" and the id are in the label, so typing either finds the point.
    ...input.points.map((p) => {
      const pm = p.pmId ? pmById.get(p.pmId) : undefined;
      return place({
        key: `fibreNode:${p.id}`,
        type: 'fibreNode',
        label: `${p.kind.toUpperCase()} ${p.name ?? p.id}`,
        detail: p.kind === 'pbo' && p.pmId ? `PM ${pm?.name ?? p.pmId}` : p.name ? p.id : null,
        position: p.position,
        ref: { fibreNodeId: p.id },
      });
    }),
  ];
}

/** Up to `limit` places matching every word of the query, nearest first (else alphabetical). */
export function searchPlaces(
  places: Place[],
  query: string,
  options: { near?: Position | null; types?: PlaceType[]; limit?: number } = {},
): { place: Place; distanceM: number | null }[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const near = options.near ?? null;
  const matches = places
    .filter((p) => !options.types || options.types.includes(p.type))
    .filter((p) => words.every((w) => p.search.includes(w)))
    .map((place) => ({
      place,
      distanceM: near && place.position ? roughDistanceM(near, place.position) : null,
    }));
  matches.sort((a, b) =>
    a.distanceM !== null && b.distanceM !== null
      ? a.distanceM - b.distanceM
      : a.place.label.localeCompare(b.place.label, 'fr'),
  );
  return matches.slice(0, options.limit ?? 8);
}

/** The place a record points at, most specific first (sector before relay, fibre point before building). */
export function placeKeyOf(ref: PlaceRef): string | null {
  if (ref.sectorId) return `sector:${ref.sectorId}`;
  if (ref.fibreNodeId) return `fibreNode:${ref.fibreNodeId}`;
  if (ref.siteId) return `site:${ref.siteId}`;
  if (ref.buildingId) return `building:${ref.buildingId}`;
  return null;
}
