// One intervention: its state (with the coordinator's comment or the server's refusal), what was
// recorded, and the edit form. An edit is a new intervention.update (or, for a refused creation, a
// new intervention.create) that replaces the refused entry.
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ConflictNotices } from '../components/ConflictNotices.tsx';
import { InterventionDetails } from '../components/InterventionDetails.tsx';
import { RejectionCard } from '../components/RejectionCard.tsx';
import type { SavedState } from '../components/SavedNotice.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { draftFromRow } from '../form/intervention-draft.ts';
import { InterventionForm } from '../form/InterventionForm.tsx';
import { kindLabels } from '../form/KindField.tsx';
import { useSaveIntervention } from '../mutations.ts';
import { useInterventionItem } from '../queries.ts';

export function InterventionPage() {
  const t = useT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const save = useSaveIntervention();
  const item = useInterventionItem(id);
  // The form reads it once, when it opens: later changes of the row (a pull) do not reset the fields.
  const initial = item ? draftFromRow(item.row) : null;
  const editing = params.get('modifier') === '1';

  if (item === undefined) return <p className="page-status">{t('app.loading')}</p>;
  if (!item || !initial) {
    return (
      <div className="page__content tech-page">
        <p className="empty-state">{t('technician.detail.notFound')}</p>
        <Link to="/technicien">{t('technician.detail.back')}</Link>
      </div>
    );
  }
  const { row, rejection } = item;
  const refusedCreate = rejection?.name === 'intervention.create';
  const editable = row.status !== 'approved' || refusedCreate;

  return (
    <div className="page__content tech-page" data-testid="intervention-page">
      <Link className="back-link" to="/technicien">
        ← {t('technician.detail.back')}
      </Link>
      <div className="page-title">
        <h1>{t(kindLabels[row.kind])}</h1>
        <StatusBadge state={item.state} />
      </div>
      {item.state === 'changes_requested' && row.reviewComment && (
        <div className="notice notice--warn" data-testid="review-comment">
          <p className="notice__title">{t('technician.detail.reviewComment')}</p>
          <p>« {row.reviewComment} »</p>
        </div>
      )}
      <ConflictNotices rowId={row.id} />
      {rejection && <RejectionCard rejection={rejection} fixTo={editing ? null : '?modifier=1'} />}
      {editing && editable ? (
        <InterventionForm
          initial={initial}
          submitLabel={rejection ? t('technician.form.resend') : t('technician.form.saveChanges')}
          onSubmit={async (values, photos) => {
            const replaces = rejection?.entryId;
            const { queued } = refusedCreate
              ? await save.create(values, photos, replaces)
              : await save.update(row, values, photos, replaces);
            const state: SavedState = { saved: { warnings: queued?.warnings.map((w) => w.message) } };
            void navigate('/technicien', { state });
          }}
        />
      ) : (
        <>
          <InterventionDetails item={item} />
          {editable && (
            <Link className="button button--block" to="?modifier=1" data-testid="edit">
              {t('technician.detail.edit')}
            </Link>
          )}
        </>
      )}
    </div>
  );
}
