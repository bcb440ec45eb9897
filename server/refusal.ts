// Refusals of the plain HTTP routes (/attachments, /isp.json) in the one error shape tRPC answers with:
// `{ error: { message, code, data: { code, httpStatus, domainCode, … } } }` (docs/contract.md §2.1), so a
// client parses every refusal the same way.
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply } from 'fastify';
import { TRPCError } from '@trpc/server';
import type { ZodError } from 'zod';
import { DomainError, type ErrorCode } from '../shared/errors.ts';
import { asTRPCError, errorShape } from './trpc.ts';

/** Sends the refusal `code`; `extra` fields (an upload's offset…) travel beside `error`. */
export function sendRefusal(
  reply: FastifyReply,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
): FastifyReply {
  return send(reply, asTRPCError(new DomainError(code)), extra);
}

/** Sends invalid input as a procedure would: BAD_REQUEST carrying the zod issues (`data.zodIssues`). */
export function sendInvalidInput(reply: FastifyReply, cause: ZodError): FastifyReply {
  return send(reply, new TRPCError({ code: 'BAD_REQUEST', cause }), {});
}

function send(reply: FastifyReply, error: TRPCError, extra: Record<string, unknown>): FastifyReply {
  const path = reply.request.routeOptions.url;
  return reply.code(getHTTPStatusCodeFromError(error)).send({ ...extra, error: errorShape(error, path) });
}
