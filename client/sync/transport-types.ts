// What the engine needs from the network, as plain functions: tests inject fakes, the app uses
// transport.ts (tRPC + fetch).
import type { ErrorCode } from '../../shared/errors.ts';
import type { PullInput, PullOutput, PushInput, PushOutput } from '../../shared/schemas/sync.ts';

export interface SyncTransport {
  push(input: PushInput): Promise<PushOutput>;
  pull(input: PullInput): Promise<PullOutput>;
}

export interface UploadAnswer {
  /** HTTP status: 200 stored, 409 wrong offset (resume at `offset`), 422 hash mismatch, 4xx refused. */
  status: number;
  offset: number;
  complete: boolean;
  /** Why a chunk was refused (any status but 200), from the server's error body. */
  refusal?: TransportError;
}

export interface PhotoTransport {
  /** Where an upload stands on the server (offset 0 when unknown). */
  head(sha256: string): Promise<{ offset: number; complete: boolean }>;
  put(sha256: string, chunk: Blob, start: number, total: number, mime: string): Promise<UploadAnswer>;
}

/**
 * A failed exchange. `network`: no answer (offline, timeout, server down) — retried with backoff.
 * `refused`: the server answered with an error; `code` is the tRPC code, `domainCode` ours.
 */
export class TransportError extends Error {
  constructor(
    readonly kind: 'network' | 'refused',
    message: string,
    readonly code: string | null = null,
    readonly domainCode: ErrorCode | null = null,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}
