// Alert channels: where alerts go, for which zones and events. Coordinators see them and send a test;
// admins add and disable them (where alerts go is configuration). A webhook's signing secret is shown
// once, right after it is created.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  alertEvents,
  channelKind,
  channelKinds,
  type AlertEvent,
  type ChannelKind,
  type ChannelsOverview,
} from '../../../shared/schemas/channels.ts';
import { hasRole, useSession } from '../../auth/session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { eventKey, kindKey, targetHintKey } from './labels.ts';

export function ChannelsSection({ overview }: { overview: ChannelsOverview | undefined }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const client = useQueryClient();
  const session = useSession();
  const isAdmin = session.status === 'ready' && !!session.user && hasRole(session.user, 'admin');
  const refresh = () => void client.invalidateQueries({ queryKey: trpc.channels.overview.queryKey() });
  const test = useMutation(trpc.channels.test.mutationOptions({ onSuccess: refresh }));
  const toggle = useMutation(trpc.channels.update.mutationOptions({ onSuccess: refresh }));
  const missing = overview
    ? (['telegram', 'matrix', 'email'] as const).filter((k) => !overview.configured[k])
    : [];

  return (
    <section className="coord-section" data-testid="channels">
      <h2>{t('ops.channels')}</h2>
      {missing.length > 0 && (
        <p className="coord-callout coord-callout--info">
          {t('ops.notConfigured')} {missing.map((k) => t(kindKey[k])).join(', ')}
        </p>
      )}
      {overview?.channels.length === 0 && <p>{t('ops.noChannel')}</p>}
      <ul className="ops-cards">
        {overview?.channels.map((c) => (
          <li key={c.id} className="coord-card ops-channel" data-testid="channel" data-enabled={c.enabled}>
            <div className="ops-channel__head">
              <strong>{t(kindKey[c.kind])}</strong>
              <span className={`ops-badge ops-badge--${c.enabled ? 'open' : 'off'}`}>
                {t(c.enabled ? 'ops.state.enabled' : 'ops.state.disabled')}
              </span>
            </div>
            <p className="ops-channel__target">{c.target}</p>
            <p>
              {t('ops.zones')} : {c.zoneIds.join(', ') || t('ops.allZones')} · {c.language.toUpperCase()}
            </p>
            <p className="ops-channel__events">{c.events.map((e) => t(eventKey[e])).join(' · ')}</p>
            <div className="ops-actions">
              <button type="button" className="button" onClick={() => test.mutate({ id: c.id })}>
                {t('ops.test')}
              </button>
              {isAdmin && (
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => toggle.mutate({ id: c.id, enabled: !c.enabled })}
                >
                  {t(c.enabled ? 'ops.disable' : 'ops.enable')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {test.isSuccess && <p role="status">{t('ops.tested')}</p>}
      {isAdmin ? (
        <details className="ops-add-toggle" data-testid="add-channel-toggle">
          <summary>{t('ops.addTitle')}</summary>
          <AddChannel onAdded={refresh} />
        </details>
      ) : (
        <p className="field__hint">{t('ops.adminOnly')}</p>
      )}
    </section>
  );
}

function AddChannel({ onAdded }: { onAdded(): void }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const zones = useQuery(trpc.inventory.get.queryOptions());
  const [kind, setKind] = useState<ChannelKind>('telegram');
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [zoneIds, setZoneIds] = useState<string[]>([]);
  const [events, setEvents] = useState<AlertEvent[]>([...alertEvents]);
  const [language, setLanguage] = useState<'fr' | 'en'>('fr');
  const create = useMutation(
    trpc.channels.create.mutationOptions({
      onSuccess: () => {
        setTarget('');
        setName('');
        onAdded();
      },
    }),
  );
  const flip = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      kind,
      target: target.trim(),
      zoneIds,
      events,
      language,
      ...(name.trim() ? { name } : {}),
    });
  };

  return (
    <form className="coord-card ops-add" onSubmit={submit} data-testid="add-channel">
      <div className="ops-texts">
        <label className="field">
          <span className="field__label">{t('ops.kind')}</span>
          <select
            className="field__input"
            value={kind}
            onChange={(e) => setKind(channelKind.catch(kind).parse(e.target.value))}
          >
            {channelKinds.map((k) => (
              <option key={k} value={k}>
                {t(kindKey[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('ops.target')}</span>
          <input
            className="field__input"
            value={target}
            placeholder={t(targetHintKey[kind])}
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('ops.name')}</span>
          <input className="field__input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('ops.language')}</span>
          <select
            className="field__input"
            value={language}
            onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'fr')}
          >
            <option value="fr">{t('ops.lang.fr')}</option>
            <option value="en">{t('ops.lang.en')}</option>
          </select>
        </label>
      </div>
      <fieldset className="ops-checks">
        <legend className="field__label">{t('ops.zone')}</legend>
        {zones.data?.zones.map((z) => (
          <label key={z.id} className="check-row">
            <input
              type="checkbox"
              checked={zoneIds.includes(z.id)}
              onChange={() => setZoneIds(flip(zoneIds, z.id))}
            />
            <span>{z.name}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="ops-checks">
        <legend className="field__label">{t('ops.events')}</legend>
        {alertEvents.map((ev) => (
          <label key={ev} className="check-row">
            <input
              type="checkbox"
              checked={events.includes(ev)}
              onChange={() => setEvents(flip(events, ev))}
            />
            <span>{t(eventKey[ev])}</span>
          </label>
        ))}
      </fieldset>
      {create.isError && (
        <p className="form__error" role="alert">
          {t('ops.addFailed')} {errorMessage(create.error, lang, t)}
        </p>
      )}
      {create.data?.secret && (
        <p className="coord-callout coord-callout--info" data-testid="webhook-secret">
          {t('ops.secret')} <code>{create.data.secret}</code>
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={create.isPending || !events.length}>
        {t('ops.add')}
      </button>
    </form>
  );
}
