import { coordinationEn } from '../coordination/messages/en.ts';
import type { MessageKey } from './fr.ts';
import type { Message } from './translate.ts';

export const en: Record<MessageKey, Message> = {
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
  'map.unavailable': 'Network map unavailable. It is kept for offline use once it has loaded online.',
  'map.retry': 'Try again',

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

  'error.offline': 'No network. Try again once connected.',
  'error.tooManyRequests': 'Too many attempts, try again in a minute.',
  'error.unexpected': 'Something went wrong. Try again.',

  'tech.area': 'Technician area',
  'tech.nav': 'Technician area sections',
  'tech.nav.interventions': 'Interventions',
  'tech.nav.new': 'New',
  'tech.nav.installations': 'Installations',
  'tech.nav.map': 'Map',
  'tech.interventions.title': 'My interventions',
  'tech.interventions.empty': 'Your interventions will appear here, even offline.',
  'tech.new.title': 'New intervention',
  'tech.new.soon': 'The entry form comes in a next version.',
  'tech.installations.title': 'Installations',
  'tech.installations.empty': 'Installations (ONTs, antennas) will appear here.',

  'coord.area': 'Coordination',
  'coord.nav': 'Coordination sections',
  'coord.nav.review': 'To review',
  'coord.nav.map': 'Map',
  'coord.review.title': 'Interventions to review',
  'coord.review.empty': 'The list of interventions to review comes in a next version.',
  // Every `coordination.*` key lives in client/coordination/messages/.
  ...coordinationEn,

  'pwa.update.available': 'New version available',
  'pwa.update.action': 'Update',
  'pwa.update.blocked': 'Update after pending entries are sent',
  'pwa.update.later': 'Later',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the map',
};
