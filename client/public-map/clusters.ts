// Fibre buildings seen from afar: hundreds of dots at village scale say less than one count per
// village. Below BUILDINGS_FROM_ZOOM the map shows these groups; closer, every building. Pure.
import type { FibreBuilding } from '../../shared/schemas/eligibility.ts';
import { isVisibleBuilding } from './geometry.ts';

export const BUILDINGS_FROM_ZOOM = 13;
/** About a village's width: buildings within this distance of a group's centre join it. */
const CLUSTER_RADIUS_M = 1500;

export interface BuildingCluster {
  lat: number;
  lon: number;
  count: number;
  /** Of which connectable now (state deployed). */
  deployed: number;
}

const M_PER_DEG = 111_320;

/** Greedy grouping in data order: deterministic, and fast enough for thousands of buildings. */
export function clusterBuildings(
  buildings: readonly FibreBuilding[],
  radiusM = CLUSTER_RADIUS_M,
): BuildingCluster[] {
  const groups: { latSum: number; lonSum: number; count: number; deployed: number }[] = [];
  for (const b of buildings) {
    if (!isVisibleBuilding(b.state)) continue;
    const cos = Math.cos((b.lat * Math.PI) / 180);
    const near = groups.find((g) => {
      const dLat = (g.latSum / g.count - b.lat) * M_PER_DEG;
      const dLon = (g.lonSum / g.count - b.lon) * M_PER_DEG * cos;
      return dLat * dLat + dLon * dLon <= radiusM * radiusM;
    });
    const g = near ?? { latSum: 0, lonSum: 0, count: 0, deployed: 0 };
    if (!near) groups.push(g);
    g.latSum += b.lat;
    g.lonSum += b.lon;
    g.count += 1;
    if (b.state === 'deployed') g.deployed += 1;
  }
  return groups.map((g) => ({
    lat: g.latSum / g.count,
    lon: g.lonSum / g.count,
    count: g.count,
    deployed: g.deployed,
  }));
}
