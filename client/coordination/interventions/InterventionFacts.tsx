import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { InterventionListItem } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FactList } from '../ui/FactList.tsx';
import { formatDateTime } from '../ui/format.ts';
import { BuildingLink, FibrePointLink } from '../ui/PlaceLinks.tsx';
import { useInventory } from '../installations/queries.ts';

export function InterventionFacts({ item }: { item: InterventionListItem }) {
  const { t, locale } = useI18n();
  const zones = useInventory().data?.zones;
  const zoneName = (id: string) => zones?.find((z) => z.id === id)?.name;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : null);
  const rows: [string, ReactNode][] = [
    [t('coordination.detail.started'), when(item.startedAt)],
    [t('coordination.detail.ended'), when(item.endedAt)],
    [t('coordination.detail.technician'), item.technicianName],
    [
      t('coordination.detail.site'),
      // The relay's name leads to its history.
      item.siteId && (
        <Link to={`/coordination/sites/${encodeURIComponent(item.siteId)}`}>
          {item.siteName ?? item.siteId}
        </Link>
      ),
    ],
    [t('coordination.detail.sector'), item.sectorId],
    [
      t('coordination.detail.building'),
      item.buildingId && <BuildingLink id={item.buildingId} address={item.buildingAddress} />,
    ],
    [
      t('coordination.detail.fibreNode'),
      item.fibreNodeId && <FibrePointLink id={item.fibreNodeId} name={item.fibrePointName} />,
    ],
    [t('coordination.detail.zone'), item.zoneId && (zoneName(item.zoneId) ?? item.zoneId)],
    [
      t('coordination.detail.position'),
      item.position && `${item.position.lat.toFixed(5)}, ${item.position.lon.toFixed(5)}`,
    ],
    [
      t('coordination.detail.updated'),
      `${when(item.updatedAt) ?? ''} · ${t('coordination.detail.version', { version: item.version })}`,
    ],
  ];
  return (
    <section className="coord-card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('coordination.detail.facts')}</h2>
      <FactList rows={rows} />
      {item.notes && (
        <>
          <h3>{t('coordination.detail.notes')}</h3>
          <p className="coord-notes">{item.notes}</p>
        </>
      )}
    </section>
  );
}
