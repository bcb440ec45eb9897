// Colours of the network layers, shared by the map and its legend (client/styles/map.css mirrors
// them as CSS variables for the legend swatches). Chosen for ≥ 3:1 contrast on the light background.
import type { PathOptions } from 'leaflet';
import type { VisibleBuildingState } from './geometry.ts';

export const buildingColour: Record<VisibleBuildingState, string> = {
  deployed: '#15803d',
  in_progress: '#b45309',
  signed: '#b45309',
  targeted: '#52708f',
};

export const sectorStyle: PathOptions = {
  color: '#1d4ed8',
  weight: 1.5,
  fillColor: '#3b82f6',
  fillOpacity: 0.14,
};

export const fullSectorStyle: PathOptions = {
  color: '#9f1239',
  weight: 1.5,
  dashArray: '6 4',
  fillColor: '#e11d48',
  fillOpacity: 0.08,
};

export const zoneStyle: Record<'available' | 'planned', PathOptions> = {
  available: { color: '#15803d', weight: 1.5, fillColor: '#22c55e', fillOpacity: 0.12 },
  planned: { color: '#b45309', weight: 1.5, dashArray: '4 4', fillColor: '#f59e0b', fillOpacity: 0.1 },
};
