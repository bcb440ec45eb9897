// The device's network, its eligibility index and its terrain, read once per change of the synced rows
// (Dexie live query) and kept for every tap: a check then costs one index look-up and one profile.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { createEligibilityIndex, type EligibilityIndex } from '../../../shared/eligibility/engine.ts';
import type { TerrainModel } from '../../../shared/eligibility/terrain-model.ts';
import { getMeta } from '../../sync/meta.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { readDeviceNetwork, type DeviceNetwork } from './device-network.ts';
import { loadTerrainModel } from './terrain-store.ts';

export interface DeviceCheck {
  net: DeviceNetwork;
  index: EligibilityIndex;
  terrain: TerrainModel | undefined;
}

export function useDeviceCheck(): DeviceCheck | undefined {
  const { db } = useDevice();
  const net = useLiveQuery(() => readDeviceNetwork(db), [db]);
  // The manifest changes when a terrain download ends: the model is read again then.
  const terrainHash = useLiveQuery(
    async () => (await getMeta(db, 'terrainManifest'))?.modelHash ?? null,
    [db],
  );
  const [terrain, setTerrain] = useState<{ hash: string | null; model: TerrainModel | undefined } | null>(
    null,
  );
  useEffect(() => {
    if (terrainHash === undefined) return;
    let live = true;
    void loadTerrainModel(db).then((model) => live && setTerrain({ hash: terrainHash, model }));
    return () => {
      live = false;
    };
  }, [db, terrainHash]);
  const model = terrain?.model;
  return useMemo(() => {
    if (!net || !terrain) return undefined;
    return { net, index: createEligibilityIndex(net.coverage, { terrain: model }), terrain: model };
  }, [net, terrain, model]);
}
