// One overwritten value: which field, what was kept, what was replaced, whose edits and when.
import type { EditableField } from '../../../shared/schemas/interventions.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTechnicians } from '../interventions/queries.ts';
import { formatDateTime, formatValue } from '../ui/format.ts';
import type { ConflictItem } from './queries.ts';

const fieldLabels: Record<EditableField, MessageKey> = {
  kind: 'coordination.detail.kind',
  summary: 'coordination.detail.summary',
  notes: 'coordination.detail.notes',
  startedAt: 'coordination.detail.started',
  endedAt: 'coordination.detail.ended',
  siteId: 'coordination.detail.site',
  sectorId: 'coordination.detail.sector',
  buildingId: 'coordination.detail.building',
  fibreNodeId: 'coordination.detail.fibreNode',
  position: 'coordination.detail.position',
  measurements: 'coordination.measure.title',
  photos: 'coordination.photos.title',
};

function isEditableField(field: string): field is EditableField {
  return Object.hasOwn(fieldLabels, field);
}

export function ConflictValues({ conflict: c }: { conflict: ConflictItem }) {
  const { t, locale } = useI18n();
  const names = new Map(useTechnicians().data?.map((p) => [p.id, p.name]));
  const person = (id: string | null) => (id && names.get(id)) || t('coordination.sync.unknownPerson');
  const isDate = c.field === 'startedAt' || c.field === 'endedAt';
  const value = (v: unknown) =>
    isDate && typeof v === 'string'
      ? formatDateTime(v, locale)
      : (formatValue(v, locale) ?? t('coordination.empty.value'));
  return (
    <div className="coord-conflict" data-testid="conflict">
      <p className="coord-conflict__field">
        <span className="coord-muted">{t('coordination.conflicts.field')} : </span>
        <strong>{isEditableField(c.field) ? t(fieldLabels[c.field]) : c.field}</strong>
        {c.resolvedAt && <span className="coord-tag">{t('coordination.conflicts.resolved')}</span>}
      </p>
      <dl className="coord-conflict__values">
        <div className="coord-conflict__kept">
          <dt>{t('coordination.conflicts.kept')}</dt>
          <dd>{value(c.keptValue)}</dd>
        </div>
        <div className="coord-conflict__lost">
          <dt>{t('coordination.conflicts.overwritten')}</dt>
          <dd>{value(c.overwrittenValue)}</dd>
        </div>
      </dl>
      <p className="coord-muted">
        {t('coordination.conflicts.who', { winner: person(c.winnerUserId), loser: person(c.loserUserId) })} ·{' '}
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, locale)}</time>
      </p>
    </div>
  );
}
