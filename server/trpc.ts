// tRPC is initialised once here; features build on the named base procedures below.
import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import { DomainError, errorCatalogue } from '../shared/errors.ts';
import { roleRank, type Role } from '../shared/schemas/auth.ts';
import type { Context } from './context.ts';
import { consume } from './rate-limit.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // A readable sentence ("✖ Invalid email address → at email") instead of serialized issues.
      message: cause instanceof ZodError ? z.prettifyError(cause) : shape.message,
      data: {
        ...shape.data,
        // Invalid input: the zod issues, so a form can point at the field.
        zodIssues: cause instanceof ZodError ? cause.issues : null,
        domainCode: cause instanceof DomainError ? cause.code : null,
        stack: undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// Business-rule failures travel as DomainError and become the tRPC code of the catalogue here, at the edge.
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: errorCatalogue[cause.code].trpc, message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

/** Public endpoints anyone can hit: limited per IP and procedure. */
export const rateLimitedProcedure = publicProcedure.use(({ ctx, path, next }) => {
  if (!consume(`${ctx.ip}:${path}`, ctx.env.PUBLIC_RATE_LIMIT)) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: 'Trop de requêtes, réessayez dans une minute.',
    });
  }
  return next();
});

function requireRole(min: Role) {
  return publicProcedure.use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Connexion requise.' });
    if (roleRank[ctx.user.role] < roleRank[min]) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Rôle insuffisant.' });
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  });
}

export const technicianProcedure = requireRole('technician');
export const coordinatorProcedure = requireRole('coordinator');
export const adminProcedure = requireRole('admin');
