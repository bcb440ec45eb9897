// Optional layers of a network map (today: the public demand layer), switched from the legend and
// from the eligibility flow; NetworkMap provides the switch to everything drawn over and on it.
import { createContext, use, useMemo, useState, type ReactNode } from 'react';

export interface MapLayers {
  demand: boolean;
  setDemand(on: boolean): void;
}

const MapLayersContext = createContext<MapLayers | null>(null);

export function MapLayersProvider({ children }: { children: ReactNode }) {
  const [demand, setDemand] = useState(false);
  const value = useMemo(() => ({ demand, setDemand }), [demand]);
  return <MapLayersContext value={value}>{children}</MapLayersContext>;
}

/** Null on a map that offers no optional layer. */
export function useMapLayers(): MapLayers | null {
  return use(MapLayersContext);
}
