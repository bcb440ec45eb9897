// Coordinators' review beyond one record: approving many at once, and what changed between versions.
import { z } from 'zod';

export const bulkApproveInput = z.object({
  ids: z
    .array(z.uuid())
    .min(1)
    .max(200)
    .transform((ids) => [...new Set(ids)]),
  comment: z.string().trim().max(2000).optional(),
});
export type BulkApproveInput = z.infer<typeof bulkApproveInput>;

export const bulkApproveOutput = z.object({
  approved: z.array(z.string()),
  /** Already approved (by someone else meanwhile) or missing: left as they were. */
  skipped: z.array(z.object({ id: z.string(), code: z.enum(['ALREADY_REVIEWED', 'NOT_FOUND']) })),
});
export type BulkApproveOutput = z.infer<typeof bulkApproveOutput>;

export const versionDiffInput = z.object({
  id: z.uuid(),
  /** Defaults: the last version a coordinator reviewed (else 1), and the current one. */
  from: z.number().int().min(1).optional(),
  to: z.number().int().min(1).optional(),
});
export type VersionDiffInput = z.infer<typeof versionDiffInput>;

export const versionDiffOutput = z.object({
  versions: z.array(z.object({ version: z.number(), at: z.string(), byName: z.string().nullable() })),
  from: z.number(),
  to: z.number(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type VersionDiffOutput = z.infer<typeof versionDiffOutput>;
