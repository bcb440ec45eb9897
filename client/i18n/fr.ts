// French is the reference dictionary: its keys type every other language (see en.ts).
import { coordinationFr } from '../coordination/messages/fr.ts';
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
  'map.unavailable':
    'Carte du réseau indisponible. Elle sera gardée pour le hors-ligne après un premier chargement en ligne.',
  'map.retry': 'Réessayer',

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

  'error.offline': 'Pas de réseau. Réessayez une fois connecté.',
  'error.tooManyRequests': 'Trop de tentatives, réessayez dans une minute.',
  'error.unexpected': 'Une erreur est survenue. Réessayez.',

  'tech.area': 'Espace technicien',
  'tech.nav': 'Sections de l’espace technicien',
  'tech.nav.interventions': 'Interventions',
  'tech.nav.new': 'Nouvelle',
  'tech.nav.installations': 'Installations',
  'tech.nav.map': 'Carte',
  'tech.interventions.title': 'Mes interventions',
  'tech.interventions.empty': 'Vos interventions apparaîtront ici, même hors ligne.',
  'tech.new.title': 'Nouvelle intervention',
  'tech.new.soon': 'Le formulaire de saisie arrive dans une prochaine version.',
  'tech.installations.title': 'Installations',
  'tech.installations.empty': 'Les installations (ONT, antennes) apparaîtront ici.',

  'coord.area': 'Coordination',
  'coord.nav': 'Sections de la coordination',
  'coord.nav.review': 'À valider',
  'coord.nav.map': 'Carte',
  'coord.review.title': 'Interventions à valider',
  'coord.review.empty': 'La liste des interventions à valider arrive dans une prochaine version.',
  // Every `coordination.*` key lives in client/coordination/messages/.
  ...coordinationFr,

  'pwa.update.available': 'Nouvelle version disponible',
  'pwa.update.action': 'Mettre à jour',
  'pwa.update.blocked': 'Mise à jour après envoi des saisies en attente',
  'pwa.update.later': 'Plus tard',

  'notFound.title': 'Page introuvable',
  'notFound.back': 'Retour à la carte',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;
