// The offline map areas' French messages, spread into the app dictionary (client/i18n/fr.ts).
import type { Message } from '../../i18n/translate.ts';

export const offlineMapFr = {
  'offlineMap.open': 'Hors ligne : télécharger cette zone',
  'offlineMap.title': 'Carte hors ligne',
  'offlineMap.noTiles': 'Aucun serveur de fond de carte n’est configuré : rien à télécharger.',
  'offlineMap.name': 'Nom de la zone',
  'offlineMap.defaultName': 'Zone {n}',
  'offlineMap.maxZoom': 'Niveaux de détail',
  'offlineMap.zoomOption': 'Zoom {from} à {to}',
  'offlineMap.estimate': { one: '≈ {size}, {count} tuile', other: '≈ {size}, {count} tuiles' },
  'offlineMap.estimateHint': '(estimation : environ 20 Ko par tuile PNG)',
  'offlineMap.tooMany':
    'Trop de tuiles ({count}, maximum {max}) : rapprochez la carte ou choisissez moins de niveaux.',
  'offlineMap.zoomTooHigh': 'Zoom maximal {max}.',
  'offlineMap.download': 'Télécharger',
  'offlineMap.cancel': 'Annuler',
  'offlineMap.close': 'Fermer',
  'offlineMap.progress': '{done} / {total} tuiles, {size}',
  'offlineMap.done': 'Zone enregistrée : la carte s’affiche sans réseau.',
  'offlineMap.doneWithFailures': {
    one: 'Zone enregistrée, mais {count} tuile n’a pas pu être téléchargée.',
    other: 'Zone enregistrée, mais {count} tuiles n’ont pas pu être téléchargées.',
  },
  'offlineMap.cancelled': 'Téléchargement annulé : la zone n’est pas enregistrée.',
  'offlineMap.saved': 'Zones sur cet appareil',
  'offlineMap.none': 'Aucune zone téléchargée.',
  'offlineMap.areaDetails': {
    one: '{date}, zoom {from}–{to}, {count} tuile',
    other: '{date}, zoom {from}–{to}, {count} tuiles',
  },
  'offlineMap.delete': 'Supprimer',
  'offlineMap.storage': 'Stockage utilisé : {used} sur {quota} disponibles.',
} satisfies Record<string, Message>;
