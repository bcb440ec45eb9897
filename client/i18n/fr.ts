// French is the reference dictionary: its keys type every other language (see en.ts). This file holds
// the words of the public pages; the staff areas' words are in staff.fr.ts, a chunk of their own.
import { publicMapFr } from '../public-map/messages/fr.ts';
import { joinFr } from '../join/messages/fr.ts';
import type { StaffMessageKey } from './staff.fr.ts';
import type { Message } from './translate.ts';

export const fr = {
  'app.name': 'Terrain',
  'app.skipToContent': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'lang.other': 'English',
  'lang.otherCode': 'EN',
  'lang.otherTag': 'en',

  'nav.main': 'Navigation principale',
  'nav.map': 'Carte',
  'nav.login': 'Connexion',
  'nav.myArea': 'Mon espace',

  'status.online': 'En ligne',
  'status.offline': 'Hors ligne',

  'map.title': 'Couverture du réseau',
  'map.region': 'Carte de la couverture radio et fibre',
  'map.legend': 'Légende',
  'map.legend.site': 'Relais radio',
  'map.legend.sector': 'Couverture radio',
  'map.legend.sectorFull': 'Secteur radio complet',
  'map.legend.deployed': 'Fibre raccordable',
  'map.legend.planned': 'Fibre en cours ou signée',
  'map.legend.targeted': 'Fibre prévue',
  'map.legend.zone': 'Zone fibre',
  'map.dataAsOf': 'Données au {date}',
  'map.count.sites': { one: '{count} relais', other: '{count} relais' },
  'map.count.buildings': { one: '{count} bâtiment fibré', other: '{count} bâtiments fibrés' },
  'map.site.sectors': { one: '{count} secteur', other: '{count} secteurs' },
  'map.loading': 'Chargement de la carte…',
  'map.incident': 'Incident en cours',
  'map.incidentStatus': 'État du réseau',
  'map.unavailable':
    'Carte du réseau indisponible. Elle sera gardée pour le hors-ligne après un premier chargement en ligne.',
  'map.retry': 'Réessayer',
  'map.legend.cluster': 'Bâtiments fibrés regroupés par village (zoomez pour le détail)',
  'map.legend.demand': 'Afficher la demande',
  'map.legend.demandHint':
    'Inscriptions « me tenir informé·e » par zone d’environ 5 km². Jamais de position individuelle : moins de 3 inscriptions s’affichent « 1–2 ».',
  'map.legend.demandScale': 'Nombre d’inscriptions par zone',
  'map.legend.demandUnavailable': 'Carte de la demande indisponible pour le moment (hors ligne ?).',
  'map.cluster.title': {
    one: '{count} bâtiment fibré — touchez pour zoomer',
    other: '{count} bâtiments fibrés — touchez pour zoomer',
  },
  'map.keyboardPick': 'Flèches : déplacer · Entrée : vérifier ce point',
  'map.siteGroup': { one: '{count} relais', other: '{count} relais proches (touchez pour zoomer)' },
  'map.chosenPoint': 'Lieu choisi',

  'auth.checking': 'Vérification de la session…',
  'auth.logout': 'Déconnexion',
  'auth.logoutFailed': 'Échec — réessayer',
  'auth.forbidden.title': 'Accès refusé',
  'auth.forbidden.body': 'Votre compte ({role}) n’a pas accès à cet espace.',
  'auth.forbidden.home': 'Aller à mon espace',
  'role.technician': 'technicien',
  'role.coordinator': 'coordination',
  'role.admin': 'administration',

  'login.title': 'Connexion',
  'login.intro': 'Espace réservé aux techniciens et à la coordination de la coopérative.',
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion…',

  'setPassword.title': 'Choisir votre mot de passe',
  'setPassword.intro': 'Ce lien ne sert qu’une fois. Choisissez un mot de passe d’au moins 10 caractères.',
  'setPassword.password': 'Nouveau mot de passe',
  'setPassword.again': 'Le même, une seconde fois',
  'setPassword.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'setPassword.submit': 'Enregistrer le mot de passe',
  'setPassword.done': 'Mot de passe enregistré. Vous pouvez vous connecter.',

  'error.offline': 'Pas de réseau. Réessayez une fois connecté.',
  'error.tooManyRequests': 'Trop de tentatives, réessayez dans une minute.',
  'error.unexpected': 'Une erreur est survenue. Réessayez.',

  // Every `join.*` key (the public eligibility flow) lives in client/join/messages/.
  ...joinFr,

  'pwa.update.available': 'Nouvelle version disponible',
  'pwa.update.action': 'Mettre à jour',
  'pwa.update.blocked': 'Mise à jour après envoi des saisies en attente',
  'pwa.update.later': 'Plus tard',

  'notFound.title': 'Page introuvable',
  'notFound.back': 'Retour à la carte',

  ...publicMapFr,
} satisfies Record<string, Message>;

export type PublicMessageKey = keyof typeof fr;
export type MessageKey = PublicMessageKey | StaffMessageKey;
