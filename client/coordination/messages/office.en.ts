// English messages of the office screens added for issue #10, spread into client/i18n/en.ts.
import type { Message } from '../../i18n/translate.ts';
import type { officeFr } from './office.fr.ts';

export const officeEn: Record<keyof typeof officeFr, Message> = {
  'office.jobs.plan': 'Plan the installation',
  'office.jobs.chooseTechnician': 'Choose…',
  'office.jobs.when': 'Date and time of the visit',
  'office.jobs.notes': 'Note for the technician',
  'office.jobs.confirm': 'Plan',
  'office.jobs.cancel': 'Cancel the visit',
  'office.jobs.line.open': 'Visit planned on {date} with {name}',
  'office.jobs.line.done': 'Installed at the visit of {date} ({name})',
  'office.jobs.line.cancelled': 'Visit of {date} cancelled ({name})',

  'office.prospects.status': 'Request status',
  'office.prospects.exportPerson': 'Export their data',
  'office.prospects.purge': 'Erase expired registrations',
  'office.prospects.purged': {
    one: '{count} registration past its retention date was erased.',
    other: '{count} registrations past their retention date were erased.',
  },
} satisfies Record<string, Message>;
