// Operations in the console: incidents in progress and past ones (open, update, resolve), alert
// channels, and the outbox of outgoing messages. `?incident=<id>` shows one incident, `?ouvrir=1` the
// form to open one, so a link or the back button lands on the same screen.
import '../../styles/operations.css';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { Incident } from '../../../shared/schemas/incidents.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { ChannelsSection } from './ChannelsSection.tsx';
import { IncidentDetail } from './IncidentDetail.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import { OutboxSection } from './OutboxSection.tsx';
import { parisTime, severityKey } from './labels.ts';
import { useElementNames } from './names.ts';

export function OperationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const incidentId = params.get('incident');
  const show = (id: string | null) => setParams(id ? { incident: id } : {});

  return (
    <div className="coord-page ops-page" data-testid="operations-page">
      <h1>{t('ops.title')}</h1>
      {incidentId ? (
        <IncidentDetail id={incidentId} onBack={() => show(null)} />
      ) : params.get('ouvrir') ? (
        <IncidentForm onDone={show} />
      ) : (
        <Overview onOpenForm={() => setParams({ ouvrir: '1' })} onShow={show} />
      )}
    </div>
  );
}

function Overview({ onOpenForm, onShow }: { onOpenForm(): void; onShow(id: string): void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const incidents = useQuery({ ...trpc.incidents.list.queryOptions({}), refetchInterval: 30_000 });
  const overview = useQuery({ ...trpc.channels.overview.queryOptions(), refetchInterval: 15_000 });
  const open = incidents.data?.items.filter((i) => i.status === 'open') ?? [];
  const past = incidents.data?.items.filter((i) => i.status === 'resolved').slice(0, 10) ?? [];

  return (
    <>
      <section className="coord-section" data-testid="incidents">
        <div className="ops-section-head">
          <h2>{t('ops.incidents')}</h2>
          <button type="button" className="button button--primary" onClick={onOpenForm}>
            {t('ops.openIncident')}
          </button>
        </div>
        {incidents.data && open.length === 0 && <p>{t('ops.noIncident')}</p>}
        <ul className="ops-cards">
          {open.map((i) => (
            <IncidentCard key={i.id} incident={i} onShow={onShow} />
          ))}
        </ul>
      </section>
      <ChannelsSection overview={overview.data} />
      <OutboxSection overview={overview.data} />
      <section className="coord-section" data-testid="incident-history">
        <h2>{t('ops.history')}</h2>
        {incidents.data && past.length === 0 && <p>{t('ops.noHistory')}</p>}
        <ul className="ops-cards">
          {past.map((i) => (
            <IncidentCard key={i.id} incident={i} onShow={onShow} />
          ))}
        </ul>
      </section>
    </>
  );
}

function IncidentCard({ incident: i, onShow }: { incident: Incident; onShow(id: string): void }) {
  const { t, lang } = useI18n();
  const names = useElementNames();
  return (
    <li className={`coord-card ops-incident ops-incident--${i.severity}`} data-testid="incident-card">
      <div className="ops-channel__head">
        <strong>{i.titleFr}</strong>
        <span className={`ops-chip ops-chip--${i.severity}`}>{t(severityKey[i.severity])}</span>
      </div>
      <p>
        {i.status === 'open'
          ? `${t('ops.since')} ${parisTime(i.startedAt, lang)}`
          : `${t('ops.resolvedOn')} ${parisTime(i.resolvedAt, lang)}`}{' '}
        · {t('ops.members')} {i.membersAffected}
        {i.zoneIds.length > 0 && ` · ${names(i.zoneIds)}`}
      </p>
      <button type="button" className="button" onClick={() => onShow(i.id)}>
        {t('ops.details')}
      </button>
    </li>
  );
}
