// Installations at members' homes: mutation args and the synced row.
import { z } from 'zod';
import { macAddress, ontSerial, ptoReference } from './identifiers.ts';
import { isoDateTime, position } from './common.ts';
import { elementId } from './interventions.ts';

export const installationTechnology = z.enum(['fibre', 'radio']);

// Identifiers are normalised by the parse itself, so the mutator only ever sees the stored forms.
export const createInstallationArgs = z.object({
  id: z.uuid(),
  technology: installationTechnology,
  ontSerial: ontSerial.nullish(),
  cpeMac: macAddress.nullish(),
  ptoReference: ptoReference.nullish(),
  buildingId: elementId.nullish(),
  sectorId: elementId.nullish(),
  position: position.nullish(),
  /** Beyond this window the number is a typo, not a reading; inside it, out-of-spec only warns. */
  rxPowerDbm: z.number().finite().min(-60).max(10).nullish(),
  installedAt: isoDateTime,
  /** The installation job this closes (schema version 1 args, optional: older devices omit it). */
  jobId: z.uuid().nullish(),
});
export type CreateInstallationArgs = z.infer<typeof createInstallationArgs>;

/** Takes the equipment out of service: its ONT serial becomes free for another installation. */
export const removeInstallationArgs = z.object({ id: z.uuid() });

/**
 * Swaps a faulty ONT at an active installation (same member, same PTO): the old serial is kept in the
 * installation's history and becomes free; the new one must not be active elsewhere.
 */
export const replaceOntArgs = z.object({
  id: z.uuid(),
  ontSerial,
  replacedAt: isoDateTime,
  reason: z.string().trim().max(500).nullish(),
  /** A reading taken with the new ONT, if any. */
  rxPowerDbm: z.number().finite().min(-60).max(10).nullish(),
});
export type ReplaceOntArgs = z.infer<typeof replaceOntArgs>;

const ontHistoryEntry = z.object({
  serial: z.string(),
  replacedAt: z.string(),
  reason: z.string().nullable(),
  by: z.string(),
});

const nullableId = z.string().nullable();
export const installation = z.object({
  id: z.string(),
  technology: installationTechnology,
  status: z.enum(['active', 'removed']),
  ontSerial: z.string().nullable(),
  cpeMac: z.string().nullable(),
  ptoReference: z.string().nullable(),
  buildingId: nullableId,
  sectorId: nullableId,
  zoneId: nullableId,
  position: position.nullable(),
  rxPowerDbm: z.number().nullable(),
  installedAt: z.string(),
  technicianId: z.string(),
  /** The job it was recorded from; absent on rows written before jobs existed. */
  jobId: nullableId.optional(),
  ontHistory: z.array(ontHistoryEntry).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Installation = z.infer<typeof installation>;
export type InstallationWrite = Omit<Installation, 'createdAt' | 'updatedAt'>;

// Coordinators' views: the list (its filters are the export's query parameters), one installation.
const installationFilters = z.object({
  technology: installationTechnology.optional(),
  status: z.enum(['active', 'removed']).optional(),
  zoneId: elementId.optional(),
  technicianId: z.uuid().optional(),
  buildingId: elementId.optional(),
  /** Installed at or after / before these instants. */
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  /** Only fibre installations whose optical reading is outside the normal window (−27 to −8 dBm). */
  outOfWindow: z.boolean().optional(),
});
export type InstallationFilters = z.infer<typeof installationFilters>;
/** The same filters written in a URL (`?outOfWindow=true`). */
export const installationFiltersQuery = installationFilters.extend({
  outOfWindow: z.stringbool().optional(),
});

export const listInstallationsInput = installationFilters.extend({
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type ListInstallationsInput = z.infer<typeof listInstallationsInput>;

export const installationListItem = installation.extend({
  technicianName: z.string(),
  zoneName: z.string().nullable(),
  buildingAddress: z.string().nullable(),
  pmRef: z.string().nullable(),
  /** The building's PM as a fibre point, when the import could link it. */
  pmId: z.string().nullable().optional(),
  pmName: z.string().nullable().optional(),
  /** Its GPS fix, else its building's place. */
  place: position.nullable(),
  /** The ONT maker, from the serial's vendor prefix (`HWTC` → Huawei). */
  ontVendor: z.string().nullable(),
});
export type InstallationListItem = z.infer<typeof installationListItem>;
export const listInstallationsOutput = z.object({
  items: z.array(installationListItem),
  nextCursor: z.string().nullable(),
});

/** One installation with what ties it to the member (request, job) and to the network (its route). */
export const installationDetail = z.object({
  installation: installationListItem,
  job: z
    .object({ id: z.string(), scheduledFor: z.string(), status: z.string(), technicianName: z.string() })
    .nullable(),
  subscription: z.object({ id: z.string(), name: z.string(), status: z.string() }).nullable(),
  /**
   * PM → PBO → PTO, each null when the data does not say. `pmId`/`pboId` name fibre points (pages);
   * the PBO is the one of the building's PM nearest the building (buildings do not record theirs).
   */
  route: z.object({
    pm: z.string().nullable(),
    pmId: z.string().nullable().optional(),
    pbo: z.string().nullable(),
    pboId: z.string().nullable().optional(),
    pto: z.string().nullable(),
  }),
});
export type InstallationDetail = z.infer<typeof installationDetail>;
