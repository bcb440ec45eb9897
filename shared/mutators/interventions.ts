// Intervention mutators: what a technician does to a log entry offline.
import { roleRank } from '../schemas/auth.ts';
import {
  attachInterventionPhotosArgs,
  createInterventionArgs,
  updateInterventionArgs,
  type EditableField,
  type Intervention,
  type InterventionWrite,
} from '../schemas/interventions.ts';
import { resolveReferences } from './references.ts';
import { reject, sameValue } from './reject.ts';
import { defineMutator, type MutationTx, type MutatorContext } from './types.ts';

export const createIntervention = defineMutator({
  name: 'intervention.create',
  argsSchema: createInterventionArgs,
  async run(tx, args, ctx) {
    const refs = await resolveReferences(tx, args);
    const inserted = await tx.insert('interventions', {
      id: args.id,
      kind: args.kind,
      status: 'submitted',
      summary: args.summary,
      notes: args.notes ?? null,
      startedAt: args.startedAt,
      endedAt: args.endedAt ?? null,
      ...refs,
      position: args.position ?? null,
      measurements: args.measurements ?? null,
      photos: args.photos ?? [],
      technicianId: ctx.userId,
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
      updatedBy: ctx.userId,
    });
    if (!inserted) return sameOwnerReplay(tx, 'interventions', args.id, ctx);
    await tx.emit({
      kind: 'intervention.created',
      interventionId: args.id,
      interventionKind: args.kind,
      summary: args.summary,
      siteId: refs.siteId,
      zoneId: refs.zoneId,
    });
    if (args.outageInProgress && (args.kind === 'power' || args.kind === 'fibre_cut')) {
      await tx.emit({
        kind: 'outage.reported',
        interventionId: args.id,
        interventionKind: args.kind,
        summary: args.summary,
        siteId: refs.siteId,
        sectorId: refs.sectorId,
        fibreNodeId: refs.fibreNodeId,
        zoneId: refs.zoneId,
        startedAt: args.startedAt,
      });
    }
  },
});

/**
 * Ids are made on the device: the same record pushed again (a reinstalled app replaying its outbox)
 * changes nothing; someone else's id is refused.
 */
export async function sameOwnerReplay(
  tx: MutationTx,
  table: 'interventions' | 'installations',
  id: string,
  ctx: MutatorContext,
): Promise<void> {
  const existing = await tx.get(table, id);
  if (existing?.technicianId === ctx.userId) return;
  throw reject('FORBIDDEN', 'Cet identifiant est déjà celui d’un autre enregistrement.');
}

/** The record to edit, if this user may edit it: its technician, or a coordinator; never once approved. */
async function editable(tx: MutationTx, id: string, ctx: MutatorContext): Promise<Intervention> {
  const current = await tx.get('interventions', id);
  if (!current) throw reject('NOT_FOUND', 'Cette intervention n’existe pas sur le serveur.');
  if (current.technicianId !== ctx.userId && roleRank[ctx.role] < roleRank.coordinator) {
    throw reject('FORBIDDEN', 'Seul le technicien qui l’a saisie peut modifier cette intervention.');
  }
  if (current.status === 'approved') {
    throw reject('ALREADY_REVIEWED', 'Une intervention validée ne se modifie plus.');
  }
  return current;
}

/** Status after an edit: a technician's edit of a record sent back for changes resubmits it. */
function statusAfterEdit(current: Intervention, ctx: MutatorContext): Partial<InterventionWrite> {
  return current.status === 'changes_requested' && current.technicianId === ctx.userId
    ? { status: 'submitted' }
    : {};
}

const referenceFields: EditableField[] = ['siteId', 'sectorId', 'buildingId', 'fibreNodeId'];

export const updateIntervention = defineMutator({
  name: 'intervention.update',
  argsSchema: updateInterventionArgs,
  async run(tx, args, ctx) {
    const current = await editable(tx, args.id, ctx);
    const patch: Partial<InterventionWrite> = { ...args.set };
    for (const field of Object.keys(args.set) as EditableField[]) {
      const next = args.set[field];
      const now = current[field];
      // Someone changed this field since the device last saw it, to something else than this edit:
      // this edit, received later, wins, and the value it replaces is kept for coordinators.
      if (!sameValue(now, args.base[field]) && !sameValue(now, next)) {
        await tx.recordConflict({
          table: 'interventions',
          rowId: current.id,
          field,
          keptValue: next ?? null,
          overwrittenValue: now,
          loserUserId: current.updatedBy,
        });
      }
    }
    if (referenceFields.some((f) => f in args.set)) {
      const merged = { ...current, ...args.set };
      Object.assign(patch, await resolveReferences(tx, merged));
    }
    const startedAt = patch.startedAt ?? current.startedAt;
    const endedAt = patch.endedAt === undefined ? current.endedAt : patch.endedAt;
    if (endedAt && Date.parse(endedAt) < Date.parse(startedAt)) {
      throw reject('INVALID_ARGS', 'La fin est avant le début.');
    }
    await tx.update('interventions', args.id, {
      ...patch,
      ...statusAfterEdit(current, ctx),
      updatedBy: ctx.userId,
    });
  },
});

export const attachInterventionPhotos = defineMutator({
  name: 'intervention.attachPhotos',
  argsSchema: attachInterventionPhotosArgs,
  async run(tx, args, ctx) {
    const current = await editable(tx, args.id, ctx);
    const photos = [...new Set([...current.photos, ...args.photos])];
    if (photos.length === current.photos.length) return;
    await tx.update('interventions', args.id, {
      photos,
      ...statusAfterEdit(current, ctx),
      updatedBy: ctx.userId,
    });
  },
});
