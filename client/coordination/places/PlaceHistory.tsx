// What was done at a building or a fibre point: its interventions (outages stand out) and, for a
// building, its installations. The lists are the review and installation lists, filtered by the place.
import { useI18n } from '../../i18n/i18n.tsx';
import { InterventionList } from '../interventions/InterventionList.tsx';
import { useInterventionList } from '../interventions/queries.ts';
import { InstallationRows } from '../installations/InstallationRows.tsx';
import { useInstallationList } from '../installations/queries.ts';

export function PlaceHistory({ buildingId, fibreNodeId }: { buildingId?: string; fibreNodeId?: string }) {
  const { t } = useI18n();
  const interventions = useInterventionList(buildingId ? { buildingId } : { fibreNodeId });
  return (
    <section className="coord-section" aria-labelledby="place-history-title">
      <h2 id="place-history-title">{t('office.place.history')}</h2>
      <InterventionList list={interventions} showSite={false} />
      {buildingId && <BuildingInstallations buildingId={buildingId} />}
    </section>
  );
}

function BuildingInstallations({ buildingId }: { buildingId: string }) {
  const { t } = useI18n();
  const installations = useInstallationList({ buildingId });
  return (
    <>
      <h2>{t('coordination.installations.title')}</h2>
      <InstallationRows list={installations} />
    </>
  );
}
