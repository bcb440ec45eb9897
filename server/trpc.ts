// tRPC is initialised once here; features build on the named base procedures below.
import { getErrorShape, initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import { DomainError, errorCatalogue, fallbackCode } from '../shared/errors.ts';
import { findUncleanText, INVALID_TEXT_MESSAGE, type JsonPath } from '../shared/schemas/text.ts';
import { roleRank, type Role } from '../shared/schemas/auth.ts';
import type { Context } from './context.ts';
import { consume } from './rate-limit.ts';
import { dbErrorKind } from './services/sync/db-errors.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    // In production an unexpected failure shows no internals, only the reference the log carries.
    const hidden = error.code === 'INTERNAL_SERVER_ERROR' && ctx?.env.NODE_ENV === 'production';
    return {
      ...shape,
      // A readable sentence ("✖ Invalid email address → at email") instead of serialized issues.
      message:
        cause instanceof ZodError
          ? z.prettifyError(cause)
          : hidden
            ? `Erreur interne du serveur (référence ${ctx.requestId}).`
            : shape.message,
      data: {
        ...shape.data,
        // Invalid input: the zod issues, so a form can point at the field.
        zodIssues: cause instanceof ZodError ? cause.issues : null,
        // Always a catalogue code when one applies: clients choose the user's sentence from it.
        domainCode: cause instanceof DomainError ? cause.code : (fallbackCode[error.code] ?? null),
        requestId: ctx?.requestId ?? null,
        stack: undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// Business-rule failures travel as DomainError and become the tRPC code of the catalogue here, at the edge.
// Database refusals become BAD_REQUEST (the input's fault: class 22/23) or SERVICE_UNAVAILABLE (transient:
// retry), never a 500 carrying the database's own message.
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw asTRPCError(cause);
  const kind = dbErrorKind(cause);
  if (kind === 'data') throw asTRPCError(new DomainError('INVALID_ARGS', errorCatalogue.INVALID_ARGS.fr));
  if (kind === 'transient') throw asTRPCError(new DomainError('UNAVAILABLE', errorCatalogue.UNAVAILABLE.fr));
  return result;
});

/** A catalogue refusal as the tRPC error the edge answers with (its code, its HTTP status). */
export function asTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: errorCatalogue[error.code].trpc, message: error.message, cause: error });
}

/** The body of a refusal, exactly as tRPC answers one: the single error shape of every HTTP route. */
export function errorShape(error: TRPCError, path?: string) {
  return getErrorShape({ config: t._config, error, type: 'unknown', path, input: undefined, ctx: undefined });
}

/**
 * Subtrees of a procedure's input that are judged elsewhere: a pushed mutation's args are checked per
 * mutation, so one bad entry is rejected alone and the rest of the batch applies.
 */
const opaqueInput: Record<string, (path: JsonPath) => boolean> = {
  'sync.push': (p) => p.length === 3 && p[0] === 'mutations' && p[2] === 'args',
};

// The text rule (shared/schemas/text.ts) for every procedure, present and future, whatever its schema.
const textGuard = t.middleware(async ({ path, getRawInput, next }) => {
  const unclean = findUncleanText(await getRawInput(), opaqueInput[path]);
  if (unclean) {
    // Made by a parse, so it is the same ZodError (issues, prettified message) as any invalid input.
    const refused = z
      .unknown()
      .superRefine((_, c) => c.addIssue({ code: 'custom', path: unclean, message: INVALID_TEXT_MESSAGE }))
      .safeParse(null);
    throw new TRPCError({ code: 'BAD_REQUEST', cause: refused.error });
  }
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(textGuard);

/** Public endpoints anyone can hit: limited per IP and procedure. */
export const rateLimitedProcedure = publicProcedure.use(async ({ ctx, path, next }) => {
  if (!(await consume(ctx.db, `${ctx.ip}:${path}`, ctx.env.PUBLIC_RATE_LIMIT))) {
    throw new DomainError('RATE_LIMITED');
  }
  return next();
});

function requireRole(min: Role) {
  return publicProcedure.use(({ ctx, next }) => {
    if (!ctx.user) throw new DomainError('NOT_LOGGED_IN');
    if (roleRank[ctx.user.role] < roleRank[min]) throw new DomainError('WRONG_ROLE');
    return next({ ctx: { ...ctx, user: ctx.user } });
  });
}

export const technicianProcedure = requireRole('technician');
export const coordinatorProcedure = requireRole('coordinator');
export const adminProcedure = requireRole('admin');
