// French messages of the office screens added for issue #10 (jobs, installations, review tools,
// dashboard, building and fibre-point pages, prospects' GDPR actions), spread into client/i18n/fr.ts.
import type { Message } from '../../i18n/translate.ts';

export const officeFr = {
  'office.jobs.plan': 'Planifier l’installation',
  'office.jobs.chooseTechnician': 'Choisir…',
  'office.jobs.when': 'Date et heure de la visite',
  'office.jobs.notes': 'Note pour le technicien',
  'office.jobs.confirm': 'Planifier',
  'office.jobs.cancel': 'Annuler la visite',
  'office.jobs.line.open': 'Visite prévue le {date} avec {name}',
  'office.jobs.line.done': 'Installée lors de la visite du {date} ({name})',
  'office.jobs.line.cancelled': 'Visite du {date} annulée ({name})',

  'office.prospects.status': 'Statut de la demande',
  'office.prospects.exportPerson': 'Exporter ses données',
  'office.prospects.purge': 'Effacer les inscriptions expirées',
  'office.prospects.purged': {
    one: '{count} inscription dont la durée de conservation était dépassée a été effacée.',
    other: '{count} inscriptions dont la durée de conservation était dépassée ont été effacées.',
  },
} satisfies Record<string, Message>;
