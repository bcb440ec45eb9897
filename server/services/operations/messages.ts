// The words of alert messages, French first, English for channels that ask for it. Alerts name places
// and counts, never a person: a prospect's event says that a request arrived, not who sent it.
import { durationFr, sinceEn, sinceFr } from '../../../shared/operations/paris-time.ts';
import type { AlertEvent } from '../../../shared/schemas/channels.ts';
import type { InterventionKind } from '../../../shared/schemas/interventions.ts';

export interface IncidentFacts {
  id: string;
  title: string;
  titleEn: string | null;
  text: string | null;
  textEn: string | null;
  severity: 'minor' | 'major' | 'critical';
  relayNames: string[];
  membersAffected: number;
  startedAt: Date;
  resolvedAt: Date | null;
}

export type OpsEvent =
  | { kind: 'incident.opened' | 'incident.updated' | 'incident.resolved'; incident: IncidentFacts }
  | {
      kind: 'intervention.created';
      interventionId: string;
      interventionKind: InterventionKind;
      summary: string;
      siteName: string | null;
    }
  | { kind: 'prospect.created'; id: string; what: 'interest' | 'subscription'; technology: string | null };

export interface Message {
  subject: string;
  body: string;
}

const severityFr = { minor: 'mineur', major: 'majeur', critical: 'critique' } as const;
const kindFr: Record<InterventionKind, string> = {
  maintenance: 'maintenance',
  repair: 'réparation',
  installation: 'installation',
  survey: 'visite technique',
  alignment: 'alignement',
  power: 'alimentation électrique',
  fibre_splice: 'soudure fibre',
  fibre_cut: 'coupure fibre',
  other: 'autre',
};

function incidentFr(kind: AlertEvent, i: IncidentFacts, now: Date): Message {
  const where = i.relayNames.length ? ` — ${i.relayNames.join(', ')}` : '';
  const members = i.membersAffected ? `\nAbonnés concernés (estimation) : ${i.membersAffected}` : '';
  const text = i.text ? `\n${i.text}` : '';
  if (kind === 'incident.resolved') {
    const lasted = i.resolvedAt ? ` après ${durationFr(i.resolvedAt.getTime() - i.startedAt.getTime())}` : '';
    return {
      subject: `Incident résolu : ${i.title}`,
      body: `✅ Incident résolu${lasted} : ${i.title}${where}${text}`,
    };
  }
  const verb = kind === 'incident.opened' ? 'Incident ouvert' : 'Incident mis à jour';
  return {
    subject: `${verb} : ${i.title}`,
    body: `🔴 ${verb} (${severityFr[i.severity]}) : ${i.title}${where}\nEn cours ${sinceFr(i.startedAt, now)}${members}${text}`,
  };
}

function incidentEn(kind: AlertEvent, i: IncidentFacts, now: Date): Message {
  const title = i.titleEn ?? i.title;
  const where = i.relayNames.length ? ` — ${i.relayNames.join(', ')}` : '';
  const members = i.membersAffected ? `\nMembers affected (estimate): ${i.membersAffected}` : '';
  const text = (i.textEn ?? i.text) ? `\n${i.textEn ?? i.text}` : '';
  if (kind === 'incident.resolved') {
    return { subject: `Incident resolved: ${title}`, body: `✅ Incident resolved: ${title}${where}${text}` };
  }
  const verb = kind === 'incident.opened' ? 'Incident opened' : 'Incident updated';
  return {
    subject: `${verb}: ${title}`,
    body: `🔴 ${verb} (${i.severity}): ${title}${where}\nOngoing ${sinceEn(i.startedAt, now)}${members}${text}`,
  };
}

export function messageFor(event: OpsEvent, language: 'fr' | 'en', now: Date): Message {
  switch (event.kind) {
    case 'incident.opened':
    case 'incident.updated':
    case 'incident.resolved':
      return language === 'en'
        ? incidentEn(event.kind, event.incident, now)
        : incidentFr(event.kind, event.incident, now);
    case 'intervention.created': {
      const where = event.siteName ? ` — ${event.siteName}` : '';
      return language === 'en'
        ? {
            subject: 'New intervention',
            body: `🛠 New intervention (${event.interventionKind})${where}: ${event.summary}`,
          }
        : {
            subject: 'Nouvelle intervention',
            body: `🛠 Nouvelle intervention (${kindFr[event.interventionKind]})${where} : ${event.summary}`,
          };
    }
    case 'prospect.created': {
      const tech = event.technology ? ` (${event.technology})` : '';
      if (language === 'en') {
        const what =
          event.what === 'subscription'
            ? `New subscription request${tech}`
            : 'New "keep me informed" registration';
        return { subject: what, body: `📬 ${what}. Details in the coordination console.` };
      }
      const what =
        event.what === 'subscription'
          ? `Nouvelle demande d’abonnement${tech}`
          : 'Nouvelle inscription « me tenir informé »';
      return { subject: what, body: `📬 ${what}. Détails dans la console de coordination.` };
    }
  }
}

/** Which outbox key makes this event reach a channel once. */
export function eventKey(event: OpsEvent, at: Date): string {
  switch (event.kind) {
    case 'incident.opened':
    case 'incident.resolved':
      return `${event.kind}:${event.incident.id}`;
    case 'incident.updated':
      return `${event.kind}:${event.incident.id}:${at.toISOString()}`;
    case 'intervention.created':
      return `${event.kind}:${event.interventionId}`;
    case 'prospect.created':
      return `${event.kind}:${event.id}`;
  }
}
