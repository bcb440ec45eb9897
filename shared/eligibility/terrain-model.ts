/** Terrain height above sea level (m) at a WGS84 position, null where unknown. */
export interface TerrainModel {
  elevationAt(lat: number, lon: number): number | null;
}
