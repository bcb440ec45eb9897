// Users administration (admins), and the public page of a one-time set-password link.
import { z } from 'zod';
import {
  assignZonesInput,
  createUserInput,
  createUserOutput,
  credentialOutput,
  resetPasswordInput,
  setPasswordWithLinkInput,
  setRoleInput,
  userIdInput,
  userSummary,
} from '../../shared/schemas/users.ts';
import * as usersAdmin from '../services/users-admin.service.ts';
import { hashToken } from '../services/auth.service.ts';
import { adminProcedure, rateLimitedProcedure, router } from '../trpc.ts';
import type { Context } from '../context.ts';

const ok = z.object({ ok: z.literal(true) });
const actorOf = (ctx: Context & { user: { id: string } }): usersAdmin.Actor => ({
  id: ctx.user.id,
  sessionTokenHash: ctx.sessionToken ? hashToken(ctx.sessionToken) : undefined,
});

export const usersRouter = router({
  list: adminProcedure.output(z.array(userSummary)).query(({ ctx }) => usersAdmin.listUsers(ctx.db)),

  create: adminProcedure
    .input(createUserInput)
    .output(createUserOutput)
    .mutation(({ ctx, input }) => usersAdmin.createUser(ctx.db, actorOf(ctx), input)),

  setRole: adminProcedure
    .input(setRoleInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await usersAdmin.setRole(ctx.db, actorOf(ctx), input.id, input.role);
      return { ok: true as const };
    }),

  resetPassword: adminProcedure
    .input(resetPasswordInput)
    .output(credentialOutput)
    .mutation(({ ctx, input }) => usersAdmin.resetPassword(ctx.db, actorOf(ctx), input.id, input.credential)),

  disable: adminProcedure
    .input(userIdInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await usersAdmin.setDisabled(ctx.db, actorOf(ctx), input.id, true);
      return { ok: true as const };
    }),

  enable: adminProcedure
    .input(userIdInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await usersAdmin.setDisabled(ctx.db, actorOf(ctx), input.id, false);
      return { ok: true as const };
    }),

  revokeSessions: adminProcedure
    .input(userIdInput)
    .output(z.object({ ended: z.number() }))
    .mutation(async ({ ctx, input }) => ({
      ended: await usersAdmin.revokeSessions(ctx.db, actorOf(ctx), input.id),
    })),

  assignZones: adminProcedure
    .input(assignZonesInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await usersAdmin.assignZones(ctx.db, actorOf(ctx), input.id, input.zoneIds);
      return { ok: true as const };
    }),

  /** The page behind a one-time link: no session, the token is the proof. */
  setPasswordWithLink: rateLimitedProcedure
    .input(setPasswordWithLinkInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await usersAdmin.setPasswordWithLink(ctx.db, input.token, input.password);
      return { ok: true as const };
    }),
});
