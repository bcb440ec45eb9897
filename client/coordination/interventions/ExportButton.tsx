// Exports of the interventions the current filters select: CSV, GeoJSON, and the E-Intervention-shaped
// JSON of the fibre ones.
import type { InterventionFilters } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';

export function ExportButton({ filters }: { filters: InterventionFilters }) {
  const { t } = useI18n();
  return (
    <ExportLinks
      base="interventions"
      filters={filters}
      extra={[{ file: 'interventions-e-intervention.json', label: t('coordination.export.eIntervention') }]}
    />
  );
}
