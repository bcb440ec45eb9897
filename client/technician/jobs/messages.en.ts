// The technician's planned visits in English, spread into the app dictionary (client/i18n/en.ts).
import type { Message } from '../../i18n/translate.ts';
import type { jobsFr } from './messages.fr.ts';

export const jobsEn: Record<keyof typeof jobsFr, Message> = {
  'jobs.title': 'My planned jobs',
  'jobs.empty': 'No installation planned for you. The office plans them from subscription requests.',
  'jobs.scheduled': 'Planned for {date}',
  'jobs.call': 'Call {phone}',
  'jobs.install': 'Do the installation',
  'jobs.formFor': 'Installation planned at {name}’s',
  'jobs.formHint': 'The building, position and technology come from the request: check them on site.',
  'jobs.unknown':
    'This job is no longer on the device (cancelled or done). The installation will be saved without it.',
} satisfies Record<string, Message>;
