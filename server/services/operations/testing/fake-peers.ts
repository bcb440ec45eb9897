// Real protocol peers for tests, on 127.0.0.1: an HTTP server answering Telegram's sendMessage and
// Matrix's send-event endpoints (with scripted failures), and an SMTP server (smtp-server) whose
// received messages are parsed with mailparser.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface PeerRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
  status: number;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const text = await readText(req);
  return text ? (JSON.parse(text) as unknown) : null;
}

/**
 * Telegram (`POST /bot<token>/sendMessage`) and Matrix (`PUT /_matrix/client/v3/rooms/<room>/send/
 * m.room.message/<txnId>`). `failNext` queues error statuses answered before the next successes.
 * Matrix transaction ids are idempotent, as on a homeserver: the same txnId gives the same event id.
 */
export async function startChatPeer(botToken: string): Promise<{
  url: string;
  requests: PeerRequest[];
  failNext(...statuses: number[]): void;
  /** Telegram's flood control: the next request gets 429 with `parameters.retry_after`. */
  rateLimitNext(retryAfterSeconds: number): void;
  /** The next request is carried out, then its connection dropped before any answer (a lost reply). */
  loseAnswerNext(): void;
  /** Messages the peer accepted (what a chat would show). */
  delivered(): { to: string; text: string }[];
  close(): Promise<void>;
}> {
  const requests: PeerRequest[] = [];
  const failures: number[] = [];
  const rateLimits: number[] = [];
  let loseAnswer = false;
  const delivered: { to: string; text: string }[] = [];
  const matrixTxns = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '';
      const reply = (status: number, json: unknown) => {
        const lost = loseAnswer && status === 200;
        if (lost) loseAnswer = false;
        requests.push({
          method: req.method ?? '',
          path,
          body,
          authorization: req.headers.authorization,
          status: lost ? 0 : status,
        });
        if (lost) return void req.socket.destroy();
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      };
      const wait = rateLimits.shift();
      if (wait !== undefined) {
        return reply(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${wait}`,
          parameters: { retry_after: wait },
        });
      }
      const failure = failures.shift();
      if (failure !== undefined)
        return reply(failure, { ok: false, error_code: failure, description: 'Internal' });
      if (req.method === 'POST' && path === `/bot${botToken}/sendMessage`) {
        const b = body as { chat_id?: unknown; text?: unknown };
        if (b.chat_id === undefined || typeof b.text !== 'string') {
          return reply(400, {
            ok: false,
            error_code: 400,
            description: 'Bad Request: message text is empty',
          });
        }
        delivered.push({ to: String(b.chat_id), text: b.text });
        return reply(200, { ok: true, result: { message_id: delivered.length, text: b.text } });
      }
      const m = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/send\/m\.room\.message\/([^/]+)$/.exec(path);
      if (req.method === 'PUT' && m) {
        const room = decodeURIComponent(m[1] ?? '');
        const txn = `${req.headers.authorization}|${m[2]}`;
        let eventId = matrixTxns.get(txn);
        if (!eventId) {
          eventId = `$event${matrixTxns.size + 1}`;
          matrixTxns.set(txn, eventId);
          delivered.push({ to: room, text: String((body as { body?: unknown }).body) });
        }
        return reply(200, { event_id: eventId });
      }
      return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...statuses) => failures.push(...statuses),
    rateLimitNext: (seconds) => rateLimits.push(seconds),
    loseAnswerNext: () => {
      loseAnswer = true;
    },
    delivered: () => [...delivered],
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * A webhook receiver that does what the docs ask of one: checks `X-Terrain-Signature` (HMAC-SHA256 of
 * `<timestamp>.<body>` under the channel secret) in constant time, answers 401 when it does not match,
 * and keeps each delivery id once.
 */
export async function startWebhookPeer(): Promise<{
  url: string;
  secret: { value: string };
  /** Deliveries whose signature matched, once per delivery id. */
  accepted: { id: string; body: Record<string, unknown> }[];
  refused: number;
  close(): Promise<void>;
}> {
  const state = {
    secret: { value: '' },
    accepted: [] as { id: string; body: Record<string, unknown> }[],
    refused: 0,
  };
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readText(req);
      const ts = String(req.headers['x-terrain-timestamp'] ?? '');
      const given = Buffer.from(String(req.headers['x-terrain-signature'] ?? ''));
      const expected = Buffer.from(
        `sha256=${createHmac('sha256', state.secret.value).update(`${ts}.${raw}`).digest('hex')}`,
      );
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        state.refused++;
        return void res.writeHead(401).end('bad signature');
      }
      const id = String(req.headers['x-terrain-delivery'] ?? '');
      if (!state.accepted.some((d) => d.id === id)) {
        state.accepted.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
      }
      res.writeHead(204).end();
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    secret: state.secret,
    accepted: state.accepted,
    get refused() {
      return state.refused;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  headers: Map<string, unknown>;
}

/** A local SMTP server accepting everything (no TLS, no auth), keeping what it receives. */
export async function startSmtpPeer(): Promise<{
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            headers: parsed.headers,
          });
          callback();
        })
        .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
