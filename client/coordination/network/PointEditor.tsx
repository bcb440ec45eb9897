// A fibre point: a PM with its capacity, a PBO with its PM and position. Saved by inventory.saveFibrePoint.
import { useState, type FormEvent } from 'react';
import type { Inventory } from '../../../shared/schemas/inventory.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { History } from './History.tsx';
import { PmSelect } from './PmSelect.tsx';
import { useSaveFibrePoint } from './queries.ts';

interface Props {
  point: Inventory['fibrePoints'][number];
  pms: Inventory['fibrePoints'];
  editable: boolean;
}

export function PointEditor({ point, pms, editable }: Props) {
  const { t } = useI18n();
  const save = useSaveFibrePoint();
  const [d, setD] = useState({ name: point.name ?? '', capacity: point.capacity, pmId: point.pmId });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      id: point.id,
      kind: point.kind,
      name: d.name.trim() || null,
      position: point.position,
      capacity: point.kind === 'pm' ? d.capacity : null,
      pmId: point.kind === 'pbo' ? d.pmId : null,
    });
  };
  return (
    <div className="net-editor" data-testid="point-editor">
      <form onSubmit={submit}>
        <fieldset disabled={!editable || save.isPending}>
          <legend>{`${t(point.kind === 'pm' ? 'network.fibre.pm' : 'network.fibre.pbo')} ${point.name ?? point.id}`}</legend>
          <label>
            {t('network.site.name')}
            <input
              type="text"
              maxLength={120}
              value={d.name}
              onChange={(e) => setD({ ...d, name: e.target.value })}
            />
          </label>
          {point.kind === 'pm' ? (
            <label>
              {t('network.fibre.capacity')}
              <input
                type="number"
                min={0}
                max={100000}
                value={d.capacity ?? ''}
                onChange={(e) =>
                  setD({ ...d, capacity: e.target.value === '' ? null : Number(e.target.value) })
                }
              />
            </label>
          ) : (
            <PmSelect
              label={t('network.fibre.pmOf')}
              pms={pms}
              value={d.pmId}
              onChange={(pmId) => setD({ ...d, pmId })}
            />
          )}
          <p>
            {t('network.fibre.zone')} : {point.zoneId ?? '—'}
          </p>
          {editable && (
            <button type="submit" className="button button--primary">
              {t('network.save')}
            </button>
          )}
        </fieldset>
        {save.isSuccess && <p role="status">{t('network.saved')}</p>}
        {save.isError && (
          <p className="form__error" role="alert">
            {t('network.import.failed')}
          </p>
        )}
      </form>
      {editable && <History table="fibre_points" id={point.id} />}
    </div>
  );
}
