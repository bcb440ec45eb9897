// Interventions: mutation args (the offline outbox speaks these), the synced row, coordinator views.
import { z } from 'zod';
import { sha256Hex } from './identifiers.ts';
import { isoDateTime, position } from './common.ts';

export const interventionKinds = [
  'maintenance',
  'repair',
  'installation',
  'survey',
  'alignment',
  'power',
  'fibre_splice',
  'fibre_cut',
  'other',
] as const;
export const interventionKind = z.enum(interventionKinds);
export type InterventionKind = z.infer<typeof interventionKind>;

const interventionStatuses = ['submitted', 'approved', 'changes_requested'] as const;
export const interventionStatus = z.enum(interventionStatuses);
export type InterventionStatus = z.infer<typeof interventionStatus>;

/** Network element ids come from imports (IPE ids ≤ 30 chars, GeoJSON ids ≤ 64). */
export const elementId = z.string().trim().min(1).max(64);

/** Readings taken on site: `{ "rssiDbm": -61, "ccq": 98, "note": "…" }`, kept small. */
const measurements = z
  .record(
    z.string().min(1).max(60),
    z.union([z.number().finite(), z.string().max(200), z.boolean(), z.null()]),
  )
  .refine((m) => Object.keys(m).length <= 50, 'au plus 50 mesures');

/** Photo ids (SHA-256), deduplicated, in the order taken. */
export const photoList = z
  .array(sha256Hex)
  .max(30)
  .transform((list) => [...new Set(list)]);

const summary = z.string().trim().min(1).max(500);
const notes = z.string().max(5000);

// Absent and null both mean "none": JSON clients write either.
export const createInterventionArgs = z
  .object({
    id: z.uuid(),
    kind: interventionKind,
    summary,
    startedAt: isoDateTime,
    endedAt: isoDateTime.nullish(),
    siteId: elementId.nullish(),
    sectorId: elementId.nullish(),
    buildingId: elementId.nullish(),
    fibreNodeId: elementId.nullish(),
    position: position.nullish(),
    measurements: measurements.nullish(),
    notes: notes.nullish(),
    photos: photoList.nullish(),
    /**
     * On a `power` or `fibre_cut` intervention: the outage is still going on. The server opens an
     * incident on the relay or fibre point (or joins the open one). Optional: version 1 args stay valid.
     */
    outageInProgress: z.boolean().nullish(),
  })
  .refine((a) => !a.endedAt || Date.parse(a.endedAt) >= Date.parse(a.startedAt), {
    path: ['endedAt'],
    message: 'La fin est avant le début.',
  });

/** The fields a technician edits after creation. Status and review fields belong to the review. */
const interventionEditable = z.object({
  kind: interventionKind,
  summary,
  notes: notes.nullable(),
  startedAt: isoDateTime,
  endedAt: isoDateTime.nullable(),
  siteId: elementId.nullable(),
  sectorId: elementId.nullable(),
  buildingId: elementId.nullable(),
  fibreNodeId: elementId.nullable(),
  position: position.nullable(),
  measurements: measurements.nullable(),
  photos: photoList,
});
export type InterventionEditable = z.infer<typeof interventionEditable>;
export type EditableField = keyof InterventionEditable;
export const editableFields = Object.keys(interventionEditable.shape) as EditableField[];

/**
 * `set` holds the new values; `base` the value the device held for each of those fields when the edit
 * was made. The server compares base with its current value, field by field: that is how two offline
 * edits of one field are told apart from edits of different fields (contract §3.5).
 */
export const updateInterventionArgs = z
  .object({
    id: z.uuid(),
    set: interventionEditable.partial(),
    base: interventionEditable.partial(),
  })
  .refine((a) => Object.keys(a.set).length > 0, { path: ['set'], message: 'Aucun champ modifié.' })
  .refine((a) => Object.keys(a.set).every((k) => k in a.base), {
    path: ['base'],
    message: 'Chaque champ modifié doit porter la valeur vue par l’appareil.',
  });

/** Adding photos is commutative (a set union): two devices adding photos never conflict. */
export const attachInterventionPhotosArgs = z.object({
  id: z.uuid(),
  photos: photoList.pipe(z.array(z.string()).min(1)),
});

const nullableId = z.string().nullable();
/** The synced row, as devices and coordinators see it. */
export const intervention = z.object({
  id: z.string(),
  kind: interventionKind,
  status: interventionStatus,
  summary: z.string(),
  notes: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  siteId: nullableId,
  sectorId: nullableId,
  buildingId: nullableId,
  fibreNodeId: nullableId,
  zoneId: nullableId,
  position: position.nullable(),
  measurements: z.record(z.string(), z.unknown()).nullable(),
  photos: z.array(z.string()),
  technicianId: z.string(),
  reviewComment: z.string().nullable(),
  reviewedBy: nullableId,
  reviewedAt: z.string().nullable(),
  version: z.number(),
  updatedBy: nullableId,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Intervention = z.infer<typeof intervention>;
/** What a mutator writes; the store keeps version and timestamps. */
export type InterventionWrite = Omit<Intervention, 'version' | 'createdAt' | 'updatedAt'>;

// Coordinator views: list, review, export.
export const interventionFilters = z.object({
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  status: interventionStatus.optional(),
  siteId: elementId.optional(),
  technicianId: z.uuid().optional(),
  kind: interventionKind.optional(),
  zoneId: elementId.optional(),
  /** A building's or a fibre point's history (their pages). */
  buildingId: elementId.optional(),
  fibreNodeId: elementId.optional(),
});
export type InterventionFilters = z.infer<typeof interventionFilters>;

export const listInterventionsInput = interventionFilters.extend({
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListInterventionsInput = z.infer<typeof listInterventionsInput>;

export const interventionListItem = intervention.extend({
  technicianName: z.string(),
  siteName: z.string().nullable(),
  photoCount: z.number(),
  /** Names for the ids, so no screen shows `IMB/89382/X/2VBR` where an address is known. */
  buildingAddress: z.string().nullable().optional(),
  fibrePointName: z.string().nullable().optional(),
  /** Where the map puts it: its GPS fix, else its relay, building or fibre point. */
  place: position.nullable().optional(),
  placeSource: z.enum(['gps', 'site', 'building', 'fibre_node']).nullable().optional(),
});
export type InterventionListItem = z.infer<typeof interventionListItem>;

export const listInterventionsOutput = z.object({
  items: z.array(interventionListItem),
  nextCursor: z.string().nullable(),
});

export const reviewDecision = z.enum(['approve', 'request_changes']);
export const reviewInterventionInput = z
  .object({ id: z.uuid(), decision: reviewDecision, comment: z.string().trim().max(2000).optional() })
  .refine((r) => r.decision === 'approve' || (r.comment ?? '').length > 0, {
    path: ['comment'],
    message: 'Un commentaire est requis pour demander des modifications.',
  });
export type ReviewInterventionInput = z.infer<typeof reviewInterventionInput>;

export const reviewEntry = z.object({
  at: z.string(),
  reviewerId: z.string().nullable(),
  reviewerName: z.string().nullable(),
  decision: reviewDecision,
  comment: z.string().nullable(),
});
export type ReviewEntry = z.infer<typeof reviewEntry>;

/** Someone who logs interventions, as the technician filter lists them (no contact details). */
export const technicianRef = z.object({ id: z.string(), name: z.string() });
