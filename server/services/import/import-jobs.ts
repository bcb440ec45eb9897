// Console imports as jobs: a checked upload waits (in this process's memory, an hour at most) for the
// admin to apply it; applying runs in the background, by the same importFile the CLI uses, and the
// console polls the job for its progress. One import runs at a time per server process: two big
// imports at once would only halve each other's pace and double the load on public requests.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../../shared/errors.ts';
import type { ImportJob } from '../../../shared/schemas/imports.ts';
import { audit } from '../../repositories/audit.repository.ts';
import { detectFileFormat, importFile, UNRECOGNISED_FORMAT } from './detect.ts';
import { previewImport, shortReason } from './preview.ts';
import { formatReport, type ImportReport } from './report.ts';

const KEEP_MS = 60 * 60 * 1000;
const MAX_JOBS = 8;

interface Job {
  db: Kysely<DB>;
  ownerId: string;
  bytes: Buffer | null;
  createdAt: number;
  view: ImportJob;
  report: ImportReport | null;
}

const jobs = new Map<string, Job>();

/** A file the whole of which cannot be imported: the reason is the importer's, for the admin to read. */
export class UnreadableImport extends Error {}

function forget(now: number): void {
  for (const [id, job] of jobs) {
    if (job.view.state !== 'running' && now - job.createdAt > KEEP_MS) jobs.delete(id);
  }
  // Oldest first: a Map iterates in insertion order.
  for (const [id, job] of jobs) {
    if (jobs.size <= MAX_JOBS) break;
    if (job.view.state !== 'running') jobs.delete(id);
  }
}

/** Reads the file and answers what applying it would change; the job waits for `applyImport`. */
export async function checkImport(
  db: Kysely<DB>,
  ownerId: string,
  fileName: string,
  bytes: Buffer,
): Promise<ImportJob> {
  const format = detectFileFormat(bytes);
  if (!format) throw new UnreadableImport(UNRECOGNISED_FORMAT);
  let preview;
  try {
    preview = await previewImport(db, format, bytes);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new UnreadableImport(shortReason(err instanceof Error ? err.message : String(err)));
  }
  const now = Date.now();
  forget(now);
  const id = randomUUID();
  const view: ImportJob = {
    id,
    fileName,
    sizeBytes: bytes.length,
    state: 'checked',
    preview,
    progress: { done: 0, total: 0 },
    result: null,
    failure: null,
  };
  jobs.set(id, { db, ownerId, bytes, createdAt: now, view, report: null });
  return view;
}

/** The job as its console sees it; jobs are the admins' (any admin may follow another's import). */
export function findImport(db: Kysely<DB>, id: string): ImportJob | null {
  const job = jobs.get(id);
  return job && job.db === db ? job.view : null;
}

/** The full report as text (every rejection), once the job is done. */
export function importReportText(db: Kysely<DB>, id: string): string | null {
  const job = jobs.get(id);
  if (!job || job.db !== db) return null;
  const { view } = job;
  const head = [`${view.fileName} (${view.sizeBytes} bytes)`];
  if (job.report) return [...head, formatReport(job.report)].join('\n') + '\n';
  const p = view.preview;
  const dry = p.rejected.map(
    (r) => `  rejected ${r.line !== undefined ? `line ${r.line}` : `feature ${r.index}`}: ${r.reason}`,
  );
  const counts = p.counts.map((c) => `  ${c.kind}: ${c.total}`);
  return [...head, `${p.label} (dry run): ${p.rejectedCount} rejected`, ...counts, ...dry].join('\n') + '\n';
}

/**
 * Starts writing a checked file and returns at once; `done` (tests, the benchmark) resolves when the
 * import ends. Refused while another import runs in this process.
 */
export function applyImport(
  db: Kysely<DB>,
  actorId: string,
  id: string,
): { job: ImportJob; done: Promise<void> } | null {
  const job = jobs.get(id);
  if (!job || job.db !== db) return null;
  if (job.view.state !== 'checked' || !job.bytes) throw new DomainError('IMPORT_ALREADY_APPLIED');
  if ([...jobs.values()].some((j) => j.view.state === 'running')) throw new DomainError('IMPORT_BUSY');
  const bytes = job.bytes;
  job.bytes = null;
  job.view = { ...job.view, state: 'running' };
  const started = performance.now();
  const done = importFile(db, bytes, job.view.fileName, (p) => {
    job.view = { ...job.view, progress: p };
  })
    .then(async (report) => {
      job.report = report;
      job.view = {
        ...job.view,
        state: 'done',
        result: {
          imported: report.imported,
          updated: report.updated,
          unchanged: report.unchanged,
          rejectedCount: report.rejected.length,
          details: report.details ?? null,
          seconds: Math.round((performance.now() - started) / 100) / 10,
        },
      };
      job.view.progress = { done: job.view.progress.total, total: job.view.progress.total };
      await audit(db, {
        actorId,
        action: 'import',
        details: {
          file: job.view.fileName,
          format: job.view.preview.format,
          imported: report.imported,
          updated: report.updated,
        },
      });
    })
    .catch((err: unknown) => {
      job.view = {
        ...job.view,
        state: 'failed',
        failure: shortReason(err instanceof Error ? err.message : String(err)),
      };
    });
  return { job: job.view, done };
}
