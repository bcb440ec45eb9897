// Typed message keys for the operations enums, so every value has its words in both languages.
import type { AlertEvent, ChannelKind } from '../../../shared/schemas/channels.ts';
import type { IncidentSeverity, IncidentSource, IncidentUpdate } from '../../../shared/schemas/incidents.ts';
import type { MessageKey } from '../../i18n/fr.ts';

export const severityKey: Record<IncidentSeverity, MessageKey> = {
  minor: 'ops.severity.minor',
  major: 'ops.severity.major',
  critical: 'ops.severity.critical',
};

export const sourceKey: Record<IncidentSource, MessageKey> = {
  console: 'ops.source.console',
  technician: 'ops.source.technician',
  alertmanager: 'ops.source.alertmanager',
  uptime_kuma: 'ops.source.uptime_kuma',
};

export const stepKey: Record<IncidentUpdate['kind'], MessageKey> = {
  opened: 'ops.step.opened',
  updated: 'ops.step.updated',
  resolved: 'ops.step.resolved',
  reopened: 'ops.step.reopened',
  note: 'ops.step.note',
};

export const kindKey: Record<ChannelKind, MessageKey> = {
  telegram: 'ops.kind.telegram',
  matrix: 'ops.kind.matrix',
  webhook: 'ops.kind.webhook',
  email: 'ops.kind.email',
};

export const targetHintKey: Record<ChannelKind, MessageKey> = {
  telegram: 'ops.targetHint.telegram',
  matrix: 'ops.targetHint.matrix',
  webhook: 'ops.targetHint.webhook',
  email: 'ops.targetHint.email',
};

export const eventKey: Record<AlertEvent, MessageKey> = {
  'incident.opened': 'ops.event.incident.opened',
  'incident.updated': 'ops.event.incident.updated',
  'incident.resolved': 'ops.event.incident.resolved',
  'intervention.created': 'ops.event.intervention.created',
  'prospect.created': 'ops.event.prospect.created',
};

const when = new Map<string, Intl.DateTimeFormat>();
/** "12/12/2026 14:20" in Paris time, the cooperative's clock whatever the browser's. */
export function parisTime(iso: string | null, lang: 'fr' | 'en'): string {
  if (!iso) return '—';
  let f = when.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone: 'Europe/Paris',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    when.set(lang, f);
  }
  return f.format(new Date(iso));
}
