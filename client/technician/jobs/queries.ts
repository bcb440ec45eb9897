// The technician's planned visits ("Mes interventions prévues"), read from the device's database: the
// jobs arrive by sync.pull (only this technician's), so the list works offline. A job counts as done
// on the device as soon as an installation recorded here names it, before the server has closed it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { InstallationJob } from '../../../shared/schemas/jobs.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';

/** Open jobs not yet installed on this device, soonest first. */
export function openJobs(jobs: InstallationJob[], installedJobIds: ReadonlySet<string>): InstallationJob[] {
  return jobs
    .filter((j) => j.status === 'open' && !installedJobIds.has(j.id))
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.id.localeCompare(b.id));
}

export function useOpenJobs(): InstallationJob[] | undefined {
  const { db } = useDevice();
  return useLiveQuery(async () => {
    const installed = [...(await db.localInstallations.toArray()), ...(await db.installations.toArray())]
      .map((r) => r.jobId)
      .filter((id): id is string => !!id);
    return openJobs(await db.installation_jobs.toArray(), new Set(installed));
  }, [db]);
}

/** One job by id (open or not), for the installation form it prefills; null when unknown here. */
export function useJob(id: string | null): InstallationJob | null | undefined {
  const { db } = useDevice();
  return useLiveQuery(async () => (id ? ((await db.installation_jobs.get(id)) ?? null) : null), [db, id]);
}
