// Admin commands of operations: create-hook-token and add-channel (CONTRACT §1).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { createChannelInput } from '../../shared/schemas/channels.ts';
import { createChannel } from '../services/operations/channels.service.ts';
import { createHookToken } from '../services/operations/hook-tokens.ts';
import type { CommandResult } from './commands.ts';

const hookTokenArgs = z.object({ name: z.string().trim().min(1).max(120) });

export async function runOperationsCommand(
  database: Database,
  command: 'create-hook-token' | 'add-channel',
  rest: string[],
  usage: string,
): Promise<CommandResult> {
  if (command === 'create-hook-token') {
    const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } }, strict: true });
    const parsed = hookTokenArgs.safeParse(values);
    if (!parsed.success)
      return { code: 2, output: `create-hook-token: ${z.prettifyError(parsed.error)}\n${usage}` };
    const token = await createHookToken(database.db, parsed.data.name);
    // The token alone on the last line, for scripts; it is stored hashed and cannot be shown again.
    return {
      code: 0,
      output: `Hook token "${parsed.data.name}" created. Use it as /hooks/alertmanager?token=… (shown only now):\n${token}`,
    };
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      kind: { type: 'string' },
      target: { type: 'string' },
      zone: { type: 'string', multiple: true },
      events: { type: 'string' },
      language: { type: 'string' },
      name: { type: 'string' },
    },
    strict: true,
  });
  const parsed = createChannelInput.safeParse({
    kind: values.kind,
    target: values.target,
    name: values.name,
    zoneIds: (values.zone ?? []).flatMap((z) => z.split(',')).filter(Boolean),
    events: values.events?.split(',').filter(Boolean),
    language: values.language,
  });
  if (!parsed.success) return { code: 2, output: `add-channel: ${z.prettifyError(parsed.error)}\n${usage}` };
  const channel = await createChannel(database.db, parsed.data, null);
  const zones = channel.zoneIds.length ? `zones ${channel.zoneIds.join(', ')}` : 'every zone';
  const lines = [
    `Added ${channel.kind} channel ${channel.target} (${zones}; ${channel.events.join(', ')}): ${channel.id}`,
  ];
  if (channel.secret) lines.push(`Webhook signing secret (shown only now): ${channel.secret}`);
  return { code: 0, output: lines.join('\n') };
}
