// The root router only composes feature routers.
import { authRouter } from './routers/auth.router.ts';
import { networkRouter } from './routers/network.router.ts';
import { router } from './trpc.ts';
import { syncRouter } from './routers/sync.router.ts';
import { interventionsRouter } from './routers/interventions.router.ts';
import { attachmentsRouter } from './routers/attachments.router.ts';
import { eligibilityRouter } from './routers/eligibility.router.ts';
import { interestRouter } from './routers/interest.router.ts';
import { subscriptionRouter } from './routers/subscription.router.ts';
import { exportRouter } from './routers/export.router.ts';
import { addressesRouter } from './routers/addresses.router.ts';
import { usersRouter } from './routers/users.router.ts';
import { incidentsRouter } from './routers/incidents.router.ts';
import { channelsRouter } from './routers/channels.router.ts';
import { installationsRouter } from './routers/installations.router.ts';
import { jobsRouter } from './routers/jobs.router.ts';
import { inventoryRouter } from './routers/inventory.router.ts';
import { prospectsRouter } from './routers/prospects.router.ts';
import { surveysRouter } from './routers/surveys.router.ts';
import { terrainRouter } from './routers/terrain.router.ts';
import { placesRouter } from './routers/places.router.ts';
import { dashboardRouter } from './routers/dashboard.router.ts';

export const appRouter = router({
  sync: syncRouter,
  interventions: interventionsRouter,
  attachments: attachmentsRouter,
  auth: authRouter,
  network: networkRouter,
  eligibility: eligibilityRouter,
  interest: interestRouter,
  subscription: subscriptionRouter,
  export: exportRouter,
  addresses: addressesRouter,
  users: usersRouter,
  incidents: incidentsRouter,
  channels: channelsRouter,
  installations: installationsRouter,
  jobs: jobsRouter,
  inventory: inventoryRouter,
  prospects: prospectsRouter,
  surveys: surveysRouter,
  terrain: terrainRouter,
  places: placesRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;
