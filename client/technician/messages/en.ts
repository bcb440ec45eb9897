// The technician device's safety net in English, spread into the app dictionary (client/i18n/en.ts).
import type { Message } from '../../i18n/translate.ts';
import type { deviceFr } from './fr.ts';

export const deviceEn: Record<keyof typeof deviceFr, Message> = {
  'device.connection.unreachable': 'Server unreachable',
  'device.pill.allSent': 'Everything is sent',
  'device.pill.photos': {
    one: '{count} photo still on the device ({size})',
    other: '{count} photos still on the device ({size})',
  },
  'device.pill.unreachable': 'The server does not answer: everything stays on the device',
  'device.pill.notSynced': 'Not synchronised yet',

  'device.entries.none': 'No entry waiting (photos are still to send).',
  'device.photos.title': 'Photos to send',
  'device.photos.none': 'No photo waiting: they are all on the server.',
  'device.photos.left': {
    one: '{count} photo still on the device ({size}).',
    other: '{count} photos still on the device ({size}).',
  },
  'device.photos.eta': 'Estimated time left: {duration}.',
  'device.photos.paused': 'Photo upload paused. Entries still go out.',
  'device.photos.pause': 'Pause photos',
  'device.photos.resume': 'Resume sending photos',
  'device.photos.sending': 'Sending: {sent} of {total}',
  'device.photos.error': 'Photo upload interrupted (network). It will retry by itself.',
  'device.photos.refused': {
    one: '{count} photo refused by the server (it will be retried).',
    other: '{count} photos refused by the server (they will be retried).',
  },

  'device.logout.title': 'Log out',
  'device.logout.queued': 'These are not on the server yet:',
  'device.logout.entries': {
    one: '{count} entry waiting to be sent',
    other: '{count} entries waiting to be sent',
  },
  'device.logout.rejected': { one: '{count} refused entry to fix', other: '{count} refused entries to fix' },
  'device.logout.photos': { one: '{count} photo ({size})', other: '{count} photos ({size})' },
  'device.logout.kept':
    'They stay on this device and will go out at your next login. Do not clear the browser until then.',
  'device.logout.offline':
    'No network: logging out goes through the server. Try again when the phone has signal. Your entries stay on the device.',
  'device.logout.failed':
    'The server did not answer: you are still logged in. Your entries stay on the device.',
  'device.logout.empty': 'Everything is sent: nothing on this device is missing from the server.',
  'device.logout.stay': 'Stay logged in',
  'device.logout.keep': 'Log out (entries stay on the device)',
  'device.logout.confirm': 'Log out',
  'device.logout.erase': 'Log out and erase this device',
  'device.logout.eraseHint':
    'Erases your work data from this phone: sent entries, photos, network data. Do it on a shared or returned phone.',
  'device.logout.busy': 'Logging out…',

  'device.backup.importTitle': 'Import a backup',
  'device.backup.importHint':
    'A “terrain-sauvegarde” file exported from another phone of the same account: its unsent entries go out from here, once.',
  'device.backup.importButton': 'Choose the backup file',
  'device.backup.importing': 'Importing…',
  'device.backup.imported':
    'Backup imported: {entries} entries and {photos} photos added ({skipped} already known).',
  'device.backup.invalid': 'This file is not a readable Terrain backup.',
  'device.backup.otherUser':
    'This backup belongs to another account: log in with the account that made it to import it.',
  'device.backup.sameDevice': 'This backup comes from this device: its entries are already here.',
  'device.backup.tooBig': 'File too large for a Terrain backup.',

  'device.conflicts.title': {
    one: 'One of your edits was replaced',
    other: '{count} of your edits were replaced',
  },
  'device.conflicts.item':
    '{record}, field “{field}”: your value “{mine}” was replaced on {date} by “{kept}”, entered later on another device.',
  'device.conflicts.coordinator': 'Coordinators are told and can restore your value.',
  'device.conflicts.open': 'Open the intervention',
  'device.conflicts.seen': 'Got it',
  'device.conflicts.empty': '(empty)',

  'device.gps.fixAge': 'taken {ago}',
  'device.gps.fixNow': 'taken just now',
};
