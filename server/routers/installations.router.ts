// Coordinators' view of installations; the console's replace-ONT and remove run the shared mutators.
import { z } from 'zod';
import {
  installationDetail,
  installationListItem,
  listInstallationsInput,
  listInstallationsOutput,
  replaceOntArgs,
} from '../../shared/schemas/installations.ts';
import { warning } from '../../shared/schemas/sync.ts';
import {
  getInstallationDetail,
  listInstallations,
  removeFromConsole,
  replaceOntFromConsole,
} from '../services/installations.service.ts';
import { coordinatorProcedure, router } from '../trpc.ts';

export const installationsRouter = router({
  list: coordinatorProcedure
    .input(listInstallationsInput)
    .output(listInstallationsOutput)
    .query(({ ctx, input }) => listInstallations(ctx.db, input)),

  get: coordinatorProcedure
    .input(z.object({ id: z.uuid() }))
    .output(installationDetail)
    .query(({ ctx, input }) => getInstallationDetail(ctx.db, input.id)),

  /** The same rules as the technician's offline replacement (installation.replaceOnt). */
  replaceOnt: coordinatorProcedure
    .input(replaceOntArgs)
    .output(z.object({ installation: installationListItem, warnings: z.array(warning) }))
    .mutation(({ ctx, input }) => replaceOntFromConsole(ctx.db, ctx.user, input)),

  remove: coordinatorProcedure
    .input(z.object({ id: z.uuid() }))
    .output(installationListItem)
    .mutation(({ ctx, input }) => removeFromConsole(ctx.db, ctx.user, input.id)),
});
