export * from '../schemas/eligibility.ts';
export {
  createEligibilityIndex,
  type EligibilityIndex,
  type EligibilityIndexOptions,
  type EligibilityIndexStats,
} from './engine.ts';
export { verdictOf } from './decide.ts';
export { sectorWedge, sectorCovers, bearingInBeam, type RadioHit } from './radio.ts';
export { BUILDING_MATCH_RADIUS_M, buildingFibreStatus, pointInGeometry, type FibreStatus } from './fibre.ts';
export { ipeStateToBuildingState } from './ipe-state.ts';
export {
  RECEIVER_ANTENNA_HEIGHT_M,
  DEFAULT_FREQUENCY_GHZ,
  FRESNEL_CLEARANCE,
  lineOfSight,
  type LineOfSight,
  type TerrainModel,
} from './terrain.ts';
export { parseAsciiGrid } from './ascii-grid.ts';
export { formatDistance } from './reasons.ts';
