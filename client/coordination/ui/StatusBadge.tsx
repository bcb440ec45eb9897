import type { InterventionStatus } from '../../../shared/schemas/interventions.ts';
import { useT } from '../../i18n/i18n.tsx';

/** A glyph as well as a colour, so the status never relies on colour alone. */
const glyph: Record<InterventionStatus, string> = { submitted: '○', approved: '✓', changes_requested: '!' };

export function StatusBadge({ status }: { status: InterventionStatus }) {
  const t = useT();
  return (
    <span className={`coord-badge coord-badge--${status}`} data-testid="status-badge" data-status={status}>
      <span className="coord-badge__glyph" aria-hidden="true">
        {glyph[status]}
      </span>
      <span data-testid="status-label">{t(`coordination.status.${status}`)}</span>
    </span>
  );
}
