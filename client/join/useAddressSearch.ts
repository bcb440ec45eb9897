// Address autocomplete: debounced, latest answer wins (shared/geocoding/debounce.ts), from the BAN
// geocoder or the local index (address-search.ts); when neither answers, the person is told to tap
// the map.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { debouncedSearch } from '../../shared/geocoding/debounce.ts';
import type { AddressResult } from '../../shared/schemas/addresses.ts';
import type { Position } from '../../shared/schemas/common.ts';
import { useTRPCClient } from '../lib/trpc.ts';
import { searchWithFallback } from './address-search.ts';
import { useGeocoder } from './queries.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; results: AddressResult[]; source: 'ban' | 'local' }
  | { status: 'failed' };

const MIN_QUERY = 3;
const WAIT_MS = 300;

export function useAddressSearch(near: Position | null) {
  const geocoder = useGeocoder();
  const client = useTRPCClient();
  const nearLat = near?.lat;
  const nearLon = near?.lon;
  const searcher = useMemo(() => {
    const bias = nearLat !== undefined && nearLon !== undefined ? { lat: nearLat, lon: nearLon } : undefined;
    return debouncedSearch(
      (q, signal) =>
        searchWithFallback(q, signal, {
          geocoder,
          local: (text, abort) => client.addresses.search.query({ q: text, limit: 5 }, { signal: abort }),
          online: () => navigator.onLine,
          near: bias,
        }),
      WAIT_MS,
    );
  }, [geocoder, client, nearLat, nearLon]);

  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => () => searcher.cancel(), [searcher]);

  const search = useCallback(
    (q: string) => {
      if (q.trim().length < MIN_QUERY) {
        searcher.cancel();
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'loading' });
      searcher.search(q.trim()).then(
        (answer) => {
          if (answer) setState({ status: 'done', ...answer });
        },
        () => setState({ status: 'failed' }),
      );
    },
    [searcher],
  );

  return { state, search };
}
