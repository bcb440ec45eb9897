// The sync engine's words in English, spread into the app dictionary (client/i18n/en.ts).
import type { Message } from '../../i18n/translate.ts';
import type { syncFr } from './fr.ts';

export const syncEn: Record<keyof typeof syncFr, Message> = {
  'sync.pill.running': 'Syncing',
  'sync.pill.pending': { one: '{count} entry waiting to send', other: '{count} entries waiting to send' },
  'sync.pill.upToDate': 'Everything is sent',
  'sync.pill.rejected': { one: '{count} refusal to fix', other: '{count} refusals to fix' },
  'sync.page.title': 'Device and sync',
  'sync.page.outbox': 'Waiting entries',
  'sync.page.pending': { one: '{count} entry waiting to send', other: '{count} entries waiting to send' },
  'sync.page.nothingPending': 'Everything is sent',
  'sync.page.oldest': 'Oldest: {ago}.',
  'sync.page.photosWaiting': { one: '{count} photo to upload', other: '{count} photos to upload' },
  'sync.page.lastSync': 'Last successful sync: {ago}.',
  'sync.page.neverSynced': 'Never synced with the server.',
  'sync.page.syncNow': 'Sync now',
  'sync.page.running': 'Syncing…',
  'sync.page.pullProgress': 'Receiving: {rows} rows ({pages} pages)',
  'sync.page.uploadProgress': 'Photos: {sent} of {total}',
  'sync.page.rejections': { one: '{count} refused entry to fix', other: '{count} refused entries to fix' },
  'sync.warn.updateRequired':
    'Update the app: the server no longer accepts this version. Your entries stay on the device and will be sent after the update.',
  'sync.warn.authRequired': 'Session expired: log in again to send your entries (they stay on the device).',
  'sync.warn.offline': 'Offline: entries will be sent when the network is back.',
  'sync.warn.storageFull':
    'Storage full: network data is no longer updated. Your entries stay queued and are sent.',
  'sync.warn.clockAhead':
    'This device’s clock is {minutes} min ahead of the server: check the phone’s date and time.',
  'sync.warn.clockBehind':
    'This device’s clock is {minutes} min behind the server: check the phone’s date and time.',
  'sync.warn.network': 'Server unreachable.',
  'sync.warn.refused': 'The server refused the sync: {message}',
  'sync.warn.retryAt': 'Next try around {time}.',
  'sync.incident.refilled':
    'On {date} the server had lost entries already sent (it was at no. {server}, the device at no. {first}): {count} entries were sent again from the device.',
  'sync.incident.renumbered':
    'On {date} the server had lost entries (it was at no. {server}, the device at no. {first}): waiting entries were renumbered to go on; {missing} older entries were no longer on the device. Tell the coordinator.',
  'sync.device.title': 'Device',
  'sync.device.usage': 'Storage used: {used} of {quota} available.',
  'sync.device.persisted': 'Data protected from the browser’s automatic clean-up.',
  'sync.device.notPersisted': 'The browser may clear data when space runs low: send your entries regularly.',
  'sync.device.backupHint':
    'Phone to replace or reset before sending? Keep a copy of unsent entries (with their photos).',
  'sync.device.unavailable':
    'This device’s storage cannot be opened (private browsing or storage disabled): offline entries cannot be kept.',
  'sync.device.backup': 'Export a backup',
};
