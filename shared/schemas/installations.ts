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
});
export type CreateInstallationArgs = z.infer<typeof createInstallationArgs>;

/** Takes the equipment out of service: its ONT serial becomes free for another installation. */
export const removeInstallationArgs = z.object({ id: z.uuid() });
export type RemoveInstallationArgs = z.infer<typeof removeInstallationArgs>;

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
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Installation = z.infer<typeof installation>;
export type InstallationWrite = Omit<Installation, 'createdAt' | 'updatedAt'>;
