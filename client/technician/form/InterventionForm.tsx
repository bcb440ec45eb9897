// One compact phone form for a new or edited intervention. Saving writes to the device only; the
// page confirms once the local transaction committed (the sync engine sends it later).
import { useState, type ReactNode } from 'react';
import type { InterventionEditable } from '../../../shared/schemas/interventions.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { PhotoRecord } from '../../sync/db.ts';
import { DraftForm } from './DraftForm.tsx';
import { GpsField } from './GpsField.tsx';
import { draftValues, type InterventionDraft } from './intervention-draft.ts';
import { KindField } from './KindField.tsx';
import { MeasurementsFields } from './MeasurementsFields.tsx';
import { PhotosField } from './PhotosField.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { TextField } from './TextField.tsx';
import { useDraftForm } from './useDraftForm.ts';

export function InterventionForm({
  initial,
  submitLabel,
  onSubmit,
  children,
  offerOutage = false,
}: {
  initial: InterventionDraft;
  submitLabel: string;
  onSubmit(values: InterventionEditable, photos: PhotoRecord[], outageInProgress: boolean): Promise<void>;
  children?: ReactNode;
  /** New power / fibre-cut entries: "the outage is still going on" opens an incident once synced. */
  offerOutage?: boolean;
}) {
  const t = useT();
  const [added, setAdded] = useState<PhotoRecord[]>([]);
  const [outage, setOutage] = useState(false);
  const form = useDraftForm(initial, draftValues, (checked, draft) =>
    onSubmit(
      checked.values,
      added.filter((p) => draft.photos.includes(p.sha256)),
      outage,
    ),
  );
  const { draft, setDraft, errors, set } = form;

  return (
    <DraftForm testId="intervention-form" form={form} submitLabel={submitLabel}>
      {children}
      <KindField value={draft.kind} onChange={(k) => set('kind', k)} error={errors.kind} />
      {offerOutage && (draft.kind === 'power' || draft.kind === 'fibre_cut') && (
        <label className="check-row check-row--outage" data-testid="outage-in-progress">
          <input type="checkbox" checked={outage} onChange={(e) => setOutage(e.target.checked)} />
          <span>{t('technician.form.outageInProgress')}</span>
        </label>
      )}
      {/* The position first: the place picker then lists what is nearest. */}
      <GpsField value={draft.position} onChange={(p) => set('position', p)} />
      <PlacePicker value={draft.place} onChange={(p) => set('place', p)} near={draft.position} />
      <TextField
        label={t('technician.form.summary')}
        name="summary"
        value={draft.summary}
        onChange={(v) => set('summary', v)}
        error={errors.summary && t('technician.form.summaryRequired')}
        multiline
        rows={2}
      />
      <div className="grid-2">
        <TextField
          label={t('technician.form.startedAt')}
          name="startedAt"
          type="datetime-local"
          value={draft.startedAt}
          onChange={(v) => set('startedAt', v)}
          error={errors.startedAt && t('technician.form.date')}
        />
        <TextField
          label={t('technician.form.endedAt')}
          name="endedAt"
          type="datetime-local"
          value={draft.endedAt}
          onChange={(v) => set('endedAt', v)}
          error={
            errors.endedAt &&
            (errors.endedAt === 'date' ? t('technician.form.date') : t('technician.form.endBeforeStart'))
          }
        />
      </div>
      <MeasurementsFields draft={draft} errors={errors} onChange={(f, v) => set(f, v)} />
      <PhotosField
        hashes={draft.photos}
        added={added}
        onAdd={(p) => {
          setAdded((list) => [...list, p]);
          setDraft((d) => ({
            ...d,
            photos: d.photos.includes(p.sha256) ? d.photos : [...d.photos, p.sha256],
          }));
        }}
        onRemove={(sha) =>
          set(
            'photos',
            draft.photos.filter((h) => h !== sha),
          )
        }
      />
      <TextField
        label={t('technician.form.notes')}
        name="notes"
        value={draft.notes}
        onChange={(v) => set('notes', v)}
        multiline
        rows={3}
      />
    </DraftForm>
  );
}
