// The coordination dashboard: weekly and monthly activity, what waits for someone, quiet devices and
// where people ask for the network. Counts only: no personal field reaches it.
import { z } from 'zod';

export const dashboardInput = z
  .object({
    /** How far back the charts go. */
    weeks: z.number().int().min(4).max(52).default(12),
    months: z.number().int().min(3).max(24).default(12),
  })
  .default({ weeks: 12, months: 12 });

export const dashboard = z.object({
  /** Monday of each week (Europe/Paris), oldest first, with a count per intervention kind. */
  interventionsPerWeek: z.array(z.object({ week: z.string(), kind: z.string(), count: z.number() })),
  /** First day of each month (Europe/Paris), with a count per technology. */
  installationsPerMonth: z.array(
    z.object({ month: z.string(), technology: z.enum(['fibre', 'radio']), count: z.number() }),
  ),
  followUps: z.object({
    toCorrect: z.number(),
    toReview: z.number(),
    rejections: z.number(),
    conflicts: z.number(),
    openJobs: z.number(),
  }),
  /** Technicians' devices whose last sync is older than 3 days, oldest first. */
  staleDevices: z.array(
    z.object({ clientId: z.string(), technicianName: z.string(), lastSeenAt: z.string() }),
  ),
  /** Interest registrations per commune (from the postcode and town of the address given). */
  demandByCommune: z.array(
    z.object({ commune: z.string().nullable(), connect: z.number(), share: z.number() }),
  ),
});
export type Dashboard = z.infer<typeof dashboard>;
export type DashboardInput = z.infer<typeof dashboardInput>;
