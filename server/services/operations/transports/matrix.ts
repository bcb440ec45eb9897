// Matrix client-server API: PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}. The
// outbox row id is the transaction id, so a retry after a lost answer never posts twice.
import { failure, send, SendError } from './http.ts';

export async function sendMatrix(
  config: { homeserverUrl: string | undefined; accessToken: string | undefined },
  roomId: string,
  txnId: string,
  body: string,
): Promise<void> {
  if (!config.homeserverUrl || !config.accessToken) {
    throw new SendError('MATRIX_HOMESERVER_URL et MATRIX_ACCESS_TOKEN ne sont pas configurés.');
  }
  const base = config.homeserverUrl.replace(/\/+$/, '');
  const url = `${base}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${encodeURIComponent(txnId)}`;
  const res = await send(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.accessToken}` },
    body: JSON.stringify({ msgtype: 'm.text', body }),
  });
  if (!res.ok) throw await failure(res, 'Matrix');
}
