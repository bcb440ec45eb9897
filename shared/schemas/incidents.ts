// Network incidents: what coordinators open and resolve, what monitoring and technicians report, and
// what the public status (CONTRACT §7) shows. Internal notes never leave the console.
import { z } from 'zod';
import { isoDateTime } from './common.ts';
import { text } from './text.ts';
import { elementId } from './interventions.ts';

/** A trimmed text of at most `max` characters, under the text rule (shared/schemas/text.ts). */
export const plainText = (max: number) => z.string().trim().max(max).pipe(text());

export const incidentSeverities = ['minor', 'major', 'critical'] as const;
const incidentSeverity = z.enum(incidentSeverities);
export type IncidentSeverity = z.infer<typeof incidentSeverity>;
const incidentStatus = z.enum(['open', 'resolved']);
const incidentSource = z.enum(['console', 'technician', 'alertmanager', 'uptime_kuma']);
export type IncidentSource = z.infer<typeof incidentSource>;

const ids = z.array(elementId).max(200);

/** The network elements an incident is about. At least one is needed: an incident is somewhere. */
export const incidentElements = z.object({
  siteIds: ids.default([]),
  sectorIds: ids.default([]),
  fibrePointIds: ids.default([]),
  zoneIds: ids.default([]),
});
export type IncidentElements = z.infer<typeof incidentElements>;

const texts = {
  severity: incidentSeverity,
  titleFr: plainText(200).pipe(z.string().min(1)),
  titleEn: plainText(200).nullish(),
  publicTextFr: plainText(2000).nullish(),
  publicTextEn: plainText(2000).nullish(),
  internalNotes: plainText(5000).nullish(),
};

const hasElement = (e: Partial<IncidentElements>) =>
  (e.siteIds?.length ?? 0) +
    (e.sectorIds?.length ?? 0) +
    (e.fibrePointIds?.length ?? 0) +
    (e.zoneIds?.length ?? 0) >
  0;

export const openIncidentInput = incidentElements
  .extend({ ...texts, severity: incidentSeverity.default('major'), startedAt: isoDateTime.optional() })
  .refine(hasElement, {
    path: ['siteIds'],
    message: 'Choisissez au moins un relais, secteur, point ou zone.',
  });
export type OpenIncidentInput = z.infer<typeof openIncidentInput>;

export const updateIncidentInput = z
  .object({
    id: z.uuid(),
    severity: incidentSeverity.optional(),
    titleFr: texts.titleFr.optional(),
    titleEn: texts.titleEn,
    publicTextFr: texts.publicTextFr,
    publicTextEn: texts.publicTextEn,
    internalNotes: texts.internalNotes,
    siteIds: ids.optional(),
    sectorIds: ids.optional(),
    fibrePointIds: ids.optional(),
    zoneIds: ids.optional(),
  })
  .refine((u) => Object.keys(u).length > 1, { path: ['id'], message: 'Aucun champ modifié.' });
export type UpdateIncidentInput = z.infer<typeof updateIncidentInput>;

export const resolveIncidentInput = z.object({
  id: z.uuid(),
  publicTextFr: texts.publicTextFr,
  publicTextEn: texts.publicTextEn,
});
export type ResolveIncidentInput = z.infer<typeof resolveIncidentInput>;

/** The full incident, as coordinators see it. */
export const incident = z.object({
  id: z.string(),
  status: incidentStatus,
  severity: incidentSeverity,
  titleFr: z.string(),
  titleEn: z.string().nullable(),
  publicTextFr: z.string().nullable(),
  publicTextEn: z.string().nullable(),
  internalNotes: z.string().nullable(),
  siteIds: z.array(z.string()),
  sectorIds: z.array(z.string()),
  fibrePointIds: z.array(z.string()),
  targetZoneIds: z.array(z.string()),
  zoneIds: z.array(z.string()),
  buildingCount: z.number().int(),
  membersAffected: z.number().int(),
  source: incidentSource,
  interventionId: z.string().nullable(),
  startedAt: z.string(),
  resolvedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof incident>;

/** One step of an incident's timeline (console only: notes and names are internal). */
const incidentUpdate = z.object({
  id: z.string(),
  kind: z.enum(['opened', 'updated', 'resolved', 'reopened', 'note']),
  publicTextFr: z.string().nullable(),
  publicTextEn: z.string().nullable(),
  note: z.string().nullable(),
  source: incidentSource,
  authorName: z.string().nullable(),
  at: z.string(),
});
export type IncidentUpdate = z.infer<typeof incidentUpdate>;
export const incidentDetail = incident.extend({ updates: z.array(incidentUpdate) });
export type IncidentDetail = z.infer<typeof incidentDetail>;

/** What an incident on these elements would reach, shown in the form before it is opened. */
export const incidentAreaPreview = z.object({
  relayIds: z.array(z.string()),
  sectorCount: z.number().int(),
  zoneIds: z.array(z.string()),
  buildingCount: z.number().int(),
  membersAffected: z.number().int(),
});
export type IncidentAreaPreview = z.infer<typeof incidentAreaPreview>;

export const listIncidentsInput = z.object({ status: incidentStatus.optional() }).default({});
export const listIncidentsOutput = z.object({ items: z.array(incident) });

/** CONTRACT §7 `/status.json`; severity, texts and sector ids are extras. No personal data. */
const publicIncident = z.object({
  id: z.string(),
  status: incidentStatus,
  title: z.string(),
  titleEn: z.string().optional(),
  text: z.string().optional(),
  textEn: z.string().optional(),
  severity: incidentSeverity,
  siteIds: z.array(z.string()),
  sectorIds: z.array(z.string()),
  zoneIds: z.array(z.string()),
  startedAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().optional(),
});
export type PublicIncident = z.infer<typeof publicIncident>;
export const publicStatus = z.object({ incidents: z.array(publicIncident) });
export type PublicStatus = z.infer<typeof publicStatus>;

export const incidentsInput = z.object({ id: z.uuid() });
