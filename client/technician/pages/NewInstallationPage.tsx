// A new installation, the one planned by a visit (?visite=<job id>: the form opens prefilled from the
// request and the saved installation closes the job), or the correction of a refused one
// (?corriger=<entry number>): the form opens with what was typed and the server's reason; saving
// queues a new installation.create that replaces the refused entry.
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { RejectionCard } from '../components/RejectionCard.tsx';
import type { SavedState } from '../components/SavedNotice.tsx';
import {
  emptyInstallationDraft,
  installationDraftFromArgs,
  installationDraftFromJob,
} from '../form/installation-draft.ts';
import { InstallationForm } from '../form/InstallationForm.tsx';
import { useJob } from '../jobs/queries.ts';
import { useSaveInstallation } from '../mutations.ts';
import { useOutboxEntry } from '../queries.ts';

export function NewInstallationPage() {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveInstallation();
  const [params] = useSearchParams();
  const fixing = Number(params.get('corriger') ?? 0);
  const entry = useOutboxEntry(fixing);
  const jobId = params.get('visite');
  const job = useJob(jobId);
  if ((fixing && entry === undefined) || (jobId && job === undefined)) {
    return <p className="page-status">{t('app.loading')}</p>;
  }
  const rejected = entry?.status === 'rejected' && entry.name === 'installation.create' ? entry : null;
  const initial = rejected
    ? installationDraftFromArgs(rejected.args)
    : job
      ? installationDraftFromJob(job)
      : emptyInstallationDraft();

  return (
    <div className="page__content tech-page">
      <h1>
        {rejected
          ? t('technician.install.fixTitle')
          : job
            ? t('jobs.formFor', { name: job.name })
            : t('technician.install.new')}
      </h1>
      <InstallationForm
        key={rejected?.id ?? job?.id ?? 'new'}
        initial={initial}
        submitLabel={rejected ? t('technician.form.resend') : t('technician.form.save')}
        onSubmit={async (args) => {
          const { queued } = await save(args, rejected?.id);
          const state: SavedState = { saved: { warnings: queued?.warnings.map((w) => w.message) } };
          void navigate('/technicien/installations', { state });
        }}
      >
        {job && !rejected && (
          <p className="notice" data-testid="job-notice">
            {[job.address, job.notes].filter(Boolean).join(' — ')}
            {(job.address || job.notes) && <br />}
            {t('jobs.formHint')}
          </p>
        )}
        {jobId && job === null && !rejected && <p className="notice notice--warn">{t('jobs.unknown')}</p>}
        {rejected && (
          <RejectionCard
            rejection={{
              entryId: rejected.id,
              name: rejected.name,
              code: rejected.code ?? '',
              message: rejected.message ?? '',
              args: rejected.args,
            }}
            fixTo={null}
          />
        )}
      </InstallationForm>
    </div>
  );
}
