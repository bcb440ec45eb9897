// The sync engine's words in French (status pill, outbox, device storage), spread into client/i18n/fr.ts.
import type { Message } from '../../i18n/translate.ts';

export const syncFr = {
  'sync.pill.running': 'Synchronisation en cours',
  'sync.pill.pending': {
    one: '{count} saisie en attente d’envoi',
    other: '{count} saisies en attente d’envoi',
  },
  'sync.pill.upToDate': 'Tout est envoyé',
  'sync.pill.rejected': { one: '{count} refus à corriger', other: '{count} refus à corriger' },
  'sync.page.title': 'Appareil et synchronisation',
  'sync.page.outbox': 'Saisies en attente',
  'sync.page.pending': {
    one: '{count} saisie en attente d’envoi',
    other: '{count} saisies en attente d’envoi',
  },
  'sync.page.nothingPending': 'Tout est envoyé',
  'sync.page.oldest': 'La plus ancienne : {ago}.',
  'sync.page.photosWaiting': { one: '{count} photo à envoyer', other: '{count} photos à envoyer' },
  'sync.page.lastSync': 'Dernière synchronisation réussie : {ago}.',
  'sync.page.neverSynced': 'Jamais synchronisé avec le serveur.',
  'sync.page.syncNow': 'Synchroniser',
  'sync.page.running': 'Synchronisation…',
  'sync.page.pullProgress': 'Réception : {rows} lignes ({pages} pages)',
  'sync.page.uploadProgress': 'Photos : {sent} sur {total}',
  'sync.page.rejections': {
    one: '{count} saisie refusée à corriger',
    other: '{count} saisies refusées à corriger',
  },
  'sync.warn.updateRequired':
    'Mettez l’application à jour : le serveur n’accepte plus cette version. Vos saisies restent sur l’appareil et partiront après la mise à jour.',
  'sync.warn.authRequired':
    'Session expirée : reconnectez-vous pour envoyer vos saisies (elles restent sur l’appareil).',
  'sync.warn.offline': 'Hors ligne : les saisies partiront au retour du réseau.',
  'sync.warn.storageFull':
    'Stockage plein : les données réseau ne sont plus mises à jour. Vos saisies restent en file et sont envoyées.',
  'sync.warn.clockAhead':
    'L’horloge de l’appareil avance de {minutes} min sur le serveur : vérifiez la date et l’heure du téléphone.',
  'sync.warn.clockBehind':
    'L’horloge de l’appareil retarde de {minutes} min sur le serveur : vérifiez la date et l’heure du téléphone.',
  'sync.warn.network': 'Serveur injoignable.',
  'sync.warn.refused': 'Le serveur a refusé la synchronisation : {message}',
  'sync.warn.retryAt': 'Nouvel essai vers {time}.',
  'sync.incident.refilled':
    'Le {date}, le serveur avait perdu des saisies déjà envoyées (il en était au n° {server}, l’appareil au n° {first}) : {count} saisies ont été renvoyées depuis l’appareil.',
  'sync.incident.renumbered':
    'Le {date}, le serveur avait perdu des saisies (il en était au n° {server}, l’appareil au n° {first}) : les saisies en attente ont été renumérotées pour repartir ; {missing} saisies anciennes n’étaient plus sur l’appareil. Prévenez la coordination.',
  'sync.device.title': 'Appareil',
  'sync.device.usage': 'Stockage utilisé : {used} sur {quota} disponibles.',
  'sync.device.persisted': 'Données protégées contre l’effacement automatique du navigateur.',
  'sync.device.notPersisted':
    'Le navigateur peut effacer les données en cas de manque de place : envoyez vos saisies régulièrement.',
  'sync.device.backupHint':
    'Téléphone à changer ou à réinitialiser avant l’envoi ? Gardez une copie des saisies non envoyées (avec leurs photos).',
  'sync.device.unavailable':
    'Impossible d’ouvrir le stockage de l’appareil (navigation privée ou stockage désactivé) : les saisies hors ligne ne peuvent pas être gardées.',
  'sync.device.backup': 'Exporter une sauvegarde',
} satisfies Record<string, Message>;
