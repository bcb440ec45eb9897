// The public map's English messages, spread into client/i18n/en.ts.
import type { Message } from '../../i18n/translate.ts';
import type { publicMapFr } from './fr.ts';

export const publicMapEn: Record<keyof typeof publicMapFr, Message> = {
  'map.offline.offer': 'Check without a connection too: save the map on this device ({size})',
  'map.offline.downloading': 'Saving the map… {done} of {total}',
  'map.offline.ready': 'Map saved on this device: checks work without a connection',
  'map.offline.failed': 'Saving the map failed. Try again ({size})',
};
