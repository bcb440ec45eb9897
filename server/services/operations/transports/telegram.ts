// Telegram Bot API: POST {TELEGRAM_API_URL}/bot{TOKEN}/sendMessage with { chat_id, text }.
import { z } from 'zod';
import { failure, send, SendError } from './http.ts';

const tooMany = z.object({ parameters: z.object({ retry_after: z.number().int().min(0) }) });

export async function sendTelegram(
  config: { apiUrl: string; botToken: string | undefined },
  chatId: string,
  text: string,
): Promise<void> {
  if (!config.botToken) throw new SendError('TELEGRAM_BOT_TOKEN n’est pas configuré.');
  const chat = /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
  const res = await send(`${config.apiUrl.replace(/\/+$/, '')}/bot${config.botToken}/sendMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Telegram caps a message at 4096 characters.
    body: JSON.stringify({ chat_id: chat, text: text.slice(0, 4096), disable_web_page_preview: true }),
  });
  if (res.status === 429) {
    const parsed = tooMany.safeParse(await res.json().catch(() => null));
    const seconds = parsed.success ? parsed.data.parameters.retry_after : 30;
    throw new SendError(`Telegram limite le débit (réessai dans ${seconds} s)`, seconds * 1000);
  }
  if (!res.ok) throw await failure(res, 'Telegram');
}
