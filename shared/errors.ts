// One catalogue of error codes, stable across versions: clients and scripts match on `code`.
// Each maps to the tRPC code used at the edge.
export const errorCatalogue = {
  ONT_SERIAL_TAKEN: {
    trpc: 'CONFLICT',
    fr: 'Ce numéro de série ONT est déjà installé ailleurs.',
    en: 'This ONT serial is already installed elsewhere.',
  },
  ONT_SERIAL_INVALID: { trpc: 'BAD_REQUEST', fr: 'Numéro de série ONT invalide.', en: 'Invalid ONT serial.' },
  NOT_FOUND: { trpc: 'NOT_FOUND', fr: 'Introuvable.', en: 'Not found.' },
  UNKNOWN_REFERENCE: {
    trpc: 'BAD_REQUEST',
    fr: 'Élément du réseau inconnu.',
    en: 'Unknown network element.',
  },
  FORBIDDEN: { trpc: 'FORBIDDEN', fr: 'Action non autorisée.', en: 'Not allowed.' },
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
