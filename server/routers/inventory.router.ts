// The network inventory: coordinators read it, admins edit it (every change versioned in the audit log).
import { z } from 'zod';
import { saveFibrePointArgs } from '../../shared/schemas/fibre-points.ts';
import {
  auditEntry,
  auditListInput,
  deleteInput,
  inventory,
  saveBuildingInput,
  saveSectorInput,
  saveSiteInput,
  saveZoneInput,
  setMembershipInput,
} from '../../shared/schemas/inventory.ts';
import * as service from '../services/inventory.service.ts';
import { adminProcedure, coordinatorProcedure, router } from '../trpc.ts';

const ok = z.object({ ok: z.literal(true) });
const done = { ok: true as const };

export const inventoryRouter = router({
  get: coordinatorProcedure.output(inventory).query(({ ctx }) => service.readInventory(ctx.db)),

  saveSite: adminProcedure
    .input(saveSiteInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.saveSite(ctx.db, ctx.user.id, input), done)),
  saveSector: adminProcedure
    .input(saveSectorInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.saveSector(ctx.db, ctx.user.id, input), done)),
  saveFibrePoint: adminProcedure
    .input(saveFibrePointArgs)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.saveFibrePoint(ctx.db, ctx.user.id, input), done)),
  saveBuilding: adminProcedure
    .input(saveBuildingInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.saveBuilding(ctx.db, ctx.user.id, input), done)),
  deleteSite: adminProcedure
    .input(deleteInput)
    .output(ok)
    .mutation(
      async ({ ctx, input }) => (await service.deleteElement(ctx.db, ctx.user.id, 'sites', input.id), done),
    ),
  deleteSector: adminProcedure
    .input(deleteInput)
    .output(ok)
    .mutation(
      async ({ ctx, input }) => (await service.deleteElement(ctx.db, ctx.user.id, 'sectors', input.id), done),
    ),
  deleteFibrePoint: adminProcedure
    .input(deleteInput)
    .output(ok)
    .mutation(
      async ({ ctx, input }) => (
        await service.deleteElement(ctx.db, ctx.user.id, 'fibre_points', input.id),
        done
      ),
    ),
  saveZone: adminProcedure
    .input(saveZoneInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.saveZone(ctx.db, ctx.user.id, input), done)),
  deleteZone: adminProcedure
    .input(deleteInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.deleteZone(ctx.db, ctx.user.id, input.id), done)),
  setMembership: adminProcedure
    .input(setMembershipInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => (await service.setMembership(ctx.db, ctx.user.id, input), done)),

  audit: adminProcedure
    .input(auditListInput)
    .output(z.array(auditEntry))
    .query(({ ctx, input }) => service.listAudit(ctx.db, input)),
});
