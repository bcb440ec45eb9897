// The offline map areas' English messages, spread into the app dictionary (client/i18n/en.ts).
import type { Message } from '../../i18n/translate.ts';
import type { offlineMapFr } from './fr.ts';

export const offlineMapEn: Record<keyof typeof offlineMapFr, Message> = {
  'offlineMap.open': 'Offline: download this area',
  'offlineMap.title': 'Offline map',
  'offlineMap.noTiles': 'No background map server is configured: nothing to download.',
  'offlineMap.name': 'Area name',
  'offlineMap.defaultName': 'Area {n}',
  'offlineMap.maxZoom': 'Levels of detail',
  'offlineMap.zoomOption': 'Zoom {from} to {to}',
  'offlineMap.estimate': { one: '≈ {size}, {count} tile', other: '≈ {size}, {count} tiles' },
  'offlineMap.estimateHint': '(estimate: about 20 kB per PNG tile)',
  'offlineMap.tooMany': 'Too many tiles ({count}, at most {max}): zoom in or choose fewer levels.',
  'offlineMap.zoomTooHigh': 'Maximum zoom {max}.',
  'offlineMap.download': 'Download',
  'offlineMap.cancel': 'Cancel',
  'offlineMap.close': 'Close',
  'offlineMap.progress': '{done} / {total} tiles, {size}',
  'offlineMap.done': 'Area saved: the map shows without a network.',
  'offlineMap.doneWithFailures': {
    one: 'Area saved, but {count} tile could not be downloaded.',
    other: 'Area saved, but {count} tiles could not be downloaded.',
  },
  'offlineMap.cancelled': 'Download cancelled: the area is not saved.',
  'offlineMap.saved': 'Areas on this device',
  'offlineMap.none': 'No downloaded area.',
  'offlineMap.areaDetails': {
    one: '{date}, zoom {from}–{to}, {count} tile',
    other: '{date}, zoom {from}–{to}, {count} tiles',
  },
  'offlineMap.delete': 'Delete',
  'offlineMap.storage': 'Storage used: {used} of {quota} available.',
};
