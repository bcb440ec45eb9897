// Installation mutators: equipment put in (or taken out of) a member's home.
import { checkPtoReference } from '../domain/identifiers.ts';
import { roleRank } from '../schemas/auth.ts';
import { checkRxPower } from '../domain/optical.ts';
import { createInstallationArgs, removeInstallationArgs } from '../schemas/installations.ts';
import type { Warning } from '../schemas/sync.ts';
import { resolveReferences } from './references.ts';
import { reject } from './reject.ts';
import { sameOwnerReplay } from './interventions.ts';
import { defineMutator, type MutatorContext } from './types.ts';

export const createInstallation = defineMutator({
  name: 'installation.create',
  argsSchema: createInstallationArgs,
  async run(tx, args, ctx) {
    // args.ontSerial is already in the stored 4+8 form (the args schema normalises it), so the
    // 16-hex and the 4+8 spellings of one ONT meet here.
    if (args.ontSerial) {
      const holder = await tx.findActiveInstallationByOntSerial(args.ontSerial);
      if (holder && holder.id !== args.id) {
        // Where and since when name another member's home: only for the holder's technician and coordinators.
        if (!mayManage(holder.technicianId, ctx)) {
          throw reject(
            'ONT_SERIAL_TAKEN',
            `(${args.ontSerial}) Un coordinateur peut retirer l’ancienne installation.`,
          );
        }
        const where = holder.buildingId ? `, bâtiment ${holder.buildingId}` : '';
        throw reject(
          'ONT_SERIAL_TAKEN',
          `${args.ontSerial} est actif depuis le ${holder.installedAt.slice(0, 10)}${where}. Retirez d’abord l’ancienne installation.`,
        );
      }
    }
    const refs = await resolveReferences(tx, { buildingId: args.buildingId, sectorId: args.sectorId });
    const warnings: Warning[] = [];
    if (args.rxPowerDbm != null && args.technology === 'fibre') {
      const w = checkRxPower(args.rxPowerDbm);
      if (w) warnings.push(w);
    }
    if (args.ptoReference) {
      const pto = checkPtoReference(args.ptoReference);
      if (pto.status === 'legacy') warnings.push({ code: 'PTO_LEGACY_FORMAT', message: pto.warning });
    }
    const inserted = await tx.insert('installations', {
      id: args.id,
      technology: args.technology,
      status: 'active',
      ontSerial: args.ontSerial ?? null,
      cpeMac: args.cpeMac ?? null,
      ptoReference: args.ptoReference ?? null,
      buildingId: refs.buildingId,
      sectorId: refs.sectorId,
      zoneId: refs.zoneId,
      position: args.position ?? null,
      rxPowerDbm: args.rxPowerDbm ?? null,
      installedAt: args.installedAt,
      technicianId: ctx.userId,
    });
    if (!inserted) return sameOwnerReplay(tx, 'installations', args.id, ctx);
    return warnings.length ? { warnings } : undefined;
  },
});

export const removeInstallation = defineMutator({
  name: 'installation.remove',
  argsSchema: removeInstallationArgs,
  async run(tx, args, ctx) {
    const current = await tx.get('installations', args.id);
    if (!current) throw reject('NOT_FOUND', 'Cette installation n’existe pas sur le serveur.');
    if (!mayManage(current.technicianId, ctx)) {
      throw reject(
        'FORBIDDEN',
        'Seul le technicien qui l’a posée ou un coordinateur peut retirer cette installation.',
      );
    }
    if (current.status === 'removed') return;
    await tx.update('installations', args.id, { status: 'removed' });
  },
});

/** The technician who installed it, or a coordinator (or admin). */
function mayManage(technicianId: string, ctx: MutatorContext): boolean {
  return technicianId === ctx.userId || roleRank[ctx.role] >= roleRank.coordinator;
}
