// Installation jobs: a subscription request planned as a visit by one technician on a date. The row
// reaches that technician's device (and no other) through sync.pull; the installation recorded from it
// (installation.create with `jobId`) closes it and marks the request connected.
import { z } from 'zod';
import { isoDateTime, position } from './common.ts';

const jobStatus = z.enum(['open', 'done', 'cancelled']);

const nullableText = z.string().nullable();
/** The synced row, as the technician's device and the console see it. */
export const installationJob = z.object({
  id: z.string(),
  subscriptionId: nullableText,
  technicianId: z.string(),
  scheduledFor: z.string(),
  technology: z.enum(['fibre', 'radio']),
  name: z.string(),
  phone: nullableText,
  address: nullableText,
  position: position.nullable(),
  buildingId: nullableText,
  sectorId: nullableText,
  notes: nullableText,
  status: jobStatus,
  installationId: nullableText,
  updatedAt: z.string(),
});
export type InstallationJob = z.infer<typeof installationJob>;

export const createJobInput = z.object({
  /** Made by the console: a retry after a lost answer plans the visit once. */
  id: z.uuid(),
  subscriptionId: z.uuid(),
  technicianId: z.uuid(),
  scheduledFor: isoDateTime,
  notes: z.string().trim().max(2000).optional(),
});
export type CreateJobInput = z.infer<typeof createJobInput>;

export const cancelJobInput = z.object({ id: z.uuid() });

export const listJobsInput = z
  .object({ subscriptionId: z.uuid().optional(), status: jobStatus.optional() })
  .default({});
export type ListJobsInput = z.infer<typeof listJobsInput>;

export const jobListItem = installationJob.extend({ technicianName: z.string() });
export type JobListItem = z.infer<typeof jobListItem>;
