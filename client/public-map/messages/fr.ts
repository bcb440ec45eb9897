// The public map's French messages (offline package, view-bounded layers), spread into client/i18n/fr.ts.
import type { Message } from '../../i18n/translate.ts';

export const publicMapFr = {
  'map.offline.offer': 'Vérifier aussi sans réseau : enregistrer la carte sur cet appareil ({size})',
  'map.offline.downloading': 'Enregistrement de la carte… {done} sur {total}',
  'map.offline.ready': 'Carte enregistrée sur cet appareil : vérification possible sans réseau',
  'map.offline.failed': 'L’enregistrement de la carte a échoué. Réessayer ({size})',
} satisfies Record<string, Message>;
