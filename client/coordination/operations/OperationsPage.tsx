// Operations in the console: incidents in progress (resolve), alert channels (add one), and the outbox
// of outgoing messages with each one's state and last error, so a silent channel is seen at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { channelKind, channelKinds, type ChannelKind } from '../../../shared/schemas/channels.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';

const when = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});
const fmt = (iso: string | null) => (iso ? when.format(new Date(iso)) : '—');

export function OperationsPage() {
  const t = useT();
  const trpc = useTRPC();
  const client = useQueryClient();
  const incidents = useQuery(trpc.incidents.list.queryOptions({ status: 'open' }));
  const overview = useQuery({ ...trpc.channels.overview.queryOptions(), refetchInterval: 15_000 });
  const refresh = () => void client.invalidateQueries();
  const resolve = useMutation(trpc.incidents.resolve.mutationOptions({ onSuccess: refresh }));
  const create = useMutation(trpc.channels.create.mutationOptions({ onSuccess: refresh }));
  const [kind, setKind] = useState<ChannelKind>('telegram');
  const [target, setTarget] = useState('');
  const [zone, setZone] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ kind, target, zoneIds: zone.trim() ? [zone.trim()] : [] });
  };

  return (
    <div className="coord-page" data-testid="operations-page">
      <h1>{t('ops.title')}</h1>
      <section>
        <h2>{t('ops.incidents')}</h2>
        {incidents.data?.items.length === 0 && <p>{t('ops.noIncident')}</p>}
        <ul className="ops-list">
          {incidents.data?.items.map((i) => (
            <li key={i.id}>
              <strong>{i.titleFr}</strong> — {fmt(i.startedAt)} — {t('ops.members')} {i.membersAffected}
              <button type="button" className="button" onClick={() => resolve.mutate({ id: i.id })}>
                {t('ops.resolve')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('ops.channels')}</h2>
        <table className="ops-table">
          <thead>
            <tr>
              <th>{t('ops.kind')}</th>
              <th>{t('ops.target')}</th>
              <th>{t('ops.zones')}</th>
              <th>{t('ops.events')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.data?.channels.map((c) => (
              <tr key={c.id}>
                <td>{c.kind}</td>
                <td>{c.target}</td>
                <td>{c.zoneIds.join(', ') || t('ops.allZones')}</td>
                <td>{c.events.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="ops-form" onSubmit={submit}>
          <select
            aria-label={t('ops.kind')}
            value={kind}
            onChange={(e) => setKind(channelKind.catch(kind).parse(e.target.value))}
          >
            {channelKinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <input
            aria-label={t('ops.target')}
            placeholder={t('ops.target')}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
          <input
            aria-label={t('ops.zone')}
            placeholder={t('ops.zone')}
            value={zone}
            onChange={(e) => setZone(e.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('ops.add')}
          </button>
          {create.isError && <p role="alert">{t('ops.addFailed')}</p>}
        </form>
      </section>
      <section>
        <h2>{t('ops.outbox')}</h2>
        <table className="ops-table">
          <thead>
            <tr>
              <th>{t('ops.message')}</th>
              <th>{t('ops.target')}</th>
              <th>{t('ops.state')}</th>
              <th>{t('ops.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.data?.outbox.map((m) => (
              <tr key={m.id}>
                <td>{m.subject}</td>
                <td>
                  {m.kind} {m.target}
                </td>
                <td>
                  {m.sentAt
                    ? `${t('ops.sent')} ${fmt(m.sentAt)}`
                    : `${t('ops.waiting')} (${m.attempts}) → ${fmt(m.nextAttemptAt)}`}
                </td>
                <td>{m.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
