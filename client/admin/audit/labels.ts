// Audit actions in words: the known ones by name, a network change as "Relais modifié", anything else
// (a future action) by its code rather than nothing.
import type { MessageKey } from '../../i18n/fr.ts';
import type { Translate } from '../../i18n/i18n.tsx';

const known = new Set<string>([
  'user.create',
  'user.credential',
  'user.role',
  'user.password_reset',
  'user.password_set',
  'user.disable',
  'user.enable',
  'user.revoke_sessions',
  'user.zones',
  'user.update',
  'auth.login',
  'auth.login_failed',
  'network.zone_membership',
  'import',
  'backup.restore',
  'sync.reject',
  'sync.resolve',
  'intervention.review',
  'installation.remove',
  'installation.replace',
]);

export const auditTables = ['users', 'sites', 'sectors', 'fibre_points', 'zones', 'buildings'] as const;
const isTable = (v: string): v is (typeof auditTables)[number] =>
  (auditTables as readonly string[]).includes(v);

export function tableLabel(table: string | null, t: Translate): string {
  if (!table) return '';
  return isTable(table) ? t(`admin.audit.table.${table}`) : table;
}

export function actionLabel(action: string, t: Translate): string {
  if (known.has(action)) return t(`admin.audit.a.${action}` as MessageKey);
  const network = /^network\.([a-z_]+)\.(create|update|delete)$/.exec(action);
  if (network?.[1] && network[2]) {
    const op = network[2] as 'create' | 'update' | 'delete';
    return `${tableLabel(network[1], t)} ${t(`admin.audit.op.${op}`)}`;
  }
  return action;
}

/** The action filter: a family of actions (the server matches the prefix). */
export const actionGroups: { prefix: string; label: MessageKey }[] = [
  { prefix: 'user.', label: 'admin.audit.group.user' },
  { prefix: 'network.', label: 'admin.audit.group.network' },
  { prefix: 'auth.', label: 'admin.audit.group.auth' },
];
