// A synthetic 10k-building zone for bench/client-sync.ts (b), shaped like real IPE data.
import { seededRandom } from '../../shared/eligibility/testing/synthetic.ts';

const streets = ['rue', 'chemin', 'impasse', 'route', 'place', 'allée', 'rue du'];
const names = [
  'des Vignes',
  'de la Gare',
  'de l’Église',
  'du Moulin',
  'des Tilleuls',
  'Haute',
  'Basse',
  'du Château',
  'des Prés',
  'de Saint-Bris',
  'de Coulanges',
  'des Carrières',
  'du Lavoir',
  'Paul Bert',
  'Jean Jaurès',
  'de la Fontaine',
  'des Écoles',
  'du Stade',
  'des Acacias',
  'de Vaux',
];
const towns = [
  '89290 Jussy',
  '89290 Champs-sur-Yonne',
  '89290 Vincelottes',
  '89530 Saint-Bris-le-Vineux',
  '89580 Coulanges-la-Vineuse',
];
const accesses = [
  null,
  null,
  null,
  'PBO en façade',
  'PBO sur poteau',
  'Code portail 4821',
  'Clé en mairie',
  'Chien, appeler avant',
];

/**
 * A GeoJSON of `n` buildings in the demo technician's Jussy zone, with the variety of real IPE data
 * (random ids, addresses, positions to the metre): compression on the wire is not flattered.
 */
export function zoneGeoJson(n: number): string {
  const rand = seededRandom(89212); // the same zone on every run
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const code = () =>
    Array.from({ length: 4 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[Math.floor(rand() * 34)]).join('');
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates: [+(3.53 + rand() * 0.09).toFixed(6), +(47.69 + rand() * 0.06).toFixed(6)],
    },
    properties: {
      kind: 'building',
      id: `IMB/89${200 + (i % 40)}/${pick(['X', 'C', 'S'])}/${code()}${i.toString(36).toUpperCase()}`,
      state: pick(['DEPLOYE', 'DEPLOYE', 'DEPLOYE', 'SIGNE', 'EN COURS DE DEPLOIEMENT', 'CIBLE']),
      type: rand() < 0.85 ? 'PAVILLON' : 'IMMEUBLE',
      address: `${1 + Math.floor(rand() * 150)}${rand() < 0.1 ? ' bis' : ''} ${pick(streets)} ${pick(names)}, ${pick(towns)}`,
      pm: `PM-89${200 + Math.floor(rand() * 40)}-${String(1 + Math.floor(rand() * 30)).padStart(2, '0')}`,
      network: rand() < 0.8 ? 'own' : 'wholesale',
      access: pick(accesses),
      zone: 'zone-jussy',
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}
