import { z } from 'zod';
import { DomainError } from '../../shared/errors.ts';
import { loginInput, sessionUser } from '../../shared/schemas/auth.ts';
import {
  createSession,
  endSession,
  logIn,
  LoginThrottled,
  SESSION_COOKIE,
} from '../services/auth.service.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  login: publicProcedure
    .input(loginInput)
    .output(z.object({ user: sessionUser }))
    .mutation(async ({ ctx, input }) => {
      const user = await logIn(ctx.db, { ...input, ip: ctx.ip }).catch((error: unknown) => {
        if (error instanceof LoginThrottled) throw new DomainError('RATE_LIMITED', error.message);
        throw error;
      });
      const session = await createSession(ctx.db, user.id, ctx.env.SESSION_DAYS, ctx.userAgent);
      ctx.cookies.set(SESSION_COOKIE, session.token, { expires: session.expiresAt });
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
