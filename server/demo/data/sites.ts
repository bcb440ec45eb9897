// Relay sites: real positions of the towns (public commune coordinates, 4 decimals), hand-written sectors.
import type { Position, SiteProperties } from './types.ts';

export const sites: { position: Position; properties: SiteProperties }[] = [
  {
    position: [3.585, 47.7219],
    properties: {
      kind: 'site',
      id: 'site-jussy',
      name: 'Jussy — clocher',
      host: 'Commune de Jussy',
      support: 'clocher',
      groundAltitudeM: 168,
      mastHeightM: 22,
      sectors: [
        { id: 'jussy-n', azimuth: 10, beamwidth: 90, rangeM: 5000, frequencyMHz: 5500 },
        { id: 'jussy-e', azimuth: 110, beamwidth: 120, rangeM: 6000, frequencyMHz: 5580 },
        { id: 'jussy-w', azimuth: 250, beamwidth: 120, rangeM: 4500, full: true, frequencyMHz: 5660 },
      ],
    },
  },
  {
    position: [3.5819, 47.7011],
    properties: {
      kind: 'site',
      id: 'site-coulanges',
      name: 'Coulanges-la-Vineuse — clocher',
      host: 'Commune de Coulanges-la-Vineuse',
      support: 'clocher',
      groundAltitudeM: 194,
      mastHeightM: 30,
      sectors: [
        { id: 'coulanges-s', azimuth: 175, beamwidth: 90, rangeM: 7000, frequencyMHz: 5520 },
        { id: 'coulanges-w', azimuth: 265, beamwidth: 90, rangeM: 6000, frequencyMHz: 5600 },
      ],
    },
  },
  {
    position: [3.6503, 47.7442],
    properties: {
      kind: 'site',
      id: 'site-saint-bris',
      name: 'Saint-Bris-le-Vineux — clocher',
      host: 'Commune de Saint-Bris-le-Vineux',
      support: 'clocher',
      groundAltitudeM: 176,
      mastHeightM: 28,
      sectors: [
        { id: 'saint-bris-ne', azimuth: 40, beamwidth: 90, rangeM: 6500, frequencyMHz: 5540 },
        { id: 'saint-bris-se', azimuth: 140, beamwidth: 90, rangeM: 5500, frequencyMHz: 5620 },
        { id: 'saint-bris-w', azimuth: 260, beamwidth: 60, rangeM: 8000, frequencyMHz: 5700 },
      ],
    },
  },
  {
    position: [3.5675, 47.7986],
    properties: {
      kind: 'site',
      id: 'site-auxerre',
      name: 'Auxerre — toit',
      host: "Copropriété (convention d'hébergement)",
      support: 'toit',
      groundAltitudeM: 132,
      mastHeightM: 12,
      sectors: [
        { id: 'auxerre-n', azimuth: 0, beamwidth: 90, rangeM: 4000, frequencyMHz: 5500 },
        { id: 'auxerre-e', azimuth: 90, beamwidth: 90, rangeM: 4000, full: true, frequencyMHz: 5580 },
        { id: 'auxerre-s', azimuth: 180, beamwidth: 90, rangeM: 3500, frequencyMHz: 5660 },
        { id: 'auxerre-w', azimuth: 270, beamwidth: 90, rangeM: 3000, frequencyMHz: 5700 },
      ],
    },
  },
  {
    position: [3.6025, 47.9042],
    properties: {
      kind: 'site',
      id: 'site-seignelay',
      name: 'Seignelay — clocher',
      host: 'Commune de Seignelay',
      support: 'clocher',
      groundAltitudeM: 128,
      mastHeightM: 26,
      sectors: [
        { id: 'seignelay-n', azimuth: 350, beamwidth: 120, rangeM: 6000, frequencyMHz: 5520 },
        { id: 'seignelay-se', azimuth: 130, beamwidth: 90, rangeM: 5000, frequencyMHz: 5620 },
      ],
    },
  },
  {
    position: [3.7975, 47.8156],
    properties: {
      kind: 'site',
      id: 'site-chablis',
      name: 'Chablis — pylône',
      support: 'pylône',
      groundAltitudeM: 140,
      mastHeightM: 30,
      sectors: [
        { id: 'chablis-n', azimuth: 340, beamwidth: 90, rangeM: 7500, frequencyMHz: 5540 },
        { id: 'chablis-e', azimuth: 80, beamwidth: 90, rangeM: 6000, frequencyMHz: 5600 },
        { id: 'chablis-sw', azimuth: 220, beamwidth: 120, rangeM: 5000, frequencyMHz: 5680 },
      ],
    },
  },
  {
    position: [3.7361, 47.6658],
    properties: {
      kind: 'site',
      id: 'site-vermenton',
      name: "Vermenton — château d'eau",
      host: 'Syndicat des eaux',
      support: "château d'eau",
      groundAltitudeM: 136,
      mastHeightM: 22,
      sectors: [
        { id: 'vermenton-n', azimuth: 15, beamwidth: 60, rangeM: 8000, frequencyMHz: 5500 },
        { id: 'vermenton-s', azimuth: 190, beamwidth: 120, rangeM: 5000, frequencyMHz: 5580 },
      ],
    },
  },
  {
    position: [3.2942, 47.7372],
    properties: {
      kind: 'site',
      id: 'site-toucy',
      name: 'Toucy — silo',
      host: 'Coopérative agricole',
      support: 'silo',
      groundAltitudeM: 196,
      mastHeightM: 36,
      sectors: [
        { id: 'toucy-ne', azimuth: 45, beamwidth: 120, rangeM: 7000, frequencyMHz: 5520 },
        { id: 'toucy-s', azimuth: 170, beamwidth: 90, rangeM: 6000, frequencyMHz: 5600 },
        { id: 'toucy-w', azimuth: 280, beamwidth: 90, rangeM: 6000, frequencyMHz: 5680 },
      ],
    },
  },
  {
    position: [3.3972, 47.9828],
    properties: {
      kind: 'site',
      id: 'site-joigny',
      name: "Joigny — château d'eau",
      host: 'Ville de Joigny',
      support: "château d'eau",
      groundAltitudeM: 112,
      mastHeightM: 32,
      sectors: [
        { id: 'joigny-e', azimuth: 80, beamwidth: 90, rangeM: 5500, frequencyMHz: 5540 },
        { id: 'joigny-s', azimuth: 170, beamwidth: 90, rangeM: 6500, frequencyMHz: 5620 },
        { id: 'joigny-w', azimuth: 260, beamwidth: 120, rangeM: 5000, frequencyMHz: 5700 },
      ],
    },
  },
  {
    position: [3.9078, 47.49],
    properties: {
      kind: 'site',
      id: 'site-avallon',
      name: "Avallon — château d'eau",
      host: "Ville d'Avallon",
      support: "château d'eau",
      groundAltitudeM: 252,
      mastHeightM: 24,
      sectors: [
        { id: 'avallon-n', azimuth: 330, beamwidth: 90, rangeM: 7000, frequencyMHz: 5500 },
        { id: 'avallon-se', azimuth: 120, beamwidth: 120, rangeM: 5000, frequencyMHz: 5600 },
      ],
    },
  },
  {
    position: [3.0653, 48.3408],
    properties: {
      kind: 'site',
      id: 'site-villeneuve-la-guyard',
      name: 'Villeneuve-la-Guyard — silo',
      host: 'Coopérative agricole',
      support: 'silo',
      groundAltitudeM: 64,
      mastHeightM: 38,
      sectors: [
        { id: 'villeneuve-la-guyard-e', azimuth: 100, beamwidth: 90, rangeM: 6000, frequencyMHz: 5520 },
        { id: 'villeneuve-la-guyard-s', azimuth: 200, beamwidth: 90, rangeM: 5000, frequencyMHz: 5660 },
      ],
    },
  },
];
