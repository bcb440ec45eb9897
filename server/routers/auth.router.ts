import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { loginInput, sessionUser } from '../../shared/schemas/auth.ts';
import { consume } from '../rate-limit.ts';
import { createSession, endSession, SESSION_COOKIE, verifyCredentials } from '../services/auth.service.ts';
import { publicProcedure, router } from '../trpc.ts';
import { audit } from '../repositories/audit.repository.ts';

const LOGIN_ATTEMPTS_PER_MINUTE = 10;

export const authRouter = router({
  login: publicProcedure
    .input(loginInput)
    .output(z.object({ user: sessionUser }))
    .mutation(async ({ ctx, input }) => {
      // Both per IP and per account: slows down guessing one password and spraying many accounts.
      if (
        !consume(`login-ip:${ctx.ip}`, LOGIN_ATTEMPTS_PER_MINUTE * 3) ||
        !consume(`login-email:${input.email}`, LOGIN_ATTEMPTS_PER_MINUTE)
      ) {
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: 'Trop de tentatives, réessayez dans une minute.',
        });
      }
      const user = await verifyCredentials(ctx.db, input.email, input.password);
      const session = await createSession(ctx.db, user.id, ctx.env.SESSION_DAYS, ctx.userAgent);
      ctx.cookies.set(SESSION_COOKIE, session.token, { expires: session.expiresAt });
      await audit(ctx.db, { actorId: user.id, action: 'auth.login', details: { ip: ctx.ip } });
      return { user };
    }),

  me: publicProcedure
    .output(z.object({ user: sessionUser.nullable() }))
    .query(({ ctx }) => ({ user: ctx.user })),

  logout: publicProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await endSession(ctx.db, ctx.sessionToken);
    ctx.cookies.clear(SESSION_COOKIE);
    return { ok: true as const };
  }),
});
