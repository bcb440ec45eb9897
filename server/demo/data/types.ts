// Types of what the generator writes (contract §5) and of the hand-written tables it reads.

export type Position = [number, number]; // [lon, lat]
type Support = 'clocher' | "château d'eau" | 'silo' | 'toit' | 'pylône';
export type IpeState = 'CIBLE' | 'SIGNE' | 'EN COURS DE DEPLOIEMENT' | 'DEPLOYE' | 'ABANDONNE';
type Beamwidth = 60 | 90 | 120;

interface Sector {
  id: string;
  azimuth: number;
  beamwidth: Beamwidth;
  rangeM: number;
  full?: true;
  frequencyMHz: number;
}

export interface SiteProperties {
  kind: 'site';
  id: string;
  name: string;
  host?: string;
  support: Support;
  groundAltitudeM: number;
  mastHeightM: number;
  sectors: Sector[];
}

export interface BuildingProperties {
  kind: 'building';
  id: string;
  state: IpeState;
  type: 'PAVILLON' | 'IMMEUBLE';
  address: string;
  pm: string;
  network: 'own' | 'wholesale';
  operator?: string;
  access?: string;
  housingUnits?: number;
}

export interface ZoneProperties {
  kind: 'fibre-zone';
  id: string;
  name: string;
  status: 'available' | 'planned';
  network: 'own';
}

export interface PmProperties {
  kind: 'pm';
  id: string;
  name: string;
  capacity: number;
}

export interface PboProperties {
  kind: 'pbo';
  id: string;
  pm: string;
  name: string;
}

export type Feature =
  | { type: 'Feature'; geometry: { type: 'Point'; coordinates: Position }; properties: SiteProperties }
  | { type: 'Feature'; geometry: { type: 'Point'; coordinates: Position }; properties: BuildingProperties }
  | { type: 'Feature'; geometry: { type: 'Polygon'; coordinates: Position[][] }; properties: ZoneProperties }
  | {
      type: 'Feature';
      geometry: { type: 'Point'; coordinates: Position };
      properties: PmProperties | PboProperties;
    };

// A fibre village: streets radiate from the centre; houses sit on either side, sparser further out.
export interface Street {
  name: string; // as written after the house number: "rue de l'Église", "Grande Rue"
  bearing: number; // degrees from north at the centre
  bendDegPerKm: number; // gentle curve
  lengthM: number;
  houses: number; // target
  originM?: [number, number]; // where a lane starts, east/north of the centre; main streets start at it
}

export interface Town {
  key: string;
  commune: string;
  postcode: string;
  insee: string;
  centre: Position;
  network: 'own' | 'wholesale';
  operator?: string;
  pmCount: number;
  states: readonly (readonly [IpeState, number])[];
  square: { name: string; houses: number };
  streets: Street[];
  apartmentBlocks: number;
}
