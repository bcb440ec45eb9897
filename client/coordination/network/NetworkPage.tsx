// `/coordination/reseau`: the network inventory on a map beside a panel. Coordinators read it; admins
// edit relays, sectors and fibre points (each save versioned on the server, reaching eligibility at
// once and technicians' phones on their next sync) and reach the imports.
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { hasRole, useSession } from '../../auth/session.ts';
import { CoverageMap } from '../../public-map/CoverageMap.tsx';
import { useNetworkConfig } from '../../public-map/queries.ts';
import { LoadError } from '../ui/QueryStatus.tsx';
import { FrameInventory, InventoryLayers, type SectorDraft, type Selection } from './InventoryLayers.tsx';
import { PointEditor } from './PointEditor.tsx';
import { useInventory } from './queries.ts';
import { SiteEditor } from './SiteEditor.tsx';

export function NetworkPage() {
  const { t } = useI18n();
  const session = useSession();
  const admin = session.status === 'ready' && session.user !== null && hasRole(session.user, 'admin');
  const inventory = useInventory();
  const config = useNetworkConfig();
  const [selection, setSelection] = useState<Selection>(null);
  const [draft, setDraft] = useState<SectorDraft | null>(null);
  const data = inventory.data;
  const select = (s: Selection) => {
    setDraft(null);
    setSelection(s);
  };
  const site = selection?.kind === 'site' ? data?.sites.find((s) => s.id === selection.id) : undefined;
  const point =
    selection?.kind === 'point' ? data?.fibrePoints.find((p) => p.id === selection.id) : undefined;
  const pms = data?.fibrePoints.filter((p) => p.kind === 'pm') ?? [];
  const tiles = config.data?.tileUrl
    ? { url: config.data.tileUrl, attribution: config.data.tileAttribution }
    : null;

  return (
    <div className="coord-page net-page" data-testid="network-page">
      <header className="net-page__head">
        <h1>{t('network.title')}</h1>
        {data && (
          <p className="coord-note">
            {t('network.count.sites', { count: data.sites.length })} ·{' '}
            {t('network.count.sectors', { count: data.sectors.length })} ·{' '}
            {t('network.count.fibre', { count: data.fibrePoints.length })}
          </p>
        )}
        {admin ? (
          <Link className="button" to="/coordination/reseau/import" data-testid="network-import-link">
            {t('network.import.link')}
          </Link>
        ) : (
          <p className="coord-note">{t('network.readOnly')}</p>
        )}
      </header>
      {inventory.isError && <LoadError error={inventory.error} onRetry={() => void inventory.refetch()} />}
      <div className="net-page__body">
        <div className="net-page__map">
          <CoverageMap label={t('network.title')} coverage={undefined} tiles={tiles}>
            {data && (
              <InventoryLayers inventory={data} selection={selection} draft={draft} onSelect={select} />
            )}
            {data && <FrameInventory inventory={data} selection={selection} />}
          </CoverageMap>
        </div>
        <aside className="net-page__panel">
          {site && data ? (
            <SiteEditor
              key={`${site.id}:${site.updatedAt}`}
              site={site}
              sectors={data.sectors.filter((s) => s.siteId === site.id)}
              editable={admin}
              onDraft={setDraft}
            />
          ) : point ? (
            <PointEditor key={`${point.id}:${point.updatedAt}`} point={point} pms={pms} editable={admin} />
          ) : (
            <>
              <p>
                {data && data.sites.length + data.fibrePoints.length === 0
                  ? t('network.empty')
                  : t('network.pick')}
              </p>
              <h2>{t('network.layer.sites')}</h2>
              <ul className="net-list">
                {data?.sites.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="net-list__item"
                      onClick={() => select({ kind: 'site', id: s.id })}
                    >
                      <span>{s.name}</span>
                      <span className={`net-status net-status--${s.status}`}>
                        {t(`network.status.${s.status}`)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              <h2>{t('network.layer.fibre')}</h2>
              <ul className="net-list">
                {pms.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="net-list__item"
                      onClick={() => select({ kind: 'point', id: p.id })}
                    >
                      <span>{`PM ${p.name ?? p.id}`}</span>
                      <span>{p.capacity ?? '—'}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {selection && (
            <button type="button" className="button net-page__back" onClick={() => select(null)}>
              {t('network.cancel')}
            </button>
          )}
        </aside>
      </div>
    </div>
  );
}
