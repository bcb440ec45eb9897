// Loading, error and empty states, worded the same on every coordination page.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="coord-status" role="status">
      {label ?? t('coordination.loading')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="coord-status coord-status--error" role="alert">
      <p>{errorMessage(error, lang, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('coordination.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="coord-status coord-status--empty">{children}</p>;
}

/** A page of a coordination list: one screenful or two; more on "Charger plus" (LoadMore). */
export const PAGE_SIZE = 30;

interface MoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Charger plus" under a keyset-paginated list; nothing once the last page is in. */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage }: MoreProps) {
  const { t } = useI18n();
  if (!hasNextPage) return null;
  return (
    <button
      type="button"
      className="button coord-more"
      disabled={isFetchingNextPage}
      onClick={() => void fetchNextPage()}
    >
      {isFetchingNextPage ? t('coordination.loadingMore') : t('coordination.loadMore')}
    </button>
  );
}
