// Refusals of the plain HTTP routes (/attachments, /isp.json) in the one error shape tRPC answers with:
// `{ error: { message, code, data: { code, httpStatus, domainCode, … } } }` (docs/contract.md §2.1), so a
// client parses every refusal the same way.
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply } from 'fastify';
import { DomainError, type ErrorCode } from '../shared/errors.ts';
import { asTRPCError, errorShape } from './trpc.ts';

/** Sends the refusal `code`; `extra` fields (an upload's offset…) travel beside `error`. */
export function sendRefusal(
  reply: FastifyReply,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const error = asTRPCError(new DomainError(code));
  const path = reply.request.routeOptions.url;
  return reply.code(getHTTPStatusCodeFromError(error)).send({ ...extra, error: errorShape(error, path) });
}
