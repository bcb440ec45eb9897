// "Exporter ses données": a GDPR access request answered with one JSON file (the server audits it).
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useExportPerson } from './mutations.ts';

export function ExportPerson({ kind, id }: { kind: 'interest' | 'subscription'; id: string }) {
  const { t, lang } = useI18n();
  const exporting = useExportPerson();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={exporting.isPending}
        onClick={() => exporting.mutate({ kind, id })}
      >
        {exporting.isPending ? t('coordination.export.running') : t('office.prospects.exportPerson')}
      </button>
      {exporting.isError && (
        <p className="form__error" role="alert">
          {errorMessage(exporting.error, lang, t)}
        </p>
      )}
    </>
  );
}
