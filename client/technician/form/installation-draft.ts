// The installation form's state and its conversion to installation.create args. The shared schema
// normalises and validates identifiers (ONT serial, MAC, PTO): the form shows its verdict as typed.
import {
  createInstallationArgs,
  type CreateInstallationArgs,
} from '../../../shared/schemas/installations.ts';
import type { Position } from '../../../shared/schemas/common.ts';
import type { InstallationJob } from '../../../shared/schemas/jobs.ts';
import { fromLocalInput, parseDecimal, toLocalInput } from './values.ts';

export interface InstallationDraft {
  technology: 'fibre' | 'radio';
  ontSerial: string;
  cpeMac: string;
  ptoReference: string;
  buildingId: string | null;
  sectorId: string | null;
  rxPowerDbm: string;
  installedAt: string;
  position: (Position & { accuracyM?: number }) | null;
  /** The planned visit this installation closes, when opened from "Mes interventions prévues". */
  jobId: string | null;
}

export type InstallationErrors = Partial<Record<keyof InstallationDraft, string>>;

export function emptyInstallationDraft(now = new Date()): InstallationDraft {
  return {
    technology: 'fibre',
    ontSerial: '',
    cpeMac: '',
    ptoReference: '',
    buildingId: null,
    sectorId: null,
    rxPowerDbm: '',
    installedAt: toLocalInput(now.toISOString()),
    position: null,
    jobId: null,
  };
}

/** A planned visit's request as a new installation: its technology, building or sector and place. */
export function installationDraftFromJob(job: InstallationJob, now = new Date()): InstallationDraft {
  return {
    ...emptyInstallationDraft(now),
    technology: job.technology,
    buildingId: job.technology === 'fibre' ? job.buildingId : null,
    sectorId: job.technology === 'radio' ? job.sectorId : null,
    position: job.position,
    jobId: job.id,
  };
}

/** A refused entry's args back into the form, as the technician typed them. */
export function installationDraftFromArgs(args: unknown): InstallationDraft {
  const a = (args ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const pos = a.position as Position | null | undefined;
  return {
    technology: a.technology === 'radio' ? 'radio' : 'fibre',
    ontSerial: text(a.ontSerial),
    cpeMac: text(a.cpeMac),
    ptoReference: text(a.ptoReference),
    buildingId: typeof a.buildingId === 'string' ? a.buildingId : null,
    sectorId: typeof a.sectorId === 'string' ? a.sectorId : null,
    rxPowerDbm: typeof a.rxPowerDbm === 'number' ? String(a.rxPowerDbm) : '',
    installedAt:
      typeof a.installedAt === 'string'
        ? toLocalInput(a.installedAt)
        : toLocalInput(new Date().toISOString()),
    position: pos && typeof pos.lat === 'number' ? pos : null,
    jobId: typeof a.jobId === 'string' ? a.jobId : null,
  };
}

export function installationArgs(
  draft: InstallationDraft,
): { args: Omit<CreateInstallationArgs, 'id'> } | { errors: InstallationErrors } {
  const errors: InstallationErrors = {};
  const fibre = draft.technology === 'fibre';
  const rx = draft.rxPowerDbm.trim() ? parseDecimal(draft.rxPowerDbm) : null;
  if (draft.rxPowerDbm.trim() && rx === null) errors.rxPowerDbm = 'Nombre attendu.';
  const raw = {
    technology: draft.technology,
    ontSerial: draft.ontSerial.trim() || null,
    cpeMac: draft.cpeMac.trim() || null,
    ptoReference: fibre ? draft.ptoReference.trim() || null : null,
    buildingId: draft.buildingId,
    sectorId: fibre ? null : draft.sectorId,
    position: draft.position ? { lat: draft.position.lat, lon: draft.position.lon } : null,
    rxPowerDbm: fibre ? rx : null,
    installedAt: fromLocalInput(draft.installedAt) ?? '',
    ...(draft.jobId ? { jobId: draft.jobId } : {}),
  };
  const parsed = createInstallationArgs.safeParse({ id: '00000000-0000-4000-8000-000000000000', ...raw });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in draft)
        errors[field as keyof InstallationDraft] ??= issue.message;
    }
  }
  // The raw values are queued (the server normalises them again); the parse only validated them.
  return Object.keys(errors).length ? { errors } : { args: raw };
}
