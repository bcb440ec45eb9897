// What every HTTP transport shares: a bounded wait, and failures that say what the far side answered.

/** The far side refused or failed; `retryAfterMs` when it said when to come back (Telegram's 429). */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

const SEND_TIMEOUT_MS = 10_000;

export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(SEND_TIMEOUT_MS), redirect: 'error' });
  } catch (err) {
    const reason =
      err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new SendError(`injoignable : ${reason}`);
  }
}

/** The start of an error answer, for the console (never the request, which may hold a token). */
export async function failure(res: Response, who: string): Promise<SendError> {
  const text = (await res.text().catch(() => '')).slice(0, 300);
  return new SendError(`${who} a répondu ${res.status}${text ? ` : ${text}` : ''}`);
}
