// The technician's planned visits in French, spread into the app dictionary (client/i18n/fr.ts).
import type { Message } from '../../i18n/translate.ts';

export const jobsFr = {
  'jobs.title': 'Mes interventions prévues',
  'jobs.empty':
    'Aucune installation planifiée pour vous. La coordination les prépare depuis les demandes d’abonnement.',
  'jobs.scheduled': 'Prévue le {date}',
  'jobs.call': 'Appeler {phone}',
  'jobs.install': 'Faire l’installation',
  'jobs.formFor': 'Installation prévue chez {name}',
  'jobs.formHint':
    'Le bâtiment, la position et la technologie viennent de la demande : vérifiez-les sur place.',
  'jobs.unknown':
    'Cette visite n’est plus sur l’appareil (annulée ou déjà faite). L’installation sera enregistrée sans elle.',
} satisfies Record<string, Message>;
