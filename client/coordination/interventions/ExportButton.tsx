// Downloads the CSV of the interventions the current filters select (all pages, not just those shown).
import type { InterventionFilters } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { datedFileName, downloadText } from '../ui/download.ts';
import { useExportInterventions } from './mutations.ts';

export function ExportButton({ filters }: { filters: InterventionFilters }) {
  const { t, lang } = useI18n();
  const exporting = useExportInterventions();
  const run = () =>
    exporting.mutate(filters, {
      onSuccess: (out) => downloadText(out.csv, datedFileName('terrain-interventions')),
    });
  return (
    <div className="coord-export">
      <button
        type="button"
        className="button"
        onClick={run}
        disabled={exporting.isPending}
        data-testid="export-interventions"
      >
        {exporting.isPending ? t('coordination.export.running') : t('coordination.export.button')}
      </button>
      <span className="coord-export__status" role="status">
        {exporting.isSuccess && t('coordination.export.done', { count: exporting.data.rows })}
      </span>
      {exporting.isError && (
        <p className="form__error" role="alert">
          {errorMessage(exporting.error, lang, t)}
        </p>
      )}
    </div>
  );
}
