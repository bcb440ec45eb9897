// `/coordination/synchronisation`: refused entries and edit conflicts, to follow up with technicians.
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ConflictsSection } from './ConflictsSection.tsx';
import { RejectionsSection } from './RejectionsSection.tsx';

export function SyncPage() {
  const t = useT();
  const [showResolved, setShowResolved] = useState(false);
  return (
    <div className="page__content coord-page" data-testid="sync-page">
      <h1>{t('coordination.sync.title')}</h1>
      <label className="coord-toggle">
        <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
        {t('coordination.sync.showResolved')}
      </label>
      <div className="coord-columns">
        <RejectionsSection showResolved={showResolved} />
        <ConflictsSection showResolved={showResolved} />
      </div>
    </div>
  );
}
