import type { MessageKey } from '../../i18n/fr.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { RecordState } from '../records.ts';

const labels: Record<RecordState, MessageKey> = {
  pending: 'technician.state.pending',
  submitted: 'technician.state.submitted',
  approved: 'technician.state.approved',
  changes_requested: 'technician.state.changesRequested',
  rejected: 'technician.state.rejected',
};

/** A record's state in words, with a mark that does not rely on colour alone. */
export function StatusBadge({ state, label }: { state: RecordState; label?: MessageKey }) {
  const t = useT();
  return (
    <span className={`badge badge--${state}`} data-testid="record-state" data-state={state}>
      <span className="badge__mark" aria-hidden="true" />
      {t(label ?? labels[state])}
    </span>
  );
}
