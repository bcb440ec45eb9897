// The admin CLI's user verbs (CONTRACT §1): disable-user, enable-user, revoke-sessions, assign-zones.
// They call the same service as the console, so scripts and people follow the same rules (and audit).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { email } from '../../shared/schemas/auth.ts';
import * as usersAdmin from '../services/users-admin.service.ts';

export const userUsage = `  disable-user --email E        disables the user; every session of theirs ends at once
  enable-user --email E         lets a disabled user log in again
  revoke-sessions --email E     ends every session of the user (a lost phone)
  assign-zones --email E --zones Z1,Z2   sets the user's working zones ("" for none)`;

const zoneList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((z) => z.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(1).max(64)).max(200));

interface CommandResult {
  code: number;
  output: string;
}

export const userCommands = new Set(['disable-user', 'enable-user', 'revoke-sessions', 'assign-zones']);

export async function runUserCommand(
  database: Database,
  command: string,
  rest: string[],
): Promise<CommandResult> {
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, zones: { type: 'string' } },
    strict: true,
  });
  const address = email.safeParse(values.email ?? '');
  if (!address.success)
    return { code: 2, output: `${command}: --email E is required and must be an e-mail.` };
  const db = database.db;
  const id = await usersAdmin.userIdByEmail(db, address.data);
  switch (command) {
    case 'disable-user':
      await usersAdmin.setDisabled(db, null, id, true);
      return { code: 0, output: `Disabled ${address.data}; their sessions are ended.` };
    case 'enable-user':
      await usersAdmin.setDisabled(db, null, id, false);
      return { code: 0, output: `Enabled ${address.data}.` };
    case 'revoke-sessions': {
      const ended = await usersAdmin.revokeSessions(db, null, id);
      return { code: 0, output: `Ended ${ended} session(s) of ${address.data}.` };
    }
    default: {
      if (values.zones === undefined) return { code: 2, output: `${command}: --zones Z1,Z2 is required.` };
      const zones = zoneList.safeParse(values.zones);
      if (!zones.success) return { code: 2, output: `${command}: ${z.prettifyError(zones.error)}` };
      await usersAdmin.assignZones(db, null, id, zones.data);
      return {
        code: 0,
        output: `Zones of ${address.data}: ${zones.data.length ? zones.data.join(', ') : '(none)'}`,
      };
    }
  }
}
