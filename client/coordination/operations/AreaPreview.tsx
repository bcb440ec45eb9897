// The area an incident reaches, computed by the server from the network as elements are ticked: the
// sectors of a relay, the buildings behind a PM/PBO, and an estimate of the members affected.
import { useQuery } from '@tanstack/react-query';
import type { IncidentElements } from '../../../shared/schemas/incidents.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useElementNames } from './names.ts';

export const hasElement = (e: IncidentElements) =>
  e.siteIds.length + e.sectorIds.length + e.fibrePointIds.length + e.zoneIds.length > 0;

export function AreaPreview({ elements }: { elements: IncidentElements }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const names = useElementNames();
  const preview = useQuery({
    ...trpc.incidents.preview.queryOptions(elements),
    enabled: hasElement(elements),
    placeholderData: (previous) => previous,
  });
  const a = preview.data;
  return (
    <section className="ops-area" aria-live="polite" data-testid="incident-area">
      <h3>{t('ops.area.title')}</h3>
      {!hasElement(elements) && <p>{t('ops.area.none')}</p>}
      {hasElement(elements) && preview.isError && <p role="alert">{errorMessage(preview.error, lang, t)}</p>}
      {hasElement(elements) && a && (
        <dl className="ops-area__facts">
          <div>
            <dt>{t('ops.area.members')}</dt>
            <dd data-testid="members-affected">{a.membersAffected}</dd>
          </div>
          <div>
            <dt>{t('ops.area.relays')}</dt>
            <dd>{names(a.relayIds)}</dd>
          </div>
          <div>
            <dt>{t('ops.area.sectors')}</dt>
            <dd>{a.sectorCount}</dd>
          </div>
          <div>
            <dt>{t('ops.area.buildings')}</dt>
            <dd>{a.buildingCount}</dd>
          </div>
          <div>
            <dt>{t('ops.area.zones')}</dt>
            <dd>{names(a.zoneIds)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
