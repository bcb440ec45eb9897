import { publicMapEn } from '../public-map/messages/en.ts';
import { joinEn } from '../join/messages/en.ts';
import type { PublicMessageKey } from './fr.ts';
import type { Message } from './translate.ts';

export const en: Record<PublicMessageKey, Message> = {
  'app.name': 'Terrain',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'lang.other': 'Français',
  'lang.otherCode': 'FR',
  'lang.otherTag': 'fr',

  'nav.main': 'Main navigation',
  'nav.map': 'Map',
  'nav.login': 'Log in',
  'nav.myArea': 'My area',

  'status.online': 'Online',
  'status.offline': 'Offline',

  'map.title': 'Network coverage',
  'map.region': 'Map of radio and fibre coverage',
  'map.legend': 'Legend',
  'map.legend.site': 'Radio relay',
  'map.legend.sector': 'Radio coverage',
  'map.legend.sectorFull': 'Radio sector full',
  'map.legend.deployed': 'Fibre available',
  'map.legend.planned': 'Fibre in progress or signed',
  'map.legend.targeted': 'Fibre planned',
  'map.legend.zone': 'Fibre zone',
  'map.dataAsOf': 'Data as of {date}',
  'map.count.sites': { one: '{count} relay', other: '{count} relays' },
  'map.count.buildings': { one: '{count} fibre building', other: '{count} fibre buildings' },
  'map.site.sectors': { one: '{count} sector', other: '{count} sectors' },
  'map.loading': 'Loading the map…',
  'map.incident': 'Ongoing incident',
  'map.incidentStatus': 'Network status',
  'map.unavailable': 'Network map unavailable. It is kept for offline use once it has loaded online.',
  'map.retry': 'Try again',
  'map.legend.cluster': 'Fibre buildings grouped by village (zoom in for detail)',
  'map.legend.demand': 'Show demand',
  'map.legend.demandHint':
    '“Keep me informed” registrations per area of about 5 km². Never an individual position: fewer than 3 registrations show as “1–2”.',
  'map.legend.demandScale': 'Registrations per area',
  'map.legend.demandUnavailable': 'Demand map unavailable for now (offline?).',
  'map.cluster.title': {
    one: '{count} fibre building — tap to zoom in',
    other: '{count} fibre buildings — tap to zoom in',
  },
  'map.keyboardPick': 'Arrows: move · Enter: check this spot',
  'map.siteGroup': { one: '{count} relay', other: '{count} nearby relays (tap to zoom in)' },
  'map.chosenPoint': 'Chosen place',

  'auth.checking': 'Checking your session…',
  'auth.logout': 'Log out',
  'auth.logoutFailed': 'Failed — try again',
  'auth.forbidden.title': 'Access denied',
  'auth.forbidden.body': 'Your account ({role}) cannot open this area.',
  'auth.forbidden.home': 'Go to my area',
  'role.technician': 'technician',
  'role.coordinator': 'coordinator',
  'role.admin': 'admin',

  'login.title': 'Log in',
  'login.intro': 'For the cooperative’s technicians and coordinators.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',

  'setPassword.title': 'Choose your password',
  'setPassword.intro': 'This link works once. Choose a password of at least 10 characters.',
  'setPassword.password': 'New password',
  'setPassword.again': 'The same again',
  'setPassword.mismatch': 'The two passwords differ.',
  'setPassword.submit': 'Save the password',
  'setPassword.done': 'Password saved. You can log in.',

  'error.offline': 'No network. Try again once connected.',
  'error.tooManyRequests': 'Too many attempts, try again in a minute.',
  'error.unexpected': 'Something went wrong. Try again.',

  // Every `join.*` key (the public eligibility flow) lives in client/join/messages/.
  ...joinEn,

  'pwa.update.available': 'New version available',
  'pwa.update.action': 'Update',
  'pwa.update.blocked': 'Update after pending entries are sent',
  'pwa.update.later': 'Later',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the map',

  ...publicMapEn,
};
