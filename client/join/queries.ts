// Server state of the join flow: the eligibility answer (server first, the same engine on the device
// when the server cannot be reached), the nearest address of a tapped point, who the cooperative is.
import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { distanceM } from '../../shared/eligibility/geo.ts';
import type { EligibilityResult } from '../../shared/schemas/eligibility.ts';
import { createBanGeocoder, type BanGeocoder } from '../../shared/geocoding/ban.ts';
import type { Position } from '../../shared/schemas/common.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useTRPC, useTRPCClient } from '../lib/trpc.ts';
import { useOnline } from '../lib/useOnline.ts';
import { offlineIndex } from '../public-map/offline-package.ts';
import { useNetworkConfig } from '../public-map/queries.ts';
import type { ChosenPlace } from './flow.ts';

export interface EligibilityAnswer {
  result: EligibilityResult;
  /** `device`: computed here from the offline package, because the server was out of reach. */
  source: 'server' | 'device';
}

export function useEligibility(position: Position | null) {
  const client = useTRPCClient();
  const online = useOnline();
  const { lang } = useI18n();
  return useQuery({
    queryKey: ['join', 'eligibility', position?.lat, position?.lon, lang, online],
    queryFn: position
      ? async (): Promise<EligibilityAnswer> => {
          const input = { lat: position.lat, lon: position.lon, lang };
          let failure: unknown = new Error('no offline package on this device');
          if (online) {
            try {
              return { result: await client.eligibility.check.query(input), source: 'server' };
            } catch (error) {
              failure = error;
            }
          }
          // The same engine over the package stored on the device (client/public-map/offline-package.ts).
          const index = await offlineIndex();
          if (!index) throw failure;
          return { result: index.check(input), source: 'device' };
        }
      : skipToken,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The BAN client for this deployment's geocoder (network.config), once the config is known. */
export function useGeocoder(): BanGeocoder | null {
  const url = useNetworkConfig().data?.geocoderUrl;
  return useMemo(() => (url ? createBanGeocoder({ baseUrl: url }) : null), [url]);
}

/** Beyond this, the nearest address of a tapped point is only "near" it, not its address. */
const SAME_PLACE_M = 40;

/**
 * A tapped or located point named by its nearest address (reverse geocoding, online only). Derived,
 * not stored: the flow state keeps what the person did, this adds what the geocoder answered.
 */
export function useResolvedPlace(place: ChosenPlace | null): ChosenPlace | null {
  const geocoder = useGeocoder();
  const online = useOnline();
  const wanted = place !== null && place.label === null && geocoder !== null && online;
  const reverse = useQuery({
    queryKey: ['join', 'reverse', place?.position.lat, place?.position.lon],
    queryFn: wanted
      ? async ({ signal }) => (await geocoder.reverse(place.position, { signal }))[0] ?? null
      : skipToken,
    staleTime: Infinity,
    retry: false,
  });
  const found = reverse.data;
  if (!place || place.label !== null || !found) return place;
  const far = distanceM(place.position.lat, place.position.lon, found.position.lat, found.position.lon);
  return { ...place, label: found.label, approximate: found.approximate || far > SAME_PLACE_M };
}

/** Name and contact address of the cooperative, for the privacy notice (from its isp.json). */
export function useCooperative() {
  const trpc = useTRPC();
  return useQuery(
    trpc.export.ispJson.queryOptions(undefined, {
      staleTime: Infinity,
      retry: false,
      select: (d) => ({ name: d.name, email: d.email }),
    }),
  );
}
