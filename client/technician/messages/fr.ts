// The technician device's safety net in French (header status, photo queue, logout and erase, backup
// import, lost edits, GPS fix), spread into the app dictionary (client/i18n/fr.ts).
import type { Message } from '../../i18n/translate.ts';

export const deviceFr = {
  'device.connection.unreachable': 'Serveur injoignable',
  'device.pill.allSent': 'Tout est envoyé',
  'device.pill.photos': {
    one: '{count} photo encore sur l’appareil ({size})',
    other: '{count} photos encore sur l’appareil ({size})',
  },
  'device.pill.unreachable': 'Le serveur ne répond pas : tout reste sur l’appareil',
  'device.pill.notSynced': 'Pas encore synchronisé',

  'device.entries.none': 'Aucune saisie en attente (des photos restent à envoyer).',
  'device.photos.title': 'Photos à envoyer',
  'device.photos.none': 'Aucune photo en attente : elles sont toutes sur le serveur.',
  'device.photos.left': {
    one: '{count} photo encore sur l’appareil ({size}).',
    other: '{count} photos encore sur l’appareil ({size}).',
  },
  'device.photos.eta': 'Temps restant estimé : {duration}.',
  'device.photos.paused': 'Envoi des photos en pause. Les saisies, elles, continuent de partir.',
  'device.photos.pause': 'Mettre les photos en pause',
  'device.photos.resume': 'Reprendre l’envoi des photos',
  'device.photos.sending': 'Envoi : {sent} sur {total}',
  'device.photos.error': 'Envoi des photos interrompu (réseau). Nouvel essai automatique.',
  'device.photos.refused': {
    one: '{count} photo refusée par le serveur (elle sera réessayée).',
    other: '{count} photos refusées par le serveur (elles seront réessayées).',
  },

  'device.logout.title': 'Se déconnecter',
  'device.logout.queued': 'Ces éléments ne sont pas encore sur le serveur :',
  'device.logout.entries': {
    one: '{count} saisie en attente d’envoi',
    other: '{count} saisies en attente d’envoi',
  },
  'device.logout.rejected': {
    one: '{count} saisie refusée à corriger',
    other: '{count} saisies refusées à corriger',
  },
  'device.logout.photos': { one: '{count} photo ({size})', other: '{count} photos ({size})' },
  'device.logout.kept':
    'Ils restent sur cet appareil et partiront à votre prochaine connexion. N’effacez pas le navigateur d’ici là.',
  'device.logout.offline':
    'Pas de réseau : la déconnexion doit passer par le serveur. Réessayez quand le téléphone capte. Vos saisies restent sur l’appareil.',
  'device.logout.failed':
    'Le serveur n’a pas répondu : vous êtes toujours connecté. Vos saisies restent sur l’appareil.',
  'device.logout.empty': 'Tout est envoyé : rien ne reste sur cet appareil que le serveur n’ait pas.',
  'device.logout.stay': 'Rester connecté',
  'device.logout.keep': 'Me déconnecter (les saisies restent sur l’appareil)',
  'device.logout.confirm': 'Me déconnecter',
  'device.logout.erase': 'Me déconnecter et effacer cet appareil',
  'device.logout.eraseHint':
    'Efface de ce téléphone vos données de travail : saisies envoyées, photos, données réseau. À faire sur un téléphone partagé ou rendu.',
  'device.logout.busy': 'Déconnexion…',

  'device.backup.importTitle': 'Importer une sauvegarde',
  'device.backup.importHint':
    'Fichier « terrain-sauvegarde » exporté d’un autre téléphone du même compte : ses saisies non envoyées partent d’ici, une seule fois.',
  'device.backup.importButton': 'Choisir le fichier de sauvegarde',
  'device.backup.importing': 'Import…',
  'device.backup.imported':
    'Sauvegarde importée : {entries} saisies et {photos} photos ajoutées ({skipped} déjà connues).',
  'device.backup.invalid': 'Ce fichier n’est pas une sauvegarde Terrain lisible.',
  'device.backup.otherUser':
    'Cette sauvegarde appartient à un autre compte : connectez-vous avec le compte qui l’a faite pour l’importer.',
  'device.backup.sameDevice': 'Cette sauvegarde vient de cet appareil : ses saisies y sont déjà.',
  'device.backup.tooBig': 'Fichier trop gros pour une sauvegarde Terrain.',

  'device.conflicts.title': {
    one: 'Une de vos modifications a été remplacée',
    other: '{count} de vos modifications ont été remplacées',
  },
  'device.conflicts.item':
    '{record}, champ « {field} » : votre valeur « {mine} » a été remplacée le {date} par « {kept} », saisie plus tard sur un autre appareil.',
  'device.conflicts.coordinator': 'La coordination en est informée et peut rétablir votre valeur.',
  'device.conflicts.open': 'Voir l’intervention',
  'device.conflicts.seen': 'J’ai compris',
  'device.conflicts.empty': '(vide)',

  'device.gps.fixAge': 'relevée {ago}',
  'device.gps.fixNow': 'relevée à l’instant',
} satisfies Record<string, Message>;
