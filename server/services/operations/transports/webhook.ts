// A generic signed webhook: POST JSON, with an HMAC-SHA256 of the exact body under the channel's secret
// (`X-Terrain-Signature: sha256=<hex>`) and the delivery id, which the receiver may use to drop repeats.
import { createHmac } from 'node:crypto';
import { failure, send, SendError } from './http.ts';

function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function sendWebhook(
  url: string,
  secret: string | null,
  delivery: { id: string; event: unknown; subject: string; text: string; createdAt: string },
  now: Date,
): Promise<void> {
  if (!secret) throw new SendError('Ce canal n’a pas de secret de signature.');
  const body = JSON.stringify(delivery);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const res = await send(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-terrain-delivery': delivery.id,
      'x-terrain-timestamp': timestamp,
      'x-terrain-signature': signature(secret, timestamp, body),
    },
    body,
  });
  if (!res.ok) throw await failure(res, 'Le webhook');
}
