import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { emptyDraft } from '../form/intervention-draft.ts';
import { InterventionForm } from '../form/InterventionForm.tsx';
import { useSaveIntervention } from '../mutations.ts';
import type { SavedState } from '../components/SavedNotice.tsx';

/** A new intervention, saved on the device first (intervention.create). */
export function NewInterventionPage() {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveIntervention();
  const [initial] = useState(() => emptyDraft());
  return (
    <div className="page__content tech-page">
      <h1>{t('tech.new.title')}</h1>
      <InterventionForm
        initial={initial}
        submitLabel={t('technician.form.save')}
        offerOutage
        onSubmit={async (values, photos, outage) => {
          const { queued } = await save.create(values, photos, undefined, outage);
          const state: SavedState = { saved: { warnings: queued?.warnings.map((w) => w.message) } };
          void navigate('/technicien', { state });
        }}
      />
    </div>
  );
}
