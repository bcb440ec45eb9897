// Audit actions in words ("Secteur modifié"); an action added later shows its code rather than nothing.
import type { MessageKey } from '../../i18n/fr.ts';
import { staffFr } from '../../i18n/staff.fr.ts';
import type { Translate } from '../../i18n/i18n.tsx';

/** A key of the dictionary: the French one is the reference (admin words are staff words). */
const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(staffFr, key);

export const auditTables = [
  'users',
  'sites',
  'sectors',
  'fibre_points',
  'zones',
  'buildings',
  'installations',
] as const;
const isTable = (v: string): v is (typeof auditTables)[number] =>
  (auditTables as readonly string[]).includes(v);

export function tableLabel(table: string | null, t: Translate): string {
  if (!table) return '';
  return isTable(table) ? t(`admin.audit.table.${table}`) : table;
}

export function actionLabel(action: string, t: Translate): string {
  const key = `admin.audit.a.${action}`;
  if (isMessageKey(key)) return t(key);
  return action;
}

/** The action filter: a family of actions (the server matches the prefix). */
export const actionGroups: { prefix: string; label: MessageKey }[] = [
  { prefix: 'user.', label: 'admin.audit.group.user' },
  { prefix: 'network.', label: 'admin.audit.group.network' },
  { prefix: 'auth.', label: 'admin.audit.group.auth' },
];
