export * from '../schemas/eligibility.ts';
export { createEligibilityIndex, type EligibilityIndex } from './engine.ts';
export { sectorWedge } from './radio.ts';
export { pointInGeometry } from './fibre.ts';
export { type TerrainModel } from './terrain.ts';
export { parseAsciiGrid } from './ascii-grid.ts';
export { formatDistance } from './reasons.ts';
