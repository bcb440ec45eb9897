// "Mes interventions prévues": the visits the office planned for this technician, on the device.
// Each opens the installation form prefilled from the request (?visite=<job id>).
import { Link } from 'react-router';
import type { InstallationJob } from '../../../shared/schemas/jobs.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../format.ts';
import { useOpenJobs } from './queries.ts';

export function JobsSection() {
  const { t } = useI18n();
  const jobs = useOpenJobs();
  if (jobs === undefined) return null;
  return (
    <section className="jobs" aria-labelledby="jobs-title" data-testid="jobs">
      <h2 id="jobs-title">{t('jobs.title')}</h2>
      {jobs.length === 0 ? (
        <p className="empty-state">{t('jobs.empty')}</p>
      ) : (
        <ul className="record-list">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      )}
    </section>
  );
}

function JobCard({ job }: { job: InstallationJob }) {
  const { t, locale } = useI18n();
  return (
    <li className="record-card job-card" data-testid="job">
      <span className="record-card__top">
        <span className="record-card__kind">{job.name}</span>
        <span className="record-card__meta">
          {t(job.technology === 'fibre' ? 'technician.install.fibre' : 'technician.install.radio')}
        </span>
      </span>
      <span className="record-card__summary">
        {t('jobs.scheduled', { date: formatDateTime(job.scheduledFor, locale) })}
      </span>
      {job.address && <span className="record-card__meta">{job.address}</span>}
      {job.notes && <span className="record-card__meta">« {job.notes} »</span>}
      <span className="job-card__actions">
        {job.phone && (
          <a className="button" href={`tel:${job.phone}`}>
            {t('jobs.call', { phone: job.phone })}
          </a>
        )}
        <Link className="button button--primary" to={`/technicien/installations/nouvelle?visite=${job.id}`}>
          {t('jobs.install')}
        </Link>
      </span>
    </li>
  );
}
