// survey.record: what a technician saw and measured at a prospect's home (or any point). The survey and
// the state of the request it answers are the server's rows: the device keeps the entry in its outbox
// (shown as "étude en attente d'envoi"), and the server checks the target and the zone when it arrives.
import { recordSurveyArgs } from '../schemas/surveys.ts';
import { resolveReferences } from './references.ts';
import { defineMutator } from './types.ts';

export const recordSurvey = defineMutator({
  name: 'survey.record',
  argsSchema: recordSurveyArgs,
  async run(tx, args, ctx) {
    // A sector the server does not know is refused here, like on installations.
    const refs = await resolveReferences(tx, { sectorId: args.sectorId ?? undefined });
    await tx.recordSurvey({ ...args, sectorId: refs.sectorId }, ctx);
  },
});
