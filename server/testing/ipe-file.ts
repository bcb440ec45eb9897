// A generated IPE file (Interop'Fibre building list) of any size, for the import benchmark and the
// upload tests: `;`-separated, decimal commas, WGS84 positions spread over the Yonne, PMs of 400 lines.
import { seededRandom, YONNE } from '../../shared/eligibility/testing/synthetic.ts';

const IPE_HEADER =
  'IdentifiantImmeuble;EtatImmeuble;CodeAdresseImmeuble;CoordonneeImmeubleX;CoordonneeImmeubleY;' +
  'TypeProjectionGeographique;NumeroVoieImmeuble;TypeVoieImmeuble;NomVoieImmeuble;CodePostalImmeuble;' +
  'CommuneImmeuble;CodeInseeImmeuble;ReferencePM;EtatPM';

const STATES = ['DEPLOYE', 'DEPLOYE', 'DEPLOYE', 'EN COURS DE DEPLOIEMENT', 'CIBLE', 'RACCORDABLE DEMANDE'];
const STREETS = ['DE LA MAIRIE', "DE L'ÉGLISE", 'DES ÉCOLES', 'DU MOULIN', 'DE LA GARE', 'DES VIGNES'];

/** `count` building lines with the header, as UTF-8 bytes; the same seed gives the same file. */
export function generateIpeFile(count: number, seed = 89, idPrefix = 'IMB/89'): Buffer {
  const rnd = seededRandom(seed);
  const dec = (v: number) => v.toFixed(6).replace('.', ',');
  const lines = [IPE_HEADER];
  for (let i = 0; i < count; i++) {
    const lat = YONNE.minLat + (YONNE.maxLat - YONNE.minLat) * rnd();
    const lon = YONNE.minLon + (YONNE.maxLon - YONNE.minLon) * rnd();
    const insee = `89${String(1 + (i % 450)).padStart(3, '0')}`;
    const pm = `PM-89-${Math.floor(i / 400)}`;
    lines.push(
      [
        `${idPrefix}${String(i).padStart(7, '0')}`,
        STATES[i % STATES.length],
        `A${i % 100000}`,
        dec(lon),
        dec(lat),
        'WGS84',
        String(1 + (i % 80)),
        'RUE',
        STREETS[i % STREETS.length],
        '89000',
        'COMMUNE',
        insee,
        pm,
        'DEPLOYE',
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
