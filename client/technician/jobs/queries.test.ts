import { describe, expect, it } from 'vitest';
import type { InstallationJob } from '../../../shared/schemas/jobs.ts';
import { openJobs } from './queries.ts';

const job = (
  id: string,
  scheduledFor: string,
  status: InstallationJob['status'] = 'open',
): InstallationJob => ({
  id,
  subscriptionId: null,
  technicianId: 't',
  scheduledFor,
  technology: 'fibre',
  name: 'Alice',
  phone: null,
  address: null,
  position: null,
  buildingId: null,
  sectorId: null,
  notes: null,
  status,
  installationId: null,
  updatedAt: scheduledFor,
});

describe('openJobs', () => {
  it('keeps open jobs not installed on the device, soonest first', () => {
    const jobs = [
      job('late', '2026-12-05T09:00:00Z'),
      job('done', '2026-12-01T09:00:00Z', 'done'),
      job('cancelled', '2026-12-01T10:00:00Z', 'cancelled'),
      job('installed-here', '2026-12-02T09:00:00Z'),
      job('soon', '2026-12-03T09:00:00Z'),
    ];
    expect(openJobs(jobs, new Set(['installed-here'])).map((j) => j.id)).toEqual(['soon', 'late']);
  });
});
