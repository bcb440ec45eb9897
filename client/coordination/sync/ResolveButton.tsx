import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../ui/format.ts';
import { useResolve } from './queries.ts';

/** "Marquer comme traité" once followed up, or when it was. */
export function ResolveButton({
  kind,
  id,
  resolvedAt,
}: {
  kind: 'rejection' | 'conflict';
  id: number;
  resolvedAt: string | null;
}) {
  const { t, lang, locale } = useI18n();
  const resolve = useResolve(kind);
  if (resolvedAt) {
    return (
      <p className="coord-muted">
        {t('coordination.sync.resolved', { date: formatDateTime(resolvedAt, locale) })}
      </p>
    );
  }
  return (
    <div className="coord-actions">
      <button
        type="button"
        className="button"
        disabled={resolve.isPending}
        onClick={() => resolve.mutate({ id })}
      >
        {t('coordination.sync.resolve')}
      </button>
      {resolve.isError && (
        <p className="form__error" role="alert">
          {errorMessage(resolve.error, lang, t)}
        </p>
      )}
    </div>
  );
}
