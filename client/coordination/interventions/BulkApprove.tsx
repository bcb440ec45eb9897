// "Valider les N interventions affichées": the list filtered to those waiting for review, approved in
// one go after one confirmation. Those approved by someone else meanwhile are reported, not failed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

export function BulkApprove({ ids }: { ids: string[] }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const approve = useMutation(
    trpc.interventions.bulkApprove.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.interventions.pathFilter()),
    }),
  );
  const result = approve.data && (
    <p className="coord-callout" role="status" data-testid="bulk-result">
      {t('office.bulk.done', { count: approve.data.approved.length })}
      {approve.data.skipped.length > 0 &&
        ` ${t('office.bulk.skipped', { count: approve.data.skipped.length })}`}
    </p>
  );
  if (!ids.length) return result ?? null;
  // The API takes 200 at a time: more than a screenful already.
  const batch = ids.slice(0, 200);
  return (
    <div className="coord-bulk" data-testid="bulk-approve">
      {result}
      {confirming ? (
        <div className="coord-confirm" role="alertdialog" aria-labelledby="bulk-confirm">
          <p id="bulk-confirm">{t('office.bulk.confirm', { count: batch.length })}</p>
          <div className="coord-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={approve.isPending}
              onClick={() => approve.mutate({ ids: batch }, { onSettled: () => setConfirming(false) })}
            >
              {t('office.bulk.yes')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('coordination.prospects.deleteNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('office.bulk.approve', { count: batch.length })}
        </button>
      )}
      {approve.isError && (
        <p className="form__error" role="alert">
          {errorMessage(approve.error, lang, t)}
        </p>
      )}
    </div>
  );
}
