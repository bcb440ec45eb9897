// A mutation the server refused: what it said, and the two ways out — fix and send again as a new
// entry, or give up on it (the technician decides; nothing is dropped behind their back).
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { discardRejected } from '../../sync/outbox.ts';
import { OUTCOME_UNKNOWN } from '../../sync/settle.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import type { Rejection } from '../records.ts';

export function RejectionCard({
  rejection,
  fixTo,
  discard,
}: {
  rejection: Rejection;
  fixTo: string | null;
  /** Another way to drop it (an entry imported from another device); default: this device's outbox. */
  discard?: () => Promise<void>;
}) {
  const t = useT();
  const { db } = useDevice();
  const [confirming, setConfirming] = useState(false);
  const message =
    rejection.code === OUTCOME_UNKNOWN ? t('technician.rejection.outcomeUnknown') : rejection.message;
  return (
    <div className="rejection" role="alert" data-testid="rejection" data-code={rejection.code}>
      <p className="rejection__title">{t('technician.rejection.title')}</p>
      <p className="rejection__message" data-testid="rejection-message">
        {message}
      </p>
      <p className="rejection__code">{t('technician.rejection.code', { code: rejection.code })}</p>
      <div className="rejection__actions">
        {fixTo && (
          <Link className="button button--primary" to={fixTo} data-testid="rejection-fix">
            {t('technician.rejection.fix')}
          </Link>
        )}
        {confirming ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => void (discard ? discard() : discardRejected(db, rejection.entryId))}
          >
            {t('technician.rejection.discardConfirm')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('technician.rejection.discard')}
          </button>
        )}
      </div>
    </div>
  );
}
