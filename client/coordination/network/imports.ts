// The console side of /imports (server/import-http.ts): plain fetch, as the file is the raw body.
import { importJob, type ImportJob } from '../../../shared/schemas/imports.ts';
import { refusalInBody, type Refusal } from '../../lib/refusal.ts';

export type ImportAnswer =
  { ok: true; job: ImportJob } | { ok: false; refusal: Refusal | null; reason: string | null };

async function answer(res: Response): Promise<ImportAnswer> {
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, job: importJob.parse(body) };
  const reason =
    body && typeof body === 'object' && 'reason' in body && typeof body.reason === 'string'
      ? body.reason
      : null;
  return { ok: false, refusal: refusalInBody(body), reason };
}

/** Sends the file for its dry run. */
export async function uploadImport(file: File): Promise<ImportAnswer> {
  const res = await fetch(`/imports?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  return answer(res);
}

export async function applyImport(id: string): Promise<ImportAnswer> {
  return answer(await fetch(`/imports/${id}/apply`, { method: 'POST', credentials: 'same-origin' }));
}

export async function readImport(id: string): Promise<ImportAnswer> {
  return answer(await fetch(`/imports/${id}`, { credentials: 'same-origin', cache: 'no-store' }));
}

export const reportUrl = (id: string) => `/imports/${id}/report.txt`;
