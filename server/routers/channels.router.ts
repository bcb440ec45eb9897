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
  retryOutbox,
  testChannel,
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

  /** Sends a test message through the channel, as the outbox sends alerts. */
  test: coordinatorProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ outboxId: z.string() }))
    .mutation(({ ctx, input }) => testChannel(ctx.db, input.id, ctx.user.id)),

  /** A waiting message is tried again at once instead of at its next backoff time. */
  retry: coordinatorProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ retried: z.literal(true) }))
    .mutation(({ ctx, input }) => retryOutbox(ctx.db, input.id)),

  delete: adminProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteChannel(ctx.db, input.id, ctx.user.id)),
});
