// Test helpers for the sync layer (unit tests run on fake-indexeddb in Node).
import type { MutatorContext } from '../../../shared/mutators/index.ts';
import type { Site } from '../../../shared/schemas/sync.ts';
import type { PullOutput, PushInput, PushOutput } from '../../../shared/schemas/sync.ts';
import type { TerrainDb } from '../db.ts';
import { openDevice } from '../device.ts';

export const tech: MutatorContext = {
  userId: '00000000-0000-4000-8000-000000000001',
  role: 'technician',
  clientId: '00000000-0000-4000-8000-0000000000c1',
};
export const FIXED_NOW = '2026-11-21T10:00:00.000Z';

let counter = 0;
export async function freshDevice(): Promise<{ db: TerrainDb; ctx: MutatorContext }> {
  counter += 1;
  const device = await openDevice({ id: tech.userId, role: 'technician' }, `test-${Date.now()}-${counter}`);
  return device;
}

export const siteA: Site = {
  id: 'site-a',
  zoneId: 'zone-a',
  name: 'A',
  position: { lat: 47.7, lon: 3.6 },
  support: null,
  host: null,
  accessNotes: null,
  groundAltitudeM: null,
  mastHeightM: null,
  backhaul: null,
  power: null,
  notes: null,
  status: 'active',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

let uuidCounter = 0;
/** Deterministic UUIDs (v4 shape) for readable assertions. */
export function uuid(n = ++uuidCounter): string {
  return `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`;
}

export function createArgs(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'repair' as const,
    summary: 'Switch PoE',
    startedAt: '2026-11-20T08:00:00+01:00',
    ...extra,
  };
}

/** A fake server for push: applies ids > last in order, with a per-id verdict. */
export function fakePushServer(
  verdict: (m: PushInput['mutations'][number]) => PushOutput['results'][number]['status'] = () => 'applied',
) {
  let last = 0;
  const calls: PushInput[] = [];
  return {
    calls,
    get last() {
      return last;
    },
    set last(v: number) {
      last = v;
    },
    push: async (input: PushInput): Promise<PushOutput> => {
      calls.push(input);
      const results: PushOutput['results'] = [];
      for (const m of input.mutations) {
        if (m.id <= last) {
          results.push({ id: m.id, status: 'duplicate' });
          continue;
        }
        const status = verdict(m);
        results.push(
          status === 'rejected'
            ? { id: m.id, status, code: 'ONT_SERIAL_TAKEN', message: 'déjà installé' }
            : { id: m.id, status },
        );
        last = m.id;
      }
      return { lastMutationId: last, results };
    },
  };
}

export function page(changes: PullOutput['changes'], extra: Partial<PullOutput> = {}): PullOutput {
  return { cursor: 'c', changes, lastMutationId: 0, more: false, reset: false, ...extra };
}
