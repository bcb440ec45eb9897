// One catalogue of error codes, stable across versions: clients and scripts match on `code`.
// Each maps to the tRPC code used at the edge (and so to the HTTP status); the client shows `fr` or
// `en` from the code, never the server's sentence. Every refusal of every route carries one of these
// codes in `data.domainCode` (docs/contract.md §2.1).
export const errorCatalogue = {
  NOT_LOGGED_IN: {
    trpc: 'UNAUTHORIZED',
    fr: 'Connectez-vous pour continuer.',
    en: 'Log in to continue.',
  },
  WRONG_ROLE: {
    trpc: 'FORBIDDEN',
    fr: 'Votre compte n’a pas accès à cette action.',
    en: 'Your account cannot do this.',
  },
  RATE_LIMITED: {
    trpc: 'TOO_MANY_REQUESTS',
    fr: 'Trop de tentatives, réessayez dans une minute.',
    en: 'Too many attempts, try again in a minute.',
  },
  UNAVAILABLE: {
    trpc: 'SERVICE_UNAVAILABLE',
    fr: 'Service momentanément indisponible, réessayez.',
    en: 'Service briefly unavailable, try again.',
  },
  REQUEST_TOO_LARGE: {
    trpc: 'PAYLOAD_TOO_LARGE',
    fr: 'Envoi trop volumineux.',
    en: 'Request too large.',
  },
  INTERNAL: {
    trpc: 'INTERNAL_SERVER_ERROR',
    fr: 'Une erreur est survenue sur le serveur. Réessayez.',
    en: 'Something went wrong on the server. Try again.',
  },
  PHOTO_TOO_LARGE: {
    trpc: 'PAYLOAD_TOO_LARGE',
    fr: 'Photo trop volumineuse.',
    en: 'Photo too large.',
  },
  PHOTO_TYPE_REFUSED: {
    trpc: 'UNSUPPORTED_MEDIA_TYPE',
    fr: 'Seules les photos JPEG, WebP ou PNG sont acceptées.',
    en: 'Only JPEG, WebP or PNG photos are accepted.',
  },
  UPLOAD_RANGE_INVALID: {
    trpc: 'BAD_REQUEST',
    fr: 'Morceau de photo mal décrit.',
    en: 'Badly described photo part.',
  },
  UPLOAD_OFFSET_MISMATCH: {
    trpc: 'CONFLICT',
    fr: 'L’envoi de la photo doit reprendre ailleurs.',
    en: 'The photo upload must resume elsewhere.',
  },
  PHOTO_HASH_MISMATCH: {
    trpc: 'UNPROCESSABLE_CONTENT',
    fr: 'La photo reçue est abîmée : elle sera renvoyée.',
    en: 'The photo arrived damaged: it will be sent again.',
  },
  ONT_SERIAL_TAKEN: {
    trpc: 'CONFLICT',
    fr: 'Ce numéro de série ONT est déjà installé ailleurs.',
    en: 'This ONT serial is already installed elsewhere.',
  },
  ONT_SERIAL_INVALID: { trpc: 'BAD_REQUEST', fr: 'Numéro de série ONT invalide.', en: 'Invalid ONT serial.' },
  NOT_FOUND: { trpc: 'NOT_FOUND', fr: 'Introuvable.', en: 'Not found.' },
  CROSS_SITE_REQUEST: {
    trpc: 'FORBIDDEN',
    fr: 'Requête refusée : elle vient d’un autre site.',
    en: 'Request refused: it comes from another site.',
  },
  JSON_REQUIRED: {
    trpc: 'UNSUPPORTED_MEDIA_TYPE',
    fr: 'Corps JSON attendu.',
    en: 'A JSON body is expected.',
  },
  HOOK_TOKEN_INVALID: {
    trpc: 'UNAUTHORIZED',
    fr: 'Jeton de supervision manquant ou invalide.',
    en: 'Missing or wrong monitoring token.',
  },
  UNKNOWN_REFERENCE: {
    trpc: 'BAD_REQUEST',
    fr: 'Élément du réseau inconnu.',
    en: 'Unknown network element.',
  },
  FORBIDDEN: { trpc: 'FORBIDDEN', fr: 'Action non autorisée.', en: 'Not allowed.' },
  SURVEY_TARGET_NOT_FOUND: {
    trpc: 'NOT_FOUND',
    fr: 'La demande ou la visite étudiée n’existe plus (effacée ou jamais reçue).',
    en: 'The request or visit surveyed no longer exists (erased or never received).',
  },
  SURVEY_OUT_OF_ZONE: {
    trpc: 'FORBIDDEN',
    fr: 'Cette demande est hors de vos zones : un coordinateur peut vous l’attribuer.',
    en: 'This request is outside your zones: a coordinator can assign it to you.',
  },
  SURVEY_ID_TAKEN: {
    trpc: 'CONFLICT',
    fr: 'Une autre étude porte déjà cet identifiant.',
    en: 'Another survey already has this identifier.',
  },
  INVALID_ARGS: { trpc: 'BAD_REQUEST', fr: 'Données invalides.', en: 'Invalid data.' },
  INVALID_TEXT: {
    trpc: 'BAD_REQUEST',
    fr: 'Un texte contient un caractère non autorisé (caractère de contrôle) : corrigez la saisie.',
    en: 'A text contains a character that is not allowed (a control character): correct the entry.',
  },
  UNKNOWN_MUTATION: { trpc: 'BAD_REQUEST', fr: 'Opération inconnue.', en: 'Unknown operation.' },
  UNSUPPORTED_SCHEMA_VERSION: {
    trpc: 'PRECONDITION_FAILED',
    fr: 'Cette version de l’application n’est pas prise en charge par le serveur : mettez-la à jour. Vos saisies restent sur l’appareil.',
    en: 'This app version is not supported by the server: update it. Your entries stay on the device.',
  },
  MUTATION_GAP: {
    trpc: 'CONFLICT',
    fr: 'Des saisies manquent dans la file d’envoi de cet appareil.',
    en: 'Entries are missing from this device’s outbox.',
  },
  INSTALLATION_REMOVED: {
    trpc: 'CONFLICT',
    fr: 'Cette installation a été retirée.',
    en: 'This installation has been removed.',
  },
  ALREADY_REVIEWED: { trpc: 'CONFLICT', fr: 'Déjà validée.', en: 'Already reviewed.' },
  EMAIL_TAKEN: { trpc: 'CONFLICT', fr: 'Adresse e-mail déjà utilisée.', en: 'Email already in use.' },
  BAD_CREDENTIALS: {
    trpc: 'UNAUTHORIZED',
    fr: 'E-mail ou mot de passe incorrect.',
    en: 'Wrong email or password.',
  },
  DUPLICATE_INTEREST: {
    trpc: 'CONFLICT',
    fr: 'Déjà enregistré à cet endroit.',
    en: 'Already registered here.',
  },
  NOT_ELIGIBLE: {
    trpc: 'BAD_REQUEST',
    fr: 'Cette offre n’est pas disponible à cette adresse.',
    en: 'This offer is not available at this address.',
  },
  NOT_ON_YOURSELF: {
    trpc: 'BAD_REQUEST',
    fr: 'Vous ne pouvez pas faire cela sur votre propre compte : demandez à un autre administrateur.',
    en: 'You cannot do this to your own account: ask another admin.',
  },
  LINK_EXPIRED: {
    trpc: 'BAD_REQUEST',
    fr: 'Ce lien n’est plus valable : demandez-en un nouveau à un administrateur.',
    en: 'This link is no longer valid: ask an admin for a new one.',
  },
  IMPORT_TOO_LARGE: {
    trpc: 'PAYLOAD_TOO_LARGE',
    fr: 'Fichier trop volumineux pour un import (64 Mo au plus) : découpez-le.',
    en: 'File too large to import (64 MB at most): split it.',
  },
  IMPORT_UNREADABLE: {
    trpc: 'UNPROCESSABLE_CONTENT',
    fr: 'Ce fichier ne peut pas être importé.',
    en: 'This file cannot be imported.',
  },
  IMPORT_BUSY: {
    trpc: 'CONFLICT',
    fr: 'Un autre import est en cours : attendez qu’il se termine.',
    en: 'Another import is running: wait for it to finish.',
  },
  IMPORT_ALREADY_APPLIED: {
    trpc: 'CONFLICT',
    fr: 'Ce fichier a déjà été importé : envoyez-le de nouveau pour recommencer.',
    en: 'This file was already imported: upload it again to start over.',
  },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** A business-rule failure: carried to the edge and mapped to a tRPC code there. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? errorCatalogue[code].en);
    this.name = 'DomainError';
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCatalogue, code);
}

/** The catalogue code of a refusal that names none itself: invalid input, tRPC's own refusals. */
export const fallbackCode: Partial<Record<string, ErrorCode>> = {
  BAD_REQUEST: 'INVALID_ARGS',
  UNAUTHORIZED: 'NOT_LOGGED_IN',
  FORBIDDEN: 'WRONG_ROLE',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'REQUEST_TOO_LARGE',
  SERVICE_UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
};
