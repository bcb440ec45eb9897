import { z } from 'zod';
import {
  alertChannel,
  channelsOverview,
  createChannelInput,
  updateChannelInput,
} from '../../shared/schemas/channels.ts';
import {
  channelsOverview as overview,
  createChannel,
  deleteChannel,
  updateChannel,
} from '../services/operations/channels.service.ts';
import { adminProcedure, coordinatorProcedure, router } from '../trpc.ts';

export const channelsRouter = router({
  /** Channels and the recent outbox (what was sent, what waits and why). */
  overview: coordinatorProcedure.output(channelsOverview).query(({ ctx }) => overview(ctx.db, ctx.env)),

  // Where alerts go is configuration: admins only.
  create: adminProcedure
    .input(createChannelInput)
    .output(alertChannel)
    .mutation(({ ctx, input }) => createChannel(ctx.db, input, ctx.user.id)),

  update: adminProcedure
    .input(updateChannelInput)
    .output(alertChannel)
    .mutation(({ ctx, input }) => updateChannel(ctx.db, input, ctx.user.id)),

  delete: adminProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteChannel(ctx.db, input.id, ctx.user.id)),
});
