// installation.replaceOnt: a faulty ONT swapped at a member's home. Same installation (member, PTO,
// route); the old serial goes to the installation's history and becomes free for another home.
import { roleRank } from '../schemas/auth.ts';
import { replaceOntArgs } from '../schemas/installations.ts';
import { checkRxPower } from '../domain/optical.ts';
import type { Warning } from '../schemas/sync.ts';
import { reject } from './reject.ts';
import { defineMutator } from './types.ts';

export const replaceOnt = defineMutator({
  name: 'installation.replaceOnt',
  argsSchema: replaceOntArgs,
  async run(tx, args, ctx) {
    const current = await tx.get('installations', args.id);
    if (!current) throw reject('NOT_FOUND', 'Cette installation n’existe pas sur le serveur.');
    // The same rule as removing it: the technician who installed it, or the coordination.
    if (current.technicianId !== ctx.userId && roleRank[ctx.role] < roleRank.coordinator) {
      throw reject(
        'FORBIDDEN',
        'Seul le technicien de cette installation ou la coordination peut changer l’ONT.',
      );
    }
    if (current.status !== 'active') throw reject('INSTALLATION_REMOVED');
    if (current.technology !== 'fibre') {
      throw reject('INVALID_ARGS', 'Une installation radio n’a pas d’ONT.');
    }
    // A replay of this very replacement (or a second tap) changes nothing.
    if (current.ontSerial === args.ontSerial) return;
    const holder = await tx.findActiveInstallationByOntSerial(args.ontSerial);
    if (holder && holder.id !== args.id) {
      const where = holder.buildingId ? `, bâtiment ${holder.buildingId}` : '';
      throw reject('ONT_SERIAL_TAKEN', `${args.ontSerial} est actif ailleurs${where}.`);
    }
    const history = [...(current.ontHistory ?? [])];
    if (current.ontSerial) {
      history.push({
        serial: current.ontSerial,
        replacedAt: args.replacedAt,
        reason: args.reason ?? null,
        by: ctx.userId,
      });
    }
    await tx.update('installations', args.id, {
      ontSerial: args.ontSerial,
      ontHistory: history,
      ...(args.rxPowerDbm != null ? { rxPowerDbm: args.rxPowerDbm } : {}),
    });
    const warnings: Warning[] = [];
    if (args.rxPowerDbm != null) {
      const w = checkRxPower(args.rxPowerDbm);
      if (w) warnings.push(w);
    }
    return warnings.length ? { warnings } : undefined;
  },
});
