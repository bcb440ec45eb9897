// A subscription request turned into an installation job: a technician and a date. The job reaches
// that technician's phone on its next sync ("Mes interventions prévues"); the installation recorded
// from it closes the job and marks the request connected.
import { useState, type FormEvent } from 'react';
import type { JobListItem } from '../../../shared/schemas/jobs.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTechnicians } from '../interventions/queries.ts';
import { formatDateTime } from '../ui/format.ts';
import { fromLocalInput } from '../ui/local-time.ts';
import { useCancelJob, usePlanJob } from './mutations.ts';

/** The request's visits, newest first, with "cancel" on the open one. */
export function JobLines({ jobs }: { jobs: JobListItem[] }) {
  const { t, locale, lang } = useI18n();
  const cancel = useCancelJob();
  if (!jobs.length) return null;
  return (
    <ul className="coord-jobs">
      {jobs.map((j) => (
        <li key={j.id} data-testid="job" data-status={j.status}>
          {t(`office.jobs.line.${j.status}`, {
            date: formatDateTime(j.scheduledFor, locale),
            name: j.technicianName,
          })}
          {j.status === 'open' && (
            <button
              type="button"
              className="button button--small"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate({ id: j.id })}
            >
              {t('office.jobs.cancel')}
            </button>
          )}
        </li>
      ))}
      {cancel.isError && (
        <li className="form__error" role="alert">
          {errorMessage(cancel.error, lang, t)}
        </li>
      )}
    </ul>
  );
}

export function PlanJob({ subscriptionId }: { subscriptionId: string }) {
  const { t, lang } = useI18n();
  const technicians = useTechnicians();
  const plan = usePlanJob();
  const [open, setOpen] = useState(false);
  const [technicianId, setTechnicianId] = useState('');
  const [when, setWhen] = useState('');
  const [notes, setNotes] = useState('');
  if (!open) {
    return (
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t('office.jobs.plan')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scheduledFor = fromLocalInput(when);
    if (!scheduledFor || !technicianId) return;
    plan.mutate(
      { id: crypto.randomUUID(), subscriptionId, technicianId, scheduledFor, notes: notes || undefined },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <form className="coord-plan" onSubmit={submit} data-testid="plan-job">
      <label className="field">
        <span className="field__label">{t('coordination.filters.technician')}</span>
        <select
          className="field__input"
          value={technicianId}
          required
          onChange={(e) => setTechnicianId(e.target.value)}
        >
          <option value="">{t('office.jobs.chooseTechnician')}</option>
          {technicians.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('office.jobs.when')}</span>
        <input
          className="field__input"
          type="datetime-local"
          value={when}
          required
          onChange={(e) => setWhen(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('office.jobs.notes')}</span>
        <input
          className="field__input"
          value={notes}
          maxLength={2000}
          onChange={(e) => setNotes(e.target.value)}
        />
      </label>
      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={plan.isPending}>
          {t('office.jobs.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('coordination.prospects.deleteNo')}
        </button>
      </div>
      {plan.isError && (
        <p className="form__error" role="alert">
          {errorMessage(plan.error, lang, t)}
        </p>
      )}
    </form>
  );
}
