// Coordinators' side of installations: the list (filters shared with the exports), one installation
// with what ties it to the member and the network, and the console's replace-ONT / remove.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { ontVendors } from '../../shared/domain/identifiers.ts';
import { reject } from '../../shared/mutators/reject.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import type {
  InstallationDetail,
  InstallationListItem,
  ListInstallationsInput,
  ReplaceOntArgs,
} from '../../shared/schemas/installations.ts';
import type { Warning } from '../../shared/schemas/sync.ts';
import * as repo from '../repositories/installations.repository.ts';
import * as jobs from '../repositories/jobs.repository.ts';
import { nearestPbo } from '../repositories/places.repository.ts';
import { findSubscription } from '../repositories/subscription.repository.ts';
import { runConsoleMutation } from './console-mutation.ts';
import { toDomainRow } from './sync/rows.ts';

export function toInstallationItem(r: repo.ListedInstallationRow): InstallationListItem {
  const row = toDomainRow('installations', r.row);
  return {
    ...row,
    technicianName: r.technician_name,
    zoneName: r.zone_name,
    buildingAddress: r.building_address,
    pmRef: r.pm_ref,
    pmId: r.pm_id,
    pmName: r.pm_name,
    place: r.place_lat !== null && r.place_lon !== null ? { lat: r.place_lat, lon: r.place_lon } : null,
    ontVendor: row.ontSerial ? (ontVendors[row.ontSerial.slice(0, 4)] ?? null) : null,
  };
}

const listCursor = z.object({ t: z.iso.datetime(), id: z.uuid() });

function decodeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  let json: unknown = null;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // falls through to the refusal below
  }
  const parsed = listCursor.safeParse(json);
  if (!parsed.success) throw reject('INVALID_ARGS', 'Curseur de liste invalide.');
  return { at: new Date(parsed.data.t), id: parsed.data.id };
}

export async function listInstallations(
  db: Kysely<DB>,
  input: ListInstallationsInput,
): Promise<{ items: InstallationListItem[]; nextCursor: string | null }> {
  const { cursor, limit, ...filters } = input;
  const rows = await repo.listInstallations(db, filters, { after: decodeCursor(cursor), limit: limit + 1 });
  const items = rows.slice(0, limit).map(toInstallationItem);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify({ t: last.installedAt, id: last.id })).toString('base64url')
      : null;
  return { items, nextCursor };
}

async function getInstallationItem(db: Kysely<DB>, id: string): Promise<InstallationListItem> {
  const [row] = await repo.listInstallations(db, { id }, { after: null, limit: 1 });
  if (!row) throw reject('NOT_FOUND', 'Installation introuvable.');
  return toInstallationItem(row);
}

export async function replaceOntFromConsole(
  db: Kysely<DB>,
  user: SessionUser,
  args: ReplaceOntArgs,
): Promise<{ installation: InstallationListItem; warnings: Warning[] }> {
  const outcome = await runConsoleMutation(db, user, {
    name: 'installation.replaceOnt',
    args,
    table: 'installations',
  });
  return { installation: await getInstallationItem(db, args.id), warnings: outcome.warnings ?? [] };
}

export async function removeFromConsole(
  db: Kysely<DB>,
  user: SessionUser,
  id: string,
): Promise<InstallationListItem> {
  await runConsoleMutation(db, user, { name: 'installation.remove', args: { id }, table: 'installations' });
  return getInstallationItem(db, id);
}

export async function getInstallationDetail(db: Kysely<DB>, id: string): Promise<InstallationDetail> {
  const installation = await getInstallationItem(db, id);
  const [job] = installation.jobId ? await jobs.listJobs(db, { id: installation.jobId }) : [];
  const jobRow = job ? toDomainRow('installation_jobs', job.row) : null;
  const request = jobRow?.subscriptionId ? await findSubscription(db, jobRow.subscriptionId) : undefined;
  return {
    installation,
    job:
      jobRow && job
        ? {
            id: jobRow.id,
            scheduledFor: jobRow.scheduledFor,
            status: jobRow.status,
            technicianName: job.technician_name,
          }
        : null,
    subscription: request ? { id: request.id, name: request.name, status: request.status } : null,
    route: await routeOf(db, installation),
  };
}

/** Beyond this a PBO is not the building's: drops run along a street, not across a village. */
const PBO_REACH_M = 300;

async function routeOf(db: Kysely<DB>, i: InstallationListItem): Promise<InstallationDetail['route']> {
  const pbo = i.pmId && i.place ? await nearestPbo(db, i.pmId, i.place, PBO_REACH_M) : undefined;
  return {
    pm: i.pmName ?? i.pmRef ?? i.pmId ?? null,
    pmId: i.pmId ?? null,
    pbo: pbo ? (pbo.name ?? pbo.id) : null,
    pboId: pbo?.id ?? null,
    pto: i.ptoReference,
  };
}
