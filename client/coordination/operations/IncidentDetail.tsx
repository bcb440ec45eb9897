// One incident: what it reaches, its timeline (each step, public words and internal notes apart), a
// form to post an update, and "resolve" with an optional closing message for the public.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { IncidentDetail as Detail, IncidentSeverity } from '../../../shared/schemas/incidents.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { LoadError, Loading } from '../ui/QueryStatus.tsx';
import { SeverityField, TextInput } from './IncidentForm.tsx';
import { parisTime, severityKey, sourceKey, stepKey } from './labels.ts';
import { useElementNames } from './names.ts';

export function IncidentDetail({ id, onBack }: { id: string; onBack(): void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const incident = useQuery(trpc.incidents.get.queryOptions({ id }));
  return (
    <div className="ops-detail" data-testid="incident-detail">
      <button type="button" className="button button--ghost" onClick={onBack}>
        {t('ops.back')}
      </button>
      {incident.isPending && <Loading />}
      {incident.isError && <LoadError error={incident.error} onRetry={() => void incident.refetch()} />}
      {incident.data && <Loaded incident={incident.data} />}
    </div>
  );
}

function Loaded({ incident: i }: { incident: Detail }) {
  const { t, lang } = useI18n();
  const names = useElementNames();
  const open = i.status === 'open';
  return (
    <>
      <header className="ops-detail__head">
        <h2>{i.titleFr}</h2>
        <span className={`ops-badge ops-badge--${i.status}`} data-testid="incident-status">
          {t(open ? 'ops.status.open' : 'ops.status.resolved')}
        </span>
        <span className={`ops-chip ops-chip--${i.severity}`}>{t(severityKey[i.severity])}</span>
      </header>
      <div className="coord-columns">
        <section className="coord-section">
          <h3>{t('ops.detail.facts')}</h3>
          <dl className="coord-facts coord-facts--compact">
            <Fact label={t('ops.since')} value={parisTime(i.startedAt, lang)} />
            {i.resolvedAt && <Fact label={t('ops.resolvedOn')} value={parisTime(i.resolvedAt, lang)} />}
            <Fact label={t('ops.detail.source')} value={t(sourceKey[i.source])} />
            <Fact label={t('ops.area.members')} value={String(i.membersAffected)} />
            <Fact label={t('ops.area.relays')} value={names(i.siteIds.concat(i.sectorIds))} />
            <Fact label={t('ops.form.points')} value={names(i.fibrePointIds)} />
            <Fact label={t('ops.area.buildings')} value={String(i.buildingCount)} />
            <Fact label={t('ops.area.zones')} value={names(i.zoneIds)} />
          </dl>
          {i.internalNotes && <p className="coord-notes">{i.internalNotes}</p>}
        </section>
        <section className="coord-section">
          <h3>{t('ops.detail.timeline')}</h3>
          <ol className="ops-timeline" data-testid="incident-timeline">
            {i.updates.map((u) => (
              <li key={u.id}>
                <strong>{t(stepKey[u.kind])}</strong> — {parisTime(u.at, lang)}
                {u.authorName ? ` — ${u.authorName}` : ` — ${t(sourceKey[u.source])}`}
                {u.publicTextFr && (
                  <p>
                    {t('ops.step.public')} {u.publicTextFr}
                  </p>
                )}
                {u.publicTextEn && <p lang="en">{u.publicTextEn}</p>}
                {u.note && (
                  <p className="ops-timeline__note">
                    {t('ops.step.internal')} {u.note}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
      {open && <UpdateForm incident={i} />}
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="coord-facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function UpdateForm({ incident: i }: { incident: Detail }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const client = useQueryClient();
  const [severity, setSeverity] = useState<IncidentSeverity>(i.severity);
  const [fr, setFr] = useState('');
  const [en, setEn] = useState('');
  const [notes, setNotes] = useState('');
  const [done, setDone] = useState<'updated' | 'resolved' | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: trpc.incidents.pathKey() });
  const clear = () => {
    setFr('');
    setEn('');
    setNotes('');
  };
  const update = useMutation(
    trpc.incidents.update.mutationOptions({
      onSuccess: () => {
        clear();
        setDone('updated');
        refresh();
      },
    }),
  );
  const resolve = useMutation(
    trpc.incidents.resolve.mutationOptions({
      onSuccess: () => {
        clear();
        setDone('resolved');
        refresh();
      },
    }),
  );
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const notesLine = text(notes);
    update.mutate({
      id: i.id,
      ...(severity !== i.severity ? { severity } : {}),
      ...(text(fr) ? { publicTextFr: text(fr) } : {}),
      ...(text(en) ? { publicTextEn: text(en) } : {}),
      ...(notesLine ? { internalNotes: [i.internalNotes, notesLine].filter(Boolean).join('\n') } : {}),
    });
  };
  const nothing = severity === i.severity && !text(fr) && !text(en) && !text(notes);

  return (
    <form className="coord-card ops-update" onSubmit={submit} data-testid="incident-update">
      <h3>{t('ops.detail.update')}</h3>
      <SeverityField value={severity} onChange={setSeverity} />
      <div className="ops-texts">
        <TextInput label={t('ops.form.textFr')} value={fr} onChange={setFr} multiline />
        <TextInput label={t('ops.form.textEn')} value={en} onChange={setEn} multiline />
      </div>
      <TextInput label={t('ops.form.notes')} value={notes} onChange={setNotes} multiline />
      {(update.isError || resolve.isError) && (
        <p className="form__error" role="alert">
          {t('ops.detail.failed')}
        </p>
      )}
      {done && <p role="status">{t(done === 'updated' ? 'ops.detail.updated' : 'ops.detail.resolved')}</p>}
      <div className="ops-actions">
        <button type="submit" className="button button--primary" disabled={nothing || update.isPending}>
          {t('ops.detail.updateSubmit')}
        </button>
        <button
          type="button"
          className="button coord-danger"
          disabled={resolve.isPending}
          onClick={() => resolve.mutate({ id: i.id, publicTextFr: text(fr), publicTextEn: text(en) })}
        >
          {t('ops.resolve')}
        </button>
      </div>
    </form>
  );
}
