// Real protocol peers for tests, on 127.0.0.1: an HTTP server answering Telegram's sendMessage and
// Matrix's send-event endpoints (with scripted failures), and an SMTP server (smtp-server) whose
// received messages are parsed with mailparser.
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

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
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
  /** Messages the peer accepted (what a chat would show). */
  delivered(): { to: string; text: string }[];
  close(): Promise<void>;
}> {
  const requests: PeerRequest[] = [];
  const failures: number[] = [];
  const delivered: { to: string; text: string }[] = [];
  const matrixTxns = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '';
      const reply = (status: number, json: unknown) => {
        requests.push({
          method: req.method ?? '',
          path,
          body,
          authorization: req.headers.authorization,
          status,
        });
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      };
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
    delivered: () => [...delivered],
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
