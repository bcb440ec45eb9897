// The admin commands, independent of how they are reached (directly, or through the running server).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { createUserArgs } from '../../shared/schemas/auth.ts';
import { upsertUser } from '../services/auth.service.ts';
import { importFile } from '../services/import/detect.ts';
import { formatReport } from '../services/import/report.ts';
import { backupToFile, restoreFromFile } from './backup.ts';
import { audit } from '../repositories/audit.repository.ts';
import { runUserCommand, userCommands, userUsage } from './user-commands.ts';
import { runOperationsCommand } from './operations-commands.ts';

const usage = `Usage: npm run admin -- <command>
  create-user --email E --name N --role technician|coordinator|admin --password P
  import FILE          GeoJSON network, IPE CSV, Arcep per-building CSV or BAN addresses CSV
  backup FILE          consistent SQL backup (restores into the embedded database or PostgreSQL)
  restore FILE         replaces all data with the backup's
  create-hook-token --name N
                       token for monitoring webhooks (/hooks/alertmanager?token=…), printed once
  add-channel --kind telegram|matrix|webhook|email --target T [--zone Z] [--events E1,E2] [--language fr|en]
                       alert channel: Telegram chat id, Matrix room id, URL or e-mail address
${userUsage}`;

export interface CommandResult {
  code: number;
  output: string;
}

/** `argv` holds absolute file paths: the caller resolves them against its own working directory. */
export async function runAdminCommand(database: Database, argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'create-user': {
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string' },
            password: { type: 'string' },
          },
          strict: true,
        });
        const parsed = createUserArgs.safeParse(values);
        if (!parsed.success)
          return { code: 2, output: `create-user: ${z.prettifyError(parsed.error)}\n${usage}` };
        const { user, created } = await upsertUser(database.db, parsed.data);
        return {
          code: 0,
          output: `${created ? 'Created' : 'Updated'} ${user.role} ${user.email} (${user.id})`,
        };
      }
      case 'import': {
        const file = one(rest);
        const report = await importFile(database.db, readFileSync(file), file);
        await audit(database.db, { actorId: null, action: 'import', details: { file: basename(file) } });
        return { code: 0, output: formatReport(report) };
      }
      case 'backup': {
        const file = one(rest);
        const counts = await backupToFile(database, file);
        return { code: 0, output: `Backup written to ${file}: ${counts.tables} tables, ${counts.rows} rows` };
      }
      case 'restore': {
        const file = one(rest);
        const counts = await restoreFromFile(database, file);
        // Written after the restore replaced the audit log, so the restored log says it was restored.
        await audit(database.db, {
          actorId: null,
          action: 'backup.restore',
          details: { file: basename(file), ...counts },
        });
        return { code: 0, output: `Restored ${file}: ${counts.tables} tables, ${counts.rows} rows` };
      }
      case 'create-hook-token':
      case 'add-channel':
        return await runOperationsCommand(database, command, rest, usage);
      default:
        if (command && userCommands.has(command)) return await runUserCommand(database, command, rest);
        return { code: 2, output: command ? `Unknown command "${command}".\n${usage}` : usage };
    }
  } catch (err) {
    return { code: 1, output: `${command}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function one(args: string[]): string {
  if (args.length !== 1 || !args[0]) throw new Error(`expects exactly one FILE argument.\n${usage}`);
  return args[0];
}
