// The coordination dashboard (contract §2.5): the counts the console charts, computed on request.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Dashboard, DashboardInput } from '../../shared/schemas/dashboard.ts';
import * as repo from '../repositories/dashboard.repository.ts';

const DAY_MS = 86_400_000;
/** A device silent for longer may hold entries nobody has seen: worth a phone call. */
const STALE_DEVICE_DAYS = 3;

/**
 * "12 rue du Port, 89300 Joigny" → "89300 Joigny". The registration form takes a free address (often
 * the geocoder's label, which ends with the postcode and town); without a postcode, no commune.
 */
export function communeOf(address: string | null): string | null {
  const match = address?.match(/\b(\d{5})\s+([^,\d][^,]*?)\s*$/u);
  return match?.[1] && match[2] ? `${match[1]} ${match[2]}` : null;
}

export async function dashboard(db: Kysely<DB>, input: DashboardInput, now = new Date()): Promise<Dashboard> {
  const weeksAgo = new Date(now.getTime() - input.weeks * 7 * DAY_MS);
  const monthsAgo = new Date(now.getFullYear(), now.getMonth() - input.months + 1, 1);
  const [perWeek, perMonth, followUps, stale, places] = await Promise.all([
    repo.interventionsPerWeek(db, weeksAgo),
    repo.installationsPerMonth(db, monthsAgo),
    repo.followUps(db),
    repo.staleDevices(db, new Date(now.getTime() - STALE_DEVICE_DAYS * DAY_MS)),
    repo.registrationPlaces(db),
  ]);
  const byCommune = new Map<string | null, { connect: number; share: number }>();
  for (const p of places) {
    const commune = communeOf(p.address);
    const counts = byCommune.get(commune) ?? { connect: 0, share: 0 };
    counts[p.kind] += 1;
    byCommune.set(commune, counts);
  }
  return {
    interventionsPerWeek: perWeek,
    installationsPerMonth: perMonth,
    followUps,
    staleDevices: stale.map((d) => ({
      clientId: d.client_id,
      technicianName: d.name,
      lastSeenAt: new Date(d.last_seen_at).toISOString(),
    })),
    demandByCommune: [...byCommune]
      .map(([commune, c]) => ({ commune, ...c }))
      .sort(
        (a, b) =>
          b.connect + b.share - (a.connect + a.share) || (a.commune ?? '~').localeCompare(b.commune ?? '~'),
      ),
  };
}
