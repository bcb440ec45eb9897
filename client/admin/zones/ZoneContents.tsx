// What a zone holds, by position or by hand: its relays and fibre points by name, its buildings counted.
import type { Inventory } from '../../../shared/schemas/inventory.ts';
import { useT } from '../../i18n/i18n.tsx';

export function ZoneContents({ zoneId, inventory }: { zoneId: string; inventory: Inventory }) {
  const t = useT();
  const zone = inventory.zones.find((z) => z.id === zoneId);
  const sites = inventory.sites.filter((s) => s.zoneId === zoneId);
  const points = inventory.fibrePoints.filter((p) => p.zoneId === zoneId);
  return (
    <section className="admin-contents" data-testid="zone-contents">
      <h3>{t('admin.zones.contents')}</h3>
      {zone && (
        <p className="coord-muted">
          {t('admin.zones.counts', {
            sites: zone.sites,
            points: zone.fibrePoints,
            buildings: zone.buildings,
          })}
        </p>
      )}
      {sites.length + points.length === 0 && <p className="coord-muted">{t('admin.zones.contentsNone')}</p>}
      <ul className="admin-tags">
        {sites.map((s) => (
          <li key={s.id}>
            <span className="admin-tag__kind">{t('admin.zones.site')}</span> {s.name}
          </li>
        ))}
        {points.slice(0, 60).map((p) => (
          <li key={p.id}>
            <span className="admin-tag__kind">
              {t(p.kind === 'pm' ? 'admin.zones.pm' : 'admin.zones.pbo')}
            </span>{' '}
            {p.name ?? p.id}
          </li>
        ))}
      </ul>
    </section>
  );
}
