// Console imports (contract §5.1): a file is uploaded once, checked (dry run), then applied in the
// background while the console polls its progress. These are the shapes of the HTTP answers.
import { z } from 'zod';

/** Files above this size are refused before they are read (a 250,000-building IPE file is ~30 MB). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
/** The dry run lists this many rejections; the downloadable report has them all. */
export const PREVIEW_REJECTIONS = 50;

const importFormat = z.enum(['geojson', 'ipe', 'arcep', 'ban', 'terrain']);
export type ImportFormat = z.infer<typeof importFormat>;

const importRejection = z.object({
  line: z.number().int().optional(),
  index: z.number().int().optional(),
  reason: z.string(),
});

/** What applying the file would do, per kind of element ("buildings", "PM", "sites"…). */
const importPreviewCount = z.object({
  kind: z.string(),
  total: z.number().int(),
  /** Only where the dry run compared with the database (IPE buildings); null otherwise. */
  new: z.number().int().nullable(),
  changed: z.number().int().nullable(),
  unchanged: z.number().int().nullable(),
});

const importPreview = z.object({
  format: importFormat,
  /** The importer's description, with the encoding ("IPE (utf-8)"). */
  label: z.string(),
  counts: z.array(importPreviewCount),
  rejectedCount: z.number().int(),
  rejected: z.array(importRejection),
});
export type ImportPreview = z.infer<typeof importPreview>;

const importJobState = z.enum(['checked', 'running', 'done', 'failed']);

export const importJob = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  state: importJobState,
  preview: importPreview,
  /** Lines written so far while running (IPE files report as they go; other formats at the end). */
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  result: z
    .object({
      imported: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejectedCount: z.number().int(),
      details: z.string().nullable(),
      seconds: z.number(),
    })
    .nullable(),
  /** Why applying failed (the importer's words), when state is "failed". */
  failure: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;
