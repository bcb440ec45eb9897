import {
  incident,
  incidentAreaPreview,
  incidentDetail,
  incidentElements,
  incidentsInput,
  listIncidentsInput,
  listIncidentsOutput,
  openIncidentInput,
  publicStatus as publicStatusSchema,
  resolveIncidentInput,
  updateIncidentInput,
} from '../../shared/schemas/incidents.ts';
import {
  getIncident,
  listIncidents,
  openIncident,
  resolveIncident,
  updateIncident,
} from '../services/operations/incidents.service.ts';
import { previewArea } from '../services/operations/incident-area.ts';
import { publicStatus } from '../services/operations/public-status.ts';
import { coordinatorProcedure, rateLimitedProcedure, router } from '../trpc.ts';

export const incidentsRouter = router({
  /** Public: the incidents in progress (as /status.json, open ones only), for the public map. */
  current: rateLimitedProcedure.output(publicStatusSchema).query(async ({ ctx }) => {
    const status = await publicStatus(ctx.db);
    return { incidents: status.incidents.filter((i) => i.status === 'open') };
  }),

  list: coordinatorProcedure
    .input(listIncidentsInput)
    .output(listIncidentsOutput)
    .query(async ({ ctx, input }) => ({ items: await listIncidents(ctx.db, input.status) })),

  get: coordinatorProcedure
    .input(incidentsInput)
    .output(incidentDetail)
    .query(({ ctx, input }) => getIncident(ctx.db, input.id)),

  /** The affected area and members estimate for elements being chosen in the form. */
  preview: coordinatorProcedure
    .input(incidentElements)
    .output(incidentAreaPreview)
    .query(({ ctx, input }) => previewArea(ctx.db, input)),

  open: coordinatorProcedure
    .input(openIncidentInput)
    .output(incident)
    .mutation(({ ctx, input }) => openIncident(ctx.db, input, ctx.user.id)),

  update: coordinatorProcedure
    .input(updateIncidentInput)
    .output(incident)
    .mutation(({ ctx, input }) => updateIncident(ctx.db, input, ctx.user.id)),

  resolve: coordinatorProcedure
    .input(resolveIncidentInput)
    .output(incident)
    .mutation(({ ctx, input }) => resolveIncident(ctx.db, input, ctx.user.id)),
});
