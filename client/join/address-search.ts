// Where an address search goes: the BAN geocoder when online, the server's local address index when
// the geocoder fails (down, rate-limited, unreadable) or the browser is offline. Pure over its
// dependencies, so the fallback order is unit-tested.
import type { AddressResult } from '../../shared/schemas/addresses.ts';
import type { Position } from '../../shared/schemas/common.ts';
import type { BanGeocoder } from '../../shared/geocoding/ban.ts';

export interface SearchSources {
  geocoder: BanGeocoder | null;
  /** `addresses.search` on the Terrain server. */
  local(q: string, signal: AbortSignal): Promise<AddressResult[]>;
  online(): boolean;
  near?: Position;
}

export async function searchWithFallback(
  q: string,
  signal: AbortSignal,
  sources: SearchSources,
): Promise<{ results: AddressResult[]; source: 'ban' | 'local' }> {
  if (sources.geocoder && sources.online()) {
    try {
      return {
        results: await sources.geocoder.search(q, { limit: 5, near: sources.near, signal }),
        source: 'ban',
      };
    } catch (error) {
      if (signal.aborted) throw error;
      // The geocoder failed: the local index below.
    }
  }
  return { results: await sources.local(q, signal), source: 'local' };
}
